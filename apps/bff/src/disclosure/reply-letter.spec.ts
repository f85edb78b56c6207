import { DISCLOSURE_OUTCOMES } from '@weimin/contracts';
import { letterNumber, outcomeText, REMEDY_NOTICE } from './reply-letter';

describe('reply letter wording', () => {
  it('numbers a letter with the agency prefix, the year in 〔〕 and the serial', () => {
    expect(letterNumber('临人社依公开', 2026, 12)).toBe('临人社依公开〔2026〕第12号');
  });

  it('keeps table 三 of 国办公开办函〔2021〕30号: six categories, 8 / 3 / 5 / 3 reasons', () => {
    expect(Object.values(DISCLOSURE_OUTCOMES).map((c) => [c.label.slice(0, 4), c.reasons.length])).toEqual([
      ['予以公开', 0],
      ['部分公开', 0],
      ['不予公开', 8],
      ['无法提供', 3],
      ['不予处理', 5],
      ['其他处理', 3],
    ]);
    expect(outcomeText('withheld', 3)).toBe('不予公开（危及“三安全一稳定”）');
    expect(outcomeText('other', 1)).toBe('其他处理（申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请）');
    expect(outcomeText('disclosed', null)).toBe('予以公开');
  });

  it('names both remedies and their periods', () => {
    expect(REMEDY_NOTICE).toContain('60日内依法申请行政复议');
    expect(REMEDY_NOTICE).toContain('6个月内依法向人民法院提起行政诉讼');
  });
});
