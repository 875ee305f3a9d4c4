/** A small, fast, seeded generator (mulberry32): the same seed gives the same sample data everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/** Eight hex digits of a 32-bit word, from a byte table (a million ids a second matter for sample data). */
const hex8 = (word: number) =>
  (HEX[word >>> 24] as string) + HEX[(word >>> 16) & 255] + HEX[(word >>> 8) & 255] + HEX[word & 255];

/** A version-4-shaped UUID drawn from `random`: reproducible ids for reproducible sample data. */
export function seededUuid(random: () => number): string {
  const word = () => Math.floor(random() * 4_294_967_296);
  const a = hex8(word());
  const b = hex8(word());
  const c = hex8(((word() & 0x3fffffff) | 0x80000000) >>> 0);
  const d = hex8(word());
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${c.slice(0, 4)}-${c.slice(4)}${d}`;
}
