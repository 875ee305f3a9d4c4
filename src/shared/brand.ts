/** A nominal type: a `T` that only its own constructor or parser can produce. */
export type Brand<T, Name extends string> = T & { readonly __brand: Name };
