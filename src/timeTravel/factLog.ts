import type { Positioned } from '../projections/projection';

/** The log in memory as the timeline needs it: append in order, and refill a reused fact by position. */
export interface FactLog<Fact extends Positioned> {
  readonly length: number;
  append(fact: Fact): void;
  factAt(position: number, into: Fact): Fact;
}

/** Yields the facts at positions [from, to] in order, refilling one object: folds must not keep it. */
export function* factsBetween<Fact extends Positioned>(
  log: FactLog<Fact>,
  from: number,
  to: number,
  into: Fact,
): Generator<Fact> {
  for (let position = Math.max(1, from); position <= to; position++) yield log.factAt(position, into);
}
