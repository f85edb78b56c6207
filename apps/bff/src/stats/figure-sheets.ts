import {
  AUDIENCE_LABELS,
  NOTICE_SECTION_LABELS,
  NOTICE_SECTIONS,
  type InterpretationFigures,
  type InterviewFiguresView,
  type NoticeFigures,
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

/** 在线访谈 sheet: per year of the planned start, with the period's total as the last row. */
export function interviewSheets(figures: InterviewFiguresView): StatsSheet[] {
  type Row = InterviewFiguresView['years'][number] | (InterviewFiguresView['total'] & { year: '合计' });
  const rows: Row[] = [...figures.years, { year: '合计', ...figures.total }];
  return [
    {
      name: '在线访谈',
      notes: ['在线访谈统计（按计划开始时间）', period(figures), '会后答复：访谈中未答复、转为留言后承办单位已答复的问题'],
      columns: [
        { header: '年度', value: (row: Row) => String(row.year) },
        { header: '访谈场次', value: (row: Row) => row.interviews },
        { header: '收到问题', value: (row: Row) => row.questionsReceived },
        { header: '现场答复', value: (row: Row) => row.answeredLive },
        { header: '转为留言', value: (row: Row) => row.convertedToMessages },
        { header: '会后答复', value: (row: Row) => row.answeredAfterwards },
      ],
      rows,
    },
  ];
}
