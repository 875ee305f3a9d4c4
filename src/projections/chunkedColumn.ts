/**
 * An append-only column of numbers in fixed-size chunks, cheap to copy: a copy shares every full chunk and
 * duplicates only the last, partial one. Sharing is safe because a full chunk is never written again by
 * either copy: each only appends past its own length.
 */
export class ChunkedColumn {
  private constructor(
    private readonly chunkSize: number,
    private readonly chunks: Float64Array[],
    private count: number,
  ) {}

  static empty(chunkSize = 4096): ChunkedColumn {
    return new ChunkedColumn(chunkSize, [], 0);
  }

  get length(): number {
    return this.count;
  }

  push(value: number): void {
    const offset = this.count % this.chunkSize;
    if (offset === 0) this.chunks.push(new Float64Array(this.chunkSize));
    (this.chunks[this.chunks.length - 1] as Float64Array)[offset] = value;
    this.count++;
  }

  /** The value at a 0-based index. */
  at(index: number): number {
    if (index < 0 || index >= this.count) throw new RangeError(`No value at ${index}.`);
    const chunk = this.chunks[Math.floor(index / this.chunkSize)] as Float64Array;
    return chunk[index % this.chunkSize] as number;
  }

  copy(): ChunkedColumn {
    const chunks = this.chunks.slice();
    const partial = this.count % this.chunkSize !== 0;
    if (partial) chunks[chunks.length - 1] = (chunks[chunks.length - 1] as Float64Array).slice();
    return new ChunkedColumn(this.chunkSize, chunks, this.count);
  }

  /** Structured-cloneable data (the chunks themselves: callers persist a copy, see `copy`). */
  toData(): ChunkedColumnData {
    return { chunkSize: this.chunkSize, count: this.count, chunks: this.chunks.slice() };
  }

  /** A column back from `toData`'s output, or undefined if the data is not one. */
  static fromData(data: unknown): ChunkedColumn | undefined {
    if (typeof data !== 'object' || data === null) return undefined;
    const { chunkSize, count, chunks } = data as Record<string, unknown>;
    if (!Number.isInteger(chunkSize) || !Number.isInteger(count) || !Array.isArray(chunks)) return undefined;
    const size = chunkSize as number;
    const total = count as number;
    const shaped =
      size > 0 &&
      total >= 0 &&
      chunks.length === Math.ceil(total / size) &&
      chunks.every((chunk) => chunk instanceof Float64Array && chunk.length === size);
    return shaped ? new ChunkedColumn(size, chunks as Float64Array[], total) : undefined;
  }

  toArray(): number[] {
    return Array.from({ length: this.count }, (_, index) => this.at(index));
  }
}

export interface ChunkedColumnData {
  readonly chunkSize: number;
  readonly count: number;
  readonly chunks: Float64Array[];
}
