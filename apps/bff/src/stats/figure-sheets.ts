import {
  AUDIENCE_LABELS,
  NOTICE_SECTION_LABELS,
  NOTICE_SECTIONS,
  type InterpretationFigures,
  type NoticeFigures,
  type SolicitationFigures,
} from '@weimin/contracts';
import type { StatsSheet } from './stats-workbook';

const period = (figures: { from: string; to: string }) => `统计期间：${figures.from} 至 ${figures.to}`;

/** 政策解读 sheets: interpretations published in the period per life-event stage (all 14) and per drafting agency. */
export function interpretationSheets(figures: InterpretationFigures): StatsSheet[] {
  const notes = [period(figures), `发布解读合计 ${figures.total} 篇`];
  return [
    {
      name: '解读按阶段',
      notes: ['政策解读发布统计', ...notes],
      columns: [
        { header: '对象', value: (row: InterpretationFigures['byStage'][number]) => AUDIENCE_LABELS[row.audience] },
        { header: '生命周期阶段', value: (row: InterpretationFigures['byStage'][number]) => row.name, width: 16 },
        { header: '发布篇数', value: (row: InterpretationFigures['byStage'][number]) => row.count },
      ],
      rows: figures.byStage,
    },
    {
      name: '解读按单位',
      notes,
      columns: [
        { header: '起草单位', value: (row: InterpretationFigures['byAgency'][number]) => row.agencyName, width: 36 },
        { header: '发布篇数', value: (row: InterpretationFigures['byAgency'][number]) => row.count },
      ],
      rows: figures.byAgency,
    },
    {
      name: '解读引发留言',
      notes: [period(figures), '就此政策咨询：期间内提交的留言所咨询的政策解读，留言多的解读可能需要改写'],
      columns: [
        { header: '政策解读', value: (row: InterpretationFigures['byQuestions'][number]) => row.title, width: 40 },
        { header: '起草单位', value: (row: InterpretationFigures['byQuestions'][number]) => row.agencyName, width: 36 },
        { header: '留言数', value: (row: InterpretationFigures['byQuestions'][number]) => row.count },
      ],
      rows: figures.byQuestions,
    },
  ];
}

type NoticeUnitRow = NoticeFigures['byUnit'][number];

/** 公共企事业单位 sheets: notices published per unit and section, and the unit-sections stale now. */
export function noticeSheets(figures: NoticeFigures): StatsSheet[] {
  return [
    {
      name: '信息公开按单位',
      notes: ['公共企事业单位信息公开统计', period(figures), `发布信息合计 ${figures.publishedTotal} 条`],
      columns: [
        { header: '单位', value: (row: NoticeUnitRow) => row.agencyName, width: 36 },
        ...NOTICE_SECTIONS.map((section) => ({ header: NOTICE_SECTION_LABELS[section], value: (row: NoticeUnitRow) => row.counts[section] })),
        { header: '合计', value: (row: NoticeUnitRow) => row.total },
      ],
      rows: figures.byUnit,
    },
    {
      name: '更新超期',
      notes: ['当前未按期更新的单位栏目'],
      columns: [
        { header: '单位', value: (row: NoticeFigures['staleNow'][number]) => row.agencyName, width: 36 },
        { header: '栏目', value: (row: NoticeFigures['staleNow'][number]) => NOTICE_SECTION_LABELS[row.section] },
        { header: '距上次更新（天）', value: (row: NoticeFigures['staleNow'][number]) => row.daysSinceUpdate ?? '从未发布', width: 18 },
      ],
      rows: figures.staleNow,
    },
  ];
}

type SolicitationRow = SolicitationFigures['byAgency'][number];

/** 意见征集 sheet: solicitations published in the period per agency, with their opinions, adoption and days to feedback. */
export function solicitationSheets(figures: SolicitationFigures): StatsSheet[] {
  const { totals } = figures;
  return [
    {
      name: '意见征集',
      notes: [
        '意见征集统计（按发布日期）',
        period(figures),
        `征集 ${totals.solicitations} 次，收到意见 ${totals.opinions} 条，已标注 ${totals.marked} 条，已反馈 ${totals.withFeedback} 次`,
        '采纳率 =（采纳 + 部分采纳）÷ 已标注意见；反馈用时为截止至采纳情况反馈发布的自然日数',
      ],
      columns: [
        { header: '发起单位', value: (row: SolicitationRow) => row.agencyName, width: 36 },
        { header: '征集次数', value: (row: SolicitationRow) => row.solicitations },
        { header: '收到意见', value: (row: SolicitationRow) => row.opinions },
        { header: '采纳', value: (row: SolicitationRow) => row.adopted },
        { header: '部分采纳', value: (row: SolicitationRow) => row.partlyAdopted },
        { header: '未采纳', value: (row: SolicitationRow) => row.notAdopted },
        { header: '采纳率', value: (row: SolicitationRow) => row.adoptionRate, format: 'percent' },
        { header: '已反馈', value: (row: SolicitationRow) => row.withFeedback },
        { header: '平均反馈用时（日）', value: (row: SolicitationRow) => row.averageDaysToFeedback, format: 'decimal', width: 20 },
      ],
      rows: figures.byAgency,
    },
  ];
}
