import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IMPORT_LIMITS } from './importLimits';
import { nestingDepth, parseLine } from './jsonLine';
import { splitLines } from './lines';

const small = { ...IMPORT_LIMITS, maxLineLength: 10 };

async function linesOf(chunks: Iterable<string>, limits = IMPORT_LIMITS): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of splitLines(chunks, limits)) lines.push(line);
  return lines;
}

describe('splitLines', () => {
  it('splits on line breaks, drops the CR of CRLF, and keeps a last line without a break', async () => {
    expect(await linesOf(['a\nb\r\n', 'c'])).toEqual(['a', 'b', 'c']);
    expect(await linesOf(['a\n\nb\n'])).toEqual(['a', '', 'b']);
    expect(await linesOf([''])).toEqual([]);
  });

  it('gives the same lines however the text is cut into chunks', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.string({ unit: fc.constantFrom('a', 'é', '{', '"') }), { maxLength: 8 }),
        fc.array(fc.integer({ min: 0, max: 40 })),
        async (lines, cuts) => {
          const text = lines.map((line) => `${line}\n`).join('');
          const chunks: string[] = [];
          let start = 0;
          for (const cut of [...cuts].sort((a, b) => a - b)) {
            chunks.push(text.slice(start, Math.max(start, cut)));
            start = Math.max(start, cut);
          }
          chunks.push(text.slice(start));
          expect(await linesOf(chunks)).toEqual(lines);
        },
      ),
    );
  });

  it('refuses a line longer than the limit, naming it', async () => {
    await expect(linesOf(['short\n0123456789x\n'], small)).rejects.toMatchObject({
      line: 2,
      reason: expect.stringMatching(/longer than 10 characters/),
    });
    expect(await linesOf(['0123456789\r\n'], small)).toEqual(['0123456789']);
  });

  it('refuses an endless line before reading the rest of it', async () => {
    let read = 0;
    function* endless() {
      for (;;) {
        read += 1;
        yield 'xxxxxx';
      }
    }
    await expect(linesOf(endless(), small)).rejects.toMatchObject({ line: 1 });
    expect(read).toBeLessThan(4);
  });
});

describe('parsing one line', () => {
  it.each([
    ['{}', 1],
    ['{"a":[1,{"b":2}]}', 3],
    ['{"text":"[[[[{{{{"}', 1],
    ['{"text":"a \\" [[[["}', 1],
    ['{"text":"\\\\"}', 1],
    ['7', 0],
  ])('measures the nesting of %s as %i, ignoring brackets in strings', (text, depth) => {
    expect(nestingDepth(text)).toBe(depth);
  });

  it('refuses deep nesting before parsing, and parses a __proto__ key as plain data', () => {
    expect(() => parseLine('[[[[[[[[[0]]]]]]]]]', 3, IMPORT_LIMITS)).toThrowError(/deeper than 8 levels/);
    const parsed = parseLine('{"__proto__":{"polluted":true}}', 2, IMPORT_LIMITS) as Record<string, unknown>;
    expect(Object.getPrototypeOf(parsed)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.keys(parsed)).toEqual(['__proto__']);
  });
});
