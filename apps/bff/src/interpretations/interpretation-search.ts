/**
 * Full-text search over published interpretations without a dialect's full-text engine: the text is cut into jieba
 * terms (search mode, so 新生儿 also yields 新生), each term weighted by where it occurs, and the weights are summed
 * in plain SQL, which SQLite and MySQL run alike.
 */

/** Something that cuts Chinese text into lower-case terms (the shared Segmenter). */
export interface TermCutter {
  tokens(text: string): string[];
}

/** Where a term occurs decides how much it counts: a title word says more than a word deep in the body. */
export const FIELD_WEIGHTS = { title: 10, summary: 3, body: 1 } as const;
/** Repeating a word in the body counts, but only so often (no keyword stuffing to the top). */
const MAX_BODY_OCCURRENCES = 5;
export const TERM_MAX_LENGTH = 64;
/** At most this many terms of one query reach SQL. */
export const QUERY_TERMS_MAX = 20;

/** Words that occur everywhere or only ask ("how do I"), so they match nothing useful. */
const STOP_WORDS = new Set([
  '的',
  '了',
  '和',
  '与',
  '及',
  '或',
  '是',
  '在',
  '对',
  '为',
  '等',
  '把',
  '被',
  '将',
  '于',
  '由',
  '之',
  '而',
  '并',
  '从',
  '向',
  '以',
  '我',
  '您',
  '你',
  '他',
  '她',
  '它',
  '我们',
  '其',
  '该',
  '这',
  '那',
  '这个',
  '那个',
  '有',
  '也',
  '都',
  '就',
  '还',
  '又',
  '可',
  '怎么',
  '怎样',
  '如何',
  '什么',
  '哪些',
  '哪里',
  '多少',
  '吗',
  '呢',
  '啊',
  '吧',
  '呀',
  '么',
  '请问',
  '一下',
  '一个',
]);

/** A term worth indexing or matching: has a letter, digit or Han character, and is not a stop word. */
function usable(term: string): boolean {
  return /[\p{L}\p{N}]/u.test(term) && !STOP_WORDS.has(term);
}

function termsOf(cutter: TermCutter, text: string): string[] {
  return cutter
    .tokens(text)
    .filter(usable)
    .map((term) => term.slice(0, TERM_MAX_LENGTH));
}

/** The index rows of one item: term → weight. */
export function termWeights(cutter: TermCutter, fields: { title: string; summary: string; body: string }): Map<string, number> {
  const weights = new Map<string, number>();
  const add = (terms: string[], weight: number, cap = Infinity) => {
    const seen = new Map<string, number>();
    for (const term of terms) {
      const count = (seen.get(term) ?? 0) + 1;
      seen.set(term, count);
      if (count <= cap) weights.set(term, (weights.get(term) ?? 0) + weight);
    }
  };
  add(termsOf(cutter, fields.title), FIELD_WEIGHTS.title, 1);
  add(termsOf(cutter, fields.summary), FIELD_WEIGHTS.summary, 2);
  add(termsOf(cutter, fields.body), FIELD_WEIGHTS.body, MAX_BODY_OCCURRENCES);
  return weights;
}

/** The distinct terms of what a citizen typed, in order, bounded. */
export function queryTerms(cutter: TermCutter, query: string): string[] {
  return [...new Set(termsOf(cutter, query.trim()))].slice(0, QUERY_TERMS_MAX);
}
