type TypedArray = Uint8Array | Uint32Array | Float64Array;
type TypedArrayConstructor<Column extends TypedArray> = new (length: number) => Column;

/** A typed array that doubles when full; `data` may be longer than the rows in use. */
export class GrowableColumn<Column extends TypedArray> {
  data: Column;

  constructor(
    private readonly make: TypedArrayConstructor<Column>,
    capacity: number,
  ) {
    this.data = new make(capacity);
  }

  ensure(capacity: number): void {
    if (capacity <= this.data.length) return;
    const grown = new this.make(Math.max(capacity, this.data.length * 2));
    grown.set(this.data as never);
    this.data = grown;
  }

  /** Bytes held, for memory accounting. */
  get bytes(): number {
    return this.data.byteLength;
  }
}
