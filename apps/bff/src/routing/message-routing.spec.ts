import { Segmenter } from '../common/text/segmenter';
import { routeByKeywords, type RoutingRuleInput } from './message-routing';

const segmenter = new Segmenter();
const rules: RoutingRuleInput[] = [
  { id: 1, keyword: '公积金', agencyId: 10, priority: 0 },
  { id: 2, keyword: '社保', agencyId: 20, priority: 0 },
  { id: 3, keyword: '停水', agencyId: 30, priority: 0 },
  { id: 4, keyword: '学位', agencyId: 40, priority: 0 },
  { id: 5, keyword: '养老保险', agencyId: 20, priority: 5 },
  { id: 6, keyword: '水', agencyId: 99, priority: 0 },
];

describe('routeByKeywords', () => {
  it('routes on a keyword that is a word of the text', () => {
    expect(routeByKeywords(segmenter, rules, '公积金提取问题', '我想问一下离职后怎么提取住房公积金')).toEqual({ agencyId: 10, ruleId: 1, keyword: '公积金' });
  });

  it('prefers the higher priority rule', () => {
    expect(routeByKeywords(segmenter, rules, '社保问题', '灵活就业人员的养老保险和社保怎么交')?.agencyId).toBe(20);
    expect(routeByKeywords(segmenter, rules, '社保问题', '灵活就业人员的养老保险和社保怎么交')?.ruleId).toBe(5);
  });

  it('prefers the keyword named most often on a tie', () => {
    expect(routeByKeywords(segmenter, rules, '停水', '小区停水三天了，停水通知也没有，学位的事另说')?.agencyId).toBe(30);
  });

  it('does not match a keyword that is only part of another word', () => {
    // 「水」 is a rule, but here it only occurs inside 「水平」 and 「薪水」.
    expect(routeByKeywords(segmenter, rules, '工资水平', '薪水太低了')).toBeNull();
  });

  it('returns null with no rules or no match', () => {
    expect(routeByKeywords(segmenter, [], '公积金', '公积金')).toBeNull();
    expect(routeByKeywords(segmenter, rules, '路灯坏了', '小区门口的路灯坏了一个月')).toBeNull();
  });
});
