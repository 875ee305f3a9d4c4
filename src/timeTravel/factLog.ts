import {
  ReadModelsFold,
  type Positioned,
  type ProjectionSet,
  type ReadModels,
} from '../projections/projection';

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

/**
 * The read models after folding the facts at positions [from, to] into `readModels`, refilling `into` for
 * each: as `foldReadModels(set, readModels, factsBetween(…))`, without allocating per event.
 */
export function foldFactsBetween<Models, Fact extends Positioned>(
  set: ProjectionSet<Models, Fact>,
  readModels: ReadModels<Models>,
  log: ReadableFactLog<Fact>,
  from: number,
  to: number,
  into: Fact,
): ReadModels<Models> {
  const fold = new ReadModelsFold(set, readModels);
  for (let position = Math.max(1, from); position <= to; position++) fold.apply(log.factAt(position, into));
  return fold.finish();
}
