import type { OpinionAdoption } from '@weimin/contracts';

/**
 * Demo solicitations (意见征集) of 临溪市 (an invented city), dated relative to the day the seed runs: one in review,
 * one open with opinions, one closed and being marked, one closed long ago without feedback (overdue for the office),
 * and one finished with its 采纳情况反馈 published. The drafts and opinions are written for the demo.
 */
export interface DemoOpinion {
  name: string;
  content: string;
  /** Answers by question index. */
  answers?: Array<[number, string]>;
  isPublic: boolean;
  mark?: { adoption: OpinionAdoption; reason: string };
}

export interface DemoSolicitation {
  agency: 'hrss' | 'edu';
  title: string;
  summary: string;
  paragraphs: string[];
  questions: string[];
  /** Opened this many days before the seed runs; absent: still in review (pending_office). */
  openedDaysAgo?: number;
  opinions?: DemoOpinion[];
  /** The feedback, written and published this many days after the close (all opinions marked). */
  feedback?: { html: string; daysAfterClose: number };
}

const p = (...paragraphs: string[]) => paragraphs.map((text) => `<p>${text}</p>`).join('');

export const DEMO_SOLICITATIONS: readonly DemoSolicitation[] = [
  {
    agency: 'edu',
    title: '临溪市中小学课后服务管理办法（征求意见稿）',
    summary: '规范课后服务时间、内容和收费，公开征求学生家长和社会各界意见。',
    paragraphs: ['课后服务原则上每周5天，每天不少于2小时，结束时间与当地正常下班时间相衔接。', '课后服务坚持学生自愿参加，不得以任何形式强制或变相强制。'],
    questions: ['您认为课后服务结束时间定在几点合适？', '您希望课后服务增加哪些内容？'],
  },
  {
    agency: 'hrss',
    title: '临溪市灵活就业人员社会保险补贴办法（征求意见稿）',
    summary: '对就业困难人员以灵活就业方式就业的，按规定给予社会保险补贴，现公开征求意见。',
    paragraphs: ['补贴对象为登记失业的就业困难人员，以灵活就业方式就业并缴纳社会保险费的。', '补贴标准不超过其实际缴费的三分之二，补贴期限最长不超过3年。'],
    questions: ['您认为补贴标准是否合适？', '申领材料还可以如何简化？'],
    openedDaysAgo: 10,
    opinions: [
      { name: '陈晓梅', content: '建议把网约车司机、外卖骑手等新就业形态人员也纳入补贴范围。', answers: [[0, '标准合适']], isPublic: true },
      { name: '刘建国', content: '希望申领可以全程网办，不用跑窗口。', answers: [[1, '全程网办，数据共享']], isPublic: true },
      { name: '周敏', content: '补贴期限3年偏短，临近退休的人员建议延长到退休。', isPublic: false },
    ],
  },
  {
    agency: 'edu',
    title: '临溪市义务教育阶段学校招生划片方案（征求意见稿）',
    summary: '对城区12所小学、6所初中的招生片区进行调整，公开征求意见。',
    paragraphs: ['新建的城东第二小学自2027年起招生，相关小区划入其片区。', '多校划片区域按随机派位方式确定入学学校。'],
    questions: ['您所在小区的划片是否合理？'],
    openedDaysAgo: 40,
    opinions: [
      {
        name: '王海涛',
        content: '锦绣花园离城东第二小学更近，建议划入其片区。',
        answers: [[0, '不合理，应就近']],
        isPublic: true,
        mark: { adoption: 'adopted', reason: '已将锦绣花园调整至城东第二小学片区' },
      },
      { name: '李娜', content: '多校划片请公开派位过程，接受家长监督。', isPublic: true },
    ],
  },
  {
    agency: 'edu',
    title: '临溪市校外培训机构监督管理办法（征求意见稿）',
    summary: '加强校外培训机构日常监管和预收费资金监管，公开征求意见。',
    paragraphs: ['校外培训机构预收费须全部进入本机构培训收费专用账户。', '单次预收费时间跨度不得超过3个月或60课时。'],
    questions: ['您对预收费监管有何建议？'],
    openedDaysAgo: 75,
    opinions: [{ name: '赵磊', content: '建议培训机构每学期公示收费和退费情况。', isPublic: true }],
  },
  {
    agency: 'hrss',
    title: '临溪市就业见习管理办法（征求意见稿）',
    summary: '扩大见习单位范围、提高见习补贴标准，公开征求意见。',
    paragraphs: ['见习补贴标准按当地最低工资标准的80%发放。', '见习期满留用率达到50%以上的见习单位，给予一次性奖励。'],
    questions: ['您认为见习补贴标准是否合适？', '见习期限多长合适？'],
    openedDaysAgo: 90,
    opinions: [
      {
        name: '孙悦',
        content: '建议见习补贴提高到最低工资标准的100%，否则吸引力不足。',
        answers: [[0, '偏低']],
        isPublic: true,
        mark: { adoption: 'partly_adopted', reason: '补贴标准提高至最低工资标准的90%' },
      },
      {
        name: '吴刚',
        content: '希望见习单位名单和岗位每月在网上更新。',
        isPublic: true,
        mark: { adoption: 'adopted', reason: '已写入第十二条，按月公布见习岗位' },
      },
      {
        name: '郑华',
        content: '见习期应统一为12个月。',
        answers: [[1, '12个月']],
        isPublic: false,
        mark: { adoption: 'not_adopted', reason: '见习期限按岗位需要在3至12个月之间确定，更为灵活' },
      },
    ],
    feedback: {
      html: p(
        '本次征集共收到意见3条，采纳1条，部分采纳1条，未采纳1条。',
        '见习补贴标准由最低工资标准的80%提高至90%；增加按月公布见习岗位的规定。',
        '见习期限仍按岗位需要在3至12个月之间确定。',
      ),
      daysAfterClose: 8,
    },
  },
];

export const DEMO_SOLICITATION_BODY = p;
