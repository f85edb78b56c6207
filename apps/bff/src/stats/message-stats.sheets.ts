import { MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, type AgencyRankingRow, type MessageFigures, type MessageStatsView } from '@weimin/contracts';
import type { SheetColumn, StatsSheet } from './stats-workbook';

/** The columns every message figure row has, in the console's order. */
function figureColumns<T extends MessageFigures>(): Array<SheetColumn<T>> {
  return [
    { header: '收到', value: (r) => r.received },
    { header: '有效', value: (r) => r.valid },
    { header: '答复', value: (r) => r.replied },
    { header: '答复率', value: (r) => r.replyRate, format: 'percent' },
    { header: '按期答复', value: (r) => r.onTime },
    { header: '按期答复率', value: (r) => r.onTimeRate, format: 'percent' },
    { header: '平均答复用时（工作日）', value: (r) => r.averageReplyWorkdays, format: 'decimal', width: 22 },
    { header: '已评价', value: (r) => r.rated },
    { header: '满意及基本满意', value: (r) => r.satisfied, width: 16 },
    { header: '满意率', value: (r) => r.satisfactionRate, format: 'percent' },
    { header: '当前逾期', value: (r) => r.overdueNow },
  ];
}

/** The filters, in words, for the top of each sheet. */
export function describeFilters(view: MessageStatsView, agencyName: string | null): string {
  const { from, to, type, channel } = view.query;
  return [
    `统计期间：${from ?? '最早'} 至 ${to ?? '今'}`,
    agencyName ? `承办单位：${agencyName}` : null,
    type ? `类型：${MESSAGE_TYPE_LABELS[type]}` : null,
    channel ? `渠道：${MESSAGE_CHANNEL_LABELS[channel]}` : null,
  ]
    .filter(Boolean)
    .join('；');
}

/** 留言 sheets of the statistics workbook: totals with the summary sentence, the three breakdowns and the ranking. */
export function messageStatsSheets(view: MessageStatsView, agencyName: string | null): StatsSheet[] {
  const notes = [describeFilters(view, agencyName), `生成时间：${view.generatedAt}`];
  return [
    {
      name: '留言概况',
      notes: ['留言办理统计', view.summary, ...notes],
      columns: [{ header: '范围', value: () => '全部', width: 12 }, ...figureColumns()],
      rows: [view.totals],
    },
    { name: '按承办单位', notes, columns: [{ header: '承办单位', value: (r) => r.agencyName, width: 36 }, ...figureColumns()], rows: view.byAgency },
    {
      name: '按类型',
      notes,
      columns: [{ header: '类型', value: (r) => MESSAGE_TYPE_LABELS[r.type as keyof typeof MESSAGE_TYPE_LABELS] }, ...figureColumns()],
      rows: view.byType,
    },
    {
      name: '按渠道',
      notes,
      columns: [{ header: '渠道', value: (r) => MESSAGE_CHANNEL_LABELS[r.channel as keyof typeof MESSAGE_CHANNEL_LABELS], width: 22 }, ...figureColumns()],
      rows: view.byChannel,
    },
    {
      name: '单位排名',
      notes: [...notes, `入榜条件：有效留言不少于 ${view.ranking.minItems} 条；按按期答复率、答复率、满意率依次排序`],
      columns: [
        { header: '名次', value: (r: AgencyRankingRow) => r.rank },
        { header: '承办单位', value: (r: AgencyRankingRow) => r.agencyName, width: 36 },
        ...figureColumns<AgencyRankingRow>(),
      ],
      rows: view.ranking.rows,
    },
  ];
}
