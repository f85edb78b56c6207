import { scrubNumbers, scrubPublicText } from './scrub';
import corpus from './scrub-corpus.json';

/** Digits and letters only, full-width ones made ASCII: what is left of a secret however it was written. */
const trace = (text: string) =>
  text
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/[^\p{L}\p{N}]/gu, '')
    .toUpperCase();

describe('scrubPublicText over the corpus of forms', () => {
  it.each(corpus.hidden.map((c) => [c.form, c]))('hides %s', (_form, { text, secret, scrubbed }) => {
    const out = scrubPublicText(text, corpus.contactName);
    expect(out).toBe(scrubbed);
    expect(trace(out)).not.toContain(trace(secret));
  });

  it.each(corpus.kept)('leaves %p alone', (text) => {
    expect(scrubPublicText(text, corpus.contactName)).toBe(text);
  });

  it('hides names in Latin letters in any case and spacing, and leaves one-character names alone', () => {
    expect(scrubPublicText('Contact: maria  GARCIA, thanks', 'Maria Garcia')).toBe('Contact: M*, thanks');
    expect(scrubPublicText('王先生', '王')).toBe('王先生');
    expect(scrubPublicText('张三丰 13812345678', null)).toBe('张三丰 [电话已隐藏]');
  });
});

describe('scrubNumbers', () => {
  it.each([
    ['请拨打13812345678联系', '请拨打[电话已隐藏]联系'],
    ['身份证 11010519491231002X 已丢失', '身份证 [身份证号已隐藏] 已丢失'],
    ['Duplicate entry 19912345678 for key', 'Duplicate entry [电话已隐藏] for key'],
    ['Duplicate entry +86 199-1234-5678 for key', 'Duplicate entry [电话已隐藏] for key'],
  ])('hides numbers in %p', (input, expected) => {
    expect(scrubNumbers(input)).toBe(expected);
  });
});
