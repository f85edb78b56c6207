import { announcementTemplateData, parseAnnouncementTemplateFields, parseLongTermTemplates, subscribeTemplatesConfig } from './subscribe-templates';

describe('subscribe templates of 订阅', () => {
  it('reads the announcement keys and refuses anything but two thing fields', () => {
    expect(parseAnnouncementTemplateFields('thing1,thing3')).toEqual({ unit: 'thing1', title: 'thing3' });
    expect(() => parseAnnouncementTemplateFields('character_string1,thing2')).toThrow(/WECHAT_ANNOUNCEMENT_TEMPLATE_FIELDS/);
  });

  it('reads which templates are long-term', () => {
    expect(parseLongTermTemplates('')).toEqual([]);
    expect(parseLongTermTemplates('progress')).toEqual(['progress']);
    expect(() => parseLongTermTemplates('reply')).toThrow(/WECHAT_LONG_TERM_TEMPLATES/);
    const config = subscribeTemplatesConfig({ announcementFields: 'thing1,thing2', progressFields: 'character_string1,phrase2', longTerm: 'announcement' });
    expect([config.announcement.longTerm, config.progress.longTerm]).toEqual([true, false]);
  });

  it('cuts the unit and the title to what a thing field holds', () => {
    const data = announcementTemplateData({ unit: 'thing1', title: 'thing2' }, { unit: '市自来水公司', title: '关于城东片区'.repeat(5) });
    expect(data.thing1.value).toBe('市自来水公司');
    expect(Array.from(data.thing2.value)).toHaveLength(20);
  });
});
