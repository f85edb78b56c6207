import { Segmenter } from '../common/text/segmenter';
import { DEMO_INTERPRETATIONS } from '../database/seeds/demo-interpretations';
import { queryTerms, termWeights } from './interpretation-search';

describe('interpretation search terms', () => {
  const segmenter = new Segmenter();

  it('cuts a question into the words that matter, dropping question words and punctuation', () => {
    const terms = queryTerms(segmenter, '新生儿怎么落户？');
    expect(terms).toEqual(expect.arrayContaining(['新生儿', '落户']));
    expect(terms).not.toContain('怎么');
    expect(terms).not.toContain('？');
  });

  /**
   * Items ranked for a query as searchInterpretations ranks them in SQL (interpretation-index.ts): most distinct query
   * terms matched, then the summed weights of the matched terms; items matching nothing are left out.
   */
  const ranked = (query: string, items: ReadonlyArray<{ title: string; summary: string; body: string }>): string[] => {
    const terms = queryTerms(segmenter, query);
    return items
      .map((item) => {
        const weights = termWeights(segmenter, item);
        const matched = terms.filter((term) => weights.has(term));
        return { title: item.title, matched: matched.length, score: matched.reduce((sum, term) => sum + weights.get(term)!, 0) };
      })
      .filter((hit) => hit.matched > 0)
      .sort((x, y) => y.matched - x.matched || y.score - x.score)
      .map((hit) => hit.title);
  };
  const demo = DEMO_INTERPRETATIONS.map((item) => ({ title: item.title, summary: item.summary, body: [item.intro, ...item.points, item.how].join('\n') }));

  it('ranks the demo interpretation a citizen means first for what they would type', () => {
    expect(ranked('育儿补贴怎么领', demo)[0]).toBe('育儿补贴怎么领？三岁以下婴幼儿家庭看过来');
    expect(ranked('生育津贴', demo)[0]).toBe('生育医疗费用报销与生育津贴解读');
    expect(ranked('技能培训补贴', demo)[0]).toBe('职业技能培训补贴申领指南');
    expect(ranked('义务教育入学', demo)[0]).toBe('2026年义务教育招生入学政策问答');
  });

  it('puts an item with the word in its title above one with it in the summary, and that above one with it in the body', () => {
    const items = [
      { title: '灵活就业人员参保指南', summary: '以个人身份参加职工养老保险的办法。', body: '<p>缴费满一年后，可以申请社会保险补贴。</p>' },
      { title: '社会保险补贴申领指南', summary: '符合条件的人员按季度申请。', body: '<p>向户籍所在地社区提交材料。</p>' },
      { title: '就业困难人员认定', summary: '认定后可享受社会保险补贴和公益性岗位安置。', body: '<p>到街道便民服务中心申请认定。</p>' },
    ];
    expect(ranked('社会保险补贴', items)).toEqual(['社会保险补贴申领指南', '就业困难人员认定', '灵活就业人员参保指南']);
  });

  it('does not let a body that repeats a word outrank a title with it once', () => {
    const items = [
      { title: '医疗保险待遇说明', summary: '门诊和住院待遇。', body: `<p>${'养老金按月发放。'.repeat(40)}</p>` },
      { title: '养老金调整通知', summary: '今年的调整办法。', body: '<p>自1月起执行。</p>' },
    ];
    expect(ranked('养老金', items)).toEqual(['养老金调整通知', '医疗保险待遇说明']);
  });

  it('ranks an item matching more of the words first, even when another matches one word more heavily', () => {
    const items = [
      { title: '新能源汽车购置补贴', summary: '新能源汽车补贴申请。', body: '<p>新能源汽车补贴按车型发放。</p>' },
      { title: '以旧换新补贴', summary: '报废旧车、购买新能源汽车可申请。', body: '<p>购买新车后申请。</p>' },
    ];
    expect(ranked('以旧换新 新能源汽车', items)).toEqual(['以旧换新补贴', '新能源汽车购置补贴']);
  });

  it('lower-cases latin words and bounds the number of query terms', () => {
    expect(queryTerms(segmenter, 'ETC 办理')).toEqual(expect.arrayContaining(['etc', '办理']));
    expect(queryTerms(segmenter, Array.from({ length: 50 }, (_, i) => `词${i}`).join(' ')).length).toBeLessThanOrEqual(20);
    expect(queryTerms(segmenter, '  ？！  ')).toEqual([]);
  });
});
