import type { ApplicantKind, DisclosureChannel, DisclosureOutcome, OrganisationKind, RemedyKind, RemedyResult } from '@weimin/contracts';

/**
 * One step of a demo application, `at` working days after its receipt (补正 steps count from the notice's day as the
 * agency would). `who`: the agency's staff or head, the office's staff or head.
 */
export type DemoDisclosureStep =
  | { at: number; do: 'route' }
  | { at: number; do: 'correction'; missing: string }
  | { at: number; do: 'corrected' }
  | { at: number; do: 'lapse' }
  | { at: number; do: 'pause'; party: string }
  | { at: number; do: 'resume' }
  | { at: number; do: 'extension'; workdays: number; reason: string }
  | { at: number; do: 'extension-decision'; approve: boolean }
  | { at: number; do: 'draft'; outcome: DisclosureOutcome; reason?: number; facts: string; legalBasis: string }
  | { at: number; do: 'return'; reason: string }
  | { at: number; do: 'approve' }
  | { at: number; do: 'deliver' }
  | { at: number; do: 'remedy'; kind: RemedyKind; result: RemedyResult };

export interface DemoDisclosure {
  /** Unique among the demo applications: how a second run finds it again. */
  title: string;
  description: string;
  /** The agency asked (its code); null: 不确定, routed by the office to `routeTo`. */
  agency: 'dept-hrss' | 'dept-edu' | null;
  routeTo?: 'dept-hrss' | 'dept-edu';
  channel: Exclude<DisclosureChannel, 'online'>;
  applicant: { kind: ApplicantKind; organisationKind?: OrganisationKind; name: string; number: string };
  /** Working days before the seeding day that it was received. */
  receivedAgo: number;
  steps: DemoDisclosureStep[];
}

const PEOPLE = [
  { kind: 'person', name: '王建华', number: '341102198503124518' },
  { kind: 'person', name: '李秀英', number: '341102197911030627' },
  { kind: 'person', name: '张伟', number: '341103199206154411' },
  { kind: 'person', name: '刘芳', number: '34110219880721262X' },
  { kind: 'organisation', organisationKind: 'business', name: '临溪市恒达建材有限公司', number: '91341100MA2N8K3X7Q' },
  { kind: 'organisation', organisationKind: 'research', name: '临溪学院公共政策研究所', number: '12341100485012345B' },
  { kind: 'organisation', organisationKind: 'social_welfare', name: '临溪市阳光助残服务中心', number: '52341100MJ0012345C' },
  { kind: 'organisation', organisationKind: 'legal_service', name: '安徽临正律师事务所', number: '31340000MD0123456E' },
  { kind: 'organisation', organisationKind: 'other', name: '临溪市个体劳动者协会', number: '51341100MJ0098765D' },
] as const satisfies ReadonlyArray<DemoDisclosure['applicant']>;

const CHANNELS: Array<DemoDisclosure['channel']> = ['in_person', 'registered_mail', 'ordinary_mail', 'email', 'fax'];

const TOPICS: ReadonlyArray<{ agency: 'dept-hrss' | 'dept-edu'; title: string; description: string }> = [
  { agency: 'dept-hrss', title: '城乡居民养老保险基金收支情况', description: '请提供本市城乡居民养老保险基金当年的收入、支出和年末结余情况。' },
  { agency: 'dept-edu', title: '中小学校舍安全改造项目资金使用情况', description: '请提供本市中小学校舍安全改造项目的资金安排和使用明细。' },
  { agency: 'dept-hrss', title: '失业保险稳岗返还企业名单', description: '请提供享受失业保险稳岗返还政策的企业名单及返还金额。' },
  { agency: 'dept-edu', title: '义务教育阶段学区划分方案', description: '请提供城区义务教育阶段公办学校学区划分方案及调整说明。' },
  { agency: 'dept-hrss', title: '工伤认定决定书', description: '请提供本人所在单位职工工伤认定决定书及认定依据。' },
  { agency: 'dept-edu', title: '民办学校年检结果', description: '请提供本市民办中小学及幼儿园年度检查结果和整改要求。' },
  { agency: 'dept-hrss', title: '事业单位公开招聘考试成绩', description: '请提供本市事业单位公开招聘笔试、面试成绩及录用名单。' },
  { agency: 'dept-edu', title: '学前教育生均公用经费标准', description: '请提供公办幼儿园生均公用经费拨款标准及文件依据。' },
];

const BASIS = '《中华人民共和国政府信息公开条例》第三十六条';
const answer = (at: number, outcome: DisclosureOutcome, reason?: number): DemoDisclosureStep[] => [
  { at, do: 'draft', outcome, reason, facts: FACTS[outcome], legalBasis: BASIS },
  { at, do: 'approve' },
];
const FACTS: Record<DisclosureOutcome, string> = {
  disclosed: '经查，您申请的信息由本机关制作并保存，现予公开，详见附件。',
  partly_disclosed: '经查，您申请的信息中可以公开的部分现予公开，涉及第三方个人信息的部分不予公开。',
  withheld: '经查，您申请的信息属于依法不予公开的范围，本机关决定不予公开。',
  unavailable: '经查，本机关未制作或获取您申请的信息。',
  not_processed: '经查，您的申请不属于政府信息公开申请，本机关不作为政府信息公开申请处理。',
  other: '经查，本机关已按其他方式处理您的申请。',
};

/**
 * The stories, about forty over the last fourteen months (working days back from the seeding day): every state,
 * every outcome of table 三, 补正 answered and lapsed, third parties consulted, extensions approved and refused, a
 * reply sent back once, deliveries and 复议/诉讼; the oldest received in one year and answered in the next.
 */
const STORIES: Array<Pick<DemoDisclosure, 'receivedAgo' | 'steps'> & { unsure?: boolean }> = [
  // Answered, over the year (oldest first).
  { receivedAgo: 290, steps: [...answer(12, 'disclosed'), { at: 14, do: 'deliver' }] },
  {
    receivedAgo: 280,
    steps: [...answer(18, 'partly_disclosed'), { at: 20, do: 'deliver' }, { at: 60, do: 'remedy', kind: 'reconsideration', result: 'upheld' }],
  },
  {
    receivedAgo: 270,
    steps: [...answer(15, 'withheld', 4), { at: 17, do: 'deliver' }, { at: 70, do: 'remedy', kind: 'litigation_direct', result: 'corrected' }],
  },
  { receivedAgo: 262, steps: [...answer(9, 'unavailable', 1), { at: 10, do: 'deliver' }] },
  { receivedAgo: 255, steps: [...answer(6, 'not_processed', 1)] },
  { receivedAgo: 248, unsure: true, steps: [{ at: 1, do: 'route' }, ...answer(16, 'disclosed'), { at: 18, do: 'deliver' }] },
  {
    receivedAgo: 240,
    steps: [
      { at: 3, do: 'correction', missing: '请写明所需信息的年份和具体范围' },
      { at: 8, do: 'corrected' },
      ...answer(22, 'disclosed'),
      { at: 24, do: 'deliver' },
    ],
  },
  {
    receivedAgo: 232,
    steps: [
      { at: 2, do: 'correction', missing: '请提供申请人身份证明复印件并写明所需文件名称' },
      { at: 20, do: 'lapse' },
    ],
  },
  {
    receivedAgo: 225,
    steps: [
      { at: 5, do: 'pause', party: '临溪市恒达建材有限公司（涉及其商业信息）' },
      { at: 14, do: 'resume' },
      ...answer(24, 'partly_disclosed'),
      { at: 26, do: 'deliver' },
    ],
  },
  {
    receivedAgo: 218,
    steps: [
      { at: 14, do: 'extension', workdays: 15, reason: '涉及多个科室的历年资料，需要汇总核实' },
      { at: 15, do: 'extension-decision', approve: true },
      ...answer(31, 'disclosed'),
      { at: 33, do: 'deliver' },
    ],
  },
  { receivedAgo: 210, steps: [...answer(19, 'other', 3)] },
  { receivedAgo: 200, steps: [...answer(11, 'unavailable', 2), { at: 12, do: 'deliver' }] },
  { receivedAgo: 192, steps: [...answer(7, 'not_processed', 2), { at: 8, do: 'deliver' }] },
  {
    receivedAgo: 185,
    steps: [
      { at: 10, do: 'draft', outcome: 'withheld', reason: 6, facts: FACTS.withheld, legalBasis: BASIS },
      { at: 11, do: 'return', reason: '请核实该信息是否已经形成最终决定' },
      ...answer(13, 'disclosed'),
      { at: 15, do: 'deliver' },
    ],
  },
  { receivedAgo: 176, steps: [...answer(17, 'withheld', 1), { at: 18, do: 'deliver' }, { at: 50, do: 'remedy', kind: 'reconsideration', result: 'pending' }] },
  {
    receivedAgo: 168,
    steps: [
      { at: 15, do: 'extension', workdays: 10, reason: '需征求其他部门意见' },
      { at: 16, do: 'extension-decision', approve: false },
      ...answer(19, 'partly_disclosed'),
      { at: 20, do: 'deliver' },
    ],
  },
  { receivedAgo: 160, steps: [...answer(14, 'disclosed'), { at: 15, do: 'deliver' }] },
  { receivedAgo: 150, steps: [...answer(20, 'unavailable', 3), { at: 21, do: 'deliver' }] },
  { receivedAgo: 141, steps: [...answer(8, 'disclosed'), { at: 9, do: 'deliver' }] },
  { receivedAgo: 130, unsure: true, steps: [{ at: 2, do: 'route' }, ...answer(18, 'withheld', 5), { at: 19, do: 'deliver' }] },
  { receivedAgo: 120, steps: [...answer(10, 'partly_disclosed'), { at: 12, do: 'deliver' }] },
  { receivedAgo: 110, steps: [...answer(16, 'not_processed', 3)] },
  { receivedAgo: 100, steps: [...answer(5, 'disclosed'), { at: 6, do: 'deliver' }, { at: 40, do: 'remedy', kind: 'litigation_direct', result: 'pending' }] },
  {
    receivedAgo: 90,
    steps: [
      { at: 4, do: 'correction', missing: '请写明所需信息的文件名称或文号' },
      { at: 7, do: 'corrected' },
      ...answer(25, 'unavailable', 3),
      { at: 26, do: 'deliver' },
    ],
  },
  { receivedAgo: 80, steps: [...answer(13, 'disclosed')] },
  { receivedAgo: 70, steps: [...answer(19, 'other', 3), { at: 20, do: 'deliver' }] },
  {
    receivedAgo: 60,
    steps: [
      { at: 3, do: 'correction', missing: '请说明所需信息的用途范围和时间段' },
      { at: 20, do: 'lapse' },
    ],
  },
  { receivedAgo: 50, steps: [...answer(11, 'partly_disclosed'), { at: 12, do: 'deliver' }] },
  // Still open.
  { receivedAgo: 34, steps: [] }, // overdue now
  {
    receivedAgo: 26,
    steps: [
      { at: 6, do: 'pause', party: '临溪市教育发展基金会（涉及其捐赠人信息）' },
      { at: 16, do: 'resume' },
    ],
  },
  {
    receivedAgo: 21,
    steps: [
      { at: 15, do: 'extension', workdays: 20, reason: '申请内容涉及十年间的档案，需要调档查阅' },
      { at: 16, do: 'extension-decision', approve: true },
    ],
  },
  { receivedAgo: 18, steps: [{ at: 16, do: 'extension', workdays: 10, reason: '需要会同其他单位核实' }] },
  { receivedAgo: 14, steps: [{ at: 12, do: 'draft', outcome: 'disclosed', facts: FACTS.disclosed, legalBasis: BASIS }] },
  { receivedAgo: 12, steps: [{ at: 5, do: 'pause', party: '临溪市恒达建材有限公司（涉及其商业秘密）' }] },
  {
    receivedAgo: 9,
    steps: [
      { at: 3, do: 'correction', missing: '请写明所需信息的具体年份' },
      { at: 6, do: 'corrected' },
    ],
  },
  { receivedAgo: 5, steps: [{ at: 2, do: 'correction', missing: '请写明所需学区的具体学校名称' }] },
  { receivedAgo: 4, steps: [] },
  { receivedAgo: 3, unsure: true, steps: [] },
  { receivedAgo: 2, unsure: true, steps: [{ at: 1, do: 'route' }] },
  { receivedAgo: 1, steps: [] },
];

export const DEMO_DISCLOSURES: readonly DemoDisclosure[] = STORIES.map((story, index) => {
  const topic = TOPICS[index % TOPICS.length];
  return {
    title: `${topic.title}（示例${String(index + 1).padStart(2, '0')}）`,
    description: topic.description,
    agency: story.unsure ? null : topic.agency,
    routeTo: story.unsure ? topic.agency : undefined,
    channel: CHANNELS[index % CHANNELS.length],
    applicant: PEOPLE[index % PEOPLE.length],
    receivedAgo: story.receivedAgo,
    steps: story.steps,
  };
});
