/**
 * Interns strings as small integers, so that a million events repeating a few stream ids, types and actors
 * hold each string once. Index 0 is always the empty string ("none").
 */
export class StringTable {
  private readonly indexes = new Map<string, number>([['', 0]]);
  private readonly byIndex: string[] = [''];

  intern(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.byIndex.length;
      this.byIndex.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }

  /** The index of a string already interned, or -1. */
  find(value: string): number {
    return this.indexes.get(value) ?? -1;
  }

  get(index: number): string {
    const value = this.byIndex[index];
    if (value === undefined) throw new RangeError(`No interned string ${index}.`);
    return value;
  }

  /** Every interned string by index (read-only; it grows as strings are interned). */
  get values(): readonly string[] {
    return this.byIndex;
  }

  get size(): number {
    return this.byIndex.length;
  }
}
