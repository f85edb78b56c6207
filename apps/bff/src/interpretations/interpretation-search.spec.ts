import { Segmenter } from '../routing/segmenter';
import { FIELD_WEIGHTS, queryTerms, termWeights } from './interpretation-search';

describe('interpretation search terms', () => {
  const segmenter = new Segmenter();

  it('cuts a question into the words that matter, dropping question words and punctuation', () => {
    const terms = queryTerms(segmenter, '新生儿怎么落户？');
    expect(terms).toEqual(expect.arrayContaining(['新生儿', '落户']));
    expect(terms).not.toContain('怎么');
    expect(terms).not.toContain('？');
  });

  it('gives title words more weight than summary words, and summary words more than body words', () => {
    const weights = termWeights(segmenter, { title: '公积金提取', summary: '住房补贴说明', body: '<p>办理医保报销</p>' });
    expect(weights.get('公积金')).toBe(FIELD_WEIGHTS.title);
    expect(weights.get('补贴')).toBe(FIELD_WEIGHTS.summary);
    expect(weights.get('报销')).toBe(FIELD_WEIGHTS.body);
  });

  it('adds up a word found in several fields but caps repetitions in the body', () => {
    const weights = termWeights(segmenter, { title: '养老金', summary: '养老金', body: '养老金 '.repeat(40) });
    expect(weights.get('养老金')).toBe(FIELD_WEIGHTS.title + FIELD_WEIGHTS.summary + 5 * FIELD_WEIGHTS.body);
  });

  it('lower-cases latin words and bounds the number of query terms', () => {
    expect(queryTerms(segmenter, 'ETC 办理')).toEqual(expect.arrayContaining(['etc', '办理']));
    expect(queryTerms(segmenter, Array.from({ length: 50 }, (_, i) => `词${i}`).join(' ')).length).toBeLessThanOrEqual(20);
    expect(queryTerms(segmenter, '  ？！  ')).toEqual([]);
  });
});
