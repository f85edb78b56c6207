/** How large a JSON body's shape may be (docs/security.md §27): far above what any endpoint needs, far below harm. */
export interface JsonBounds {
  /** Objects and arrays nested inside each other. */
  maxDepth: number;
  /** Object keys in the whole body. */
  maxKeys: number;
  /** Items of any one array. */
  maxArrayLength: number;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COLON = 0x3a;
const COMMA = 0x2c;
/** Stack entry of an open object; an open array's entry is its count of commas so far. */
const IN_OBJECT = -1;

/**
 * The first way the JSON text exceeds the bounds, or null. One pass over the characters before anything is parsed,
 * without recursion, so a body nested 10,000 deep costs a scan and never reaches a recursive step (the parser's
 * poisoning checks, the validation pipe's prototype-key stripping, class-transformer). Malformed text is left to the
 * JSON parser: only the shape is judged here.
 */
export function jsonShapeProblem(text: string, bounds: JsonBounds): string | null {
  const open: number[] = [];
  let keys = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE) inString = false;
      continue;
    }
    switch (c) {
      case QUOTE:
        inString = true;
        break;
      case OPEN_OBJECT:
      case OPEN_ARRAY:
        if (open.length >= bounds.maxDepth) return `JSON nested deeper than ${bounds.maxDepth} levels`;
        open.push(c === OPEN_OBJECT ? IN_OBJECT : 0);
        break;
      case CLOSE_OBJECT:
      case CLOSE_ARRAY:
        open.pop();
        break;
      // Outside strings a colon only ever follows an object key.
      case COLON:
        if (++keys > bounds.maxKeys) return `more than ${bounds.maxKeys} keys in the body`;
        break;
      case COMMA: {
        const top = open.length - 1;
        if (top >= 0 && open[top] !== IN_OBJECT && ++open[top] + 1 > bounds.maxArrayLength) return `an array longer than ${bounds.maxArrayLength} items`;
        break;
      }
    }
  }
  return null;
}
