/**
 * Parsing one line as JSON, safely: the nesting depth is measured on the text before JSON.parse sees it, so
 * no hostile line can make a parser or a validator recurse deeply. JSON.parse never runs code and defines a
 * "__proto__" key as an ordinary property (it does not set the prototype); the schemas then copy only known
 * keys into fresh objects.
 */
import { ImportRefused } from './ImportRefused';
import { limitMessages, type ImportLimits } from './importLimits';

const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACE = 123;
const OPEN_BRACKET = 91;
const CLOSE_BRACE = 125;
const CLOSE_BRACKET = 93;

/** The deepest nesting of objects and arrays in JSON text, counting only outside strings. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === BACKSLASH) index += 1;
      else if (code === QUOTE) inString = false;
    } else if (code === QUOTE) {
      inString = true;
    } else if (code === OPEN_BRACE || code === OPEN_BRACKET) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === CLOSE_BRACE || code === CLOSE_BRACKET) {
      depth -= 1;
    }
  }
  return deepest;
}

export function parseLine(text: string, line: number, limits: ImportLimits): unknown {
  if (text.trim() === '')
    throw new ImportRefused(line, 'the line is empty; every line holds one JSON object.');
  if (nestingDepth(text) > limits.maxDepth) throw new ImportRefused(line, limitMessages.depth(limits));
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? ` (${error.message.slice(0, 120)})` : '';
    throw new ImportRefused(line, `the line is not valid JSON${detail}.`);
  }
}
