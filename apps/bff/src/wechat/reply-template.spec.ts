import { loadEnvironment, ConfigurationError } from '../config/environment';
import { parseReplyTemplateFields, replyTemplateData } from './reply-template';

describe('reply notification template', () => {
  it('sends the case number and status under the configured keys', () => {
    expect(replyTemplateData(parseReplyTemplateFields('character_string1,phrase2'), { caseNo: '2026-000123', status: '已答复' })).toEqual({
      character_string1: { value: '2026-000123' },
      phrase2: { value: '已答复' },
    });
    expect(replyTemplateData(parseReplyTemplateFields('number7,thing3'), { caseNo: '2026000123', status: '已答复' })).toEqual({
      number7: { value: '2026000123' },
      thing3: { value: '已答复' },
    });
  });

  it("keeps values within WeChat's length per field type", () => {
    const data = replyTemplateData({ caseNo: 'character_string1', status: 'phrase2' }, { caseNo: '2026-000123', status: '已答复请评价' });
    expect(data.phrase2.value).toBe('已答复请评');
  });

  it.each(['', 'character_string1', 'phrase2,character_string1', 'name1,phrase2', 'character_string1,phrase2,thing3', 'character_string1, phrase2'])(
    'refuses %p at start',
    (value) => {
      let problems: string[] = [];
      try {
        loadEnvironment({ NODE_ENV: 'test', WECHAT_REPLY_TEMPLATE_FIELDS: value });
      } catch (error) {
        if (!(error instanceof ConfigurationError)) throw error;
        problems = error.problems;
      }
      expect(problems).toEqual([expect.stringMatching(/^WECHAT_REPLY_TEMPLATE_FIELDS: /)]);
    },
  );

  it('defaults to the fields of the template named in config/default.env', () => {
    expect(loadEnvironment({ NODE_ENV: 'test' }).WECHAT_REPLY_TEMPLATE_FIELDS).toBe('character_string1,phrase2');
  });
});
