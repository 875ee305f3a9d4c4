/**
 * Interns strings as small integers, so that a million events repeating a few stream ids, types and actors
 * hold each string once. Index 0 is always the empty string ("none").
 */
export class StringTable {
  private readonly indexes = new Map<string, number>([['', 0]]);
  private readonly values: string[] = [''];

  intern(value: string): number {
    let index = this.indexes.get(value);
    if (index === undefined) {
      index = this.values.length;
      this.values.push(value);
      this.indexes.set(value, index);
    }
    return index;
  }

  /** The index of a string already interned, or -1. */
  find(value: string): number {
    return this.indexes.get(value) ?? -1;
  }

  get(index: number): string {
    const value = this.values[index];
    if (value === undefined) throw new RangeError(`No interned string ${index}.`);
    return value;
  }

  get size(): number {
    return this.values.length;
  }
}
