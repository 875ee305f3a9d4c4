import type { Positioned } from '../projections/projection';

/** The log in memory as a fold reads it: refill a reused fact by position (1..length). */
export interface ReadableFactLog<Fact extends Positioned> {
  readonly length: number;
  factAt(position: number, into: Fact): Fact;
}

/** The log in memory as the timeline needs it: readable, and appended to in order. */
export interface FactLog<Fact extends Positioned> extends ReadableFactLog<Fact> {
  append(fact: Fact): void;
}

/** Yields the facts at positions [from, to] in order, refilling one object: folds must not keep it. */
export function* factsBetween<Fact extends Positioned>(
  log: ReadableFactLog<Fact>,
  from: number,
  to: number,
  into: Fact,
): Generator<Fact> {
  for (let position = Math.max(1, from); position <= to; position++) yield log.factAt(position, into);
}
