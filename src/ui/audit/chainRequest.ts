/**
 * What the reader asked to see, from a link in the stream history: the whole correlation of an event, or
 * what one cause (a command id or an event id) led to. `anchor` is the position of the event whose link
 * was clicked: it belongs to the chain, so the search is sure to reach it.
 */
export interface ChainRequest {
  readonly correlationId: string;
  readonly anchor: number;
  readonly cause: string | null;
}
