import { maskName } from './mask';

/**
 * Phone and ID-card numbers, and the contact's own name, hidden in free text (docs/security.md §15 and §29), however
 * they are written: with a country code (+86, 0086, (+86)), with spaces, dashes or dots between digits, in full-width
 * digits (１３８…), the ID card as 15 or 18 characters in groups. The forms are kept in scrub-corpus.json, which both
 * this module's spec and the board's API test read.
 */

const PHONE_HIDDEN = '[电话已隐藏]';
const ID_HIDDEN = '[身份证号已隐藏]';

/** Between two digits people write nothing, a space, a dash or a dot (after normalising, see below). */
const SEP = '[ .-]?';
/** A mainland mobile number: optional country code, then 1[3-9] and nine more digits. */
const PHONE = new RegExp(`(?<!\\d)(?:(?:\\(\\s*(?:\\+|00)?86\\s*\\)|(?:\\+|00)?86)[ .-]*)?1${SEP}[3-9](?:${SEP}\\d){9}(?!\\d)`, 'g');
/** 18 characters (17 digits and a digit or X), or 15 digits (the old card), in any grouping. */
const RESIDENT_ID = new RegExp(`(?<![\\dXx])\\d(?:${SEP}\\d){16}${SEP}[\\dXx](?![\\dXx])|(?<![\\dXx])\\d(?:${SEP}\\d){14}(?![\\dXx])`, 'g');

/**
 * Full-width ASCII (digits, ＋, －, letters) to ASCII, and other spaces to a plain one. Each character stays one UTF-16
 * unit, so positions found in the normalised text are positions in the original.
 */
function normalise(text: string): string {
  return text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[\u3000\u00A0\u2002-\u200A\u2010-\u2015]/g, (c) => (c === '\u3000' || c === '\u00A0' || c < '\u2010' ? ' ' : '-'));
}

/** Replaces in `text` every match of `pattern` found in its normalised form that `accept` keeps. */
function replaceMatches(
  text: string,
  normalised: string,
  pattern: RegExp,
  replacement: string,
  accept: (match: string) => boolean = () => true,
): { text: string; normalised: string } {
  let out = '';
  let outNormalised = '';
  let last = 0;
  for (const match of normalised.matchAll(pattern)) {
    if (!accept(match[0])) continue;
    const start = match.index;
    out += text.slice(last, start) + replacement;
    outNormalised += normalised.slice(last, start) + replacement;
    last = start + match[0].length;
  }
  return { text: out + text.slice(last), normalised: outNormalised + normalised.slice(last) };
}

/** A birth date (YYYYMMDD, or YYMMDD on a 15-digit card) where an ID card number has one. */
function hasBirthDate(digits: string): boolean {
  const date = digits.length === 18 ? digits.slice(6, 14) : `19${digits.slice(6, 12)}`;
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(4, 6));
  const day = Number(date.slice(6, 8));
  return year >= 1900 && year <= 2099 && month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

/**
 * An ID card number is hidden when written as one run of 18 characters (as before: any such run, logs included), or,
 * when grouped or 15 digits long, when it carries a birth date, so that grouped order or account numbers stay.
 */
function looksLikeIdCard(match: string): boolean {
  const compact = match.replace(/[ .-]/g, '');
  return (compact.length === 18 && compact === match) || hasBirthDate(compact);
}

function scrubbedNumbers(text: string, normalised: string): { text: string; normalised: string } {
  const withoutIds = replaceMatches(text, normalised, RESIDENT_ID, ID_HIDDEN, looksLikeIdCard);
  return replaceMatches(withoutIds.text, withoutIds.normalised, PHONE, PHONE_HIDDEN);
}

/** Replaces phone and ID numbers inside free text so it can be logged or shown publicly. */
export function scrubNumbers(text: string): string {
  return scrubbedNumbers(text, normalise(text)).text;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The contact's name as it may be typed: 张三丰, 张 三丰, 张 三 丰; Maria Garcia, maria  garcia, MARIA·GARCIA.
 * Han characters may be spaced apart; words of other scripts may be joined by spaces, dots or middle dots.
 */
function namePattern(name: string): RegExp | null {
  const words = normalise(name)
    .trim()
    .split(/[\s·・.]+/)
    .filter(Boolean);
  const chars = words.flatMap((word) => [...word]);
  // A one-character name would hide that character everywhere.
  if (chars.length < 2) return null;
  const spaced = words.map((word) => [...word].map(escapeRegExp).join(/^\p{Script=Han}+$/u.test(word) ? '\\s*' : '')).join('[\\s·・.]*');
  return new RegExp(spaced, 'giu');
}

/**
 * Public text of a message (title, content, reply) on the board: numbers scrubbed, and the contact's own name, where
 * the citizen or the agency wrote it, masked as on the board's author line (张三丰 → 张**).
 */
export function scrubPublicText(text: string, contactName: string | null): string {
  const numbers = scrubbedNumbers(text, normalise(text));
  const pattern = contactName ? namePattern(contactName) : null;
  return pattern ? replaceMatches(numbers.text, numbers.normalised, pattern, maskName(contactName!)).text : numbers.text;
}
