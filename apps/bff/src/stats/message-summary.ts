import { MESSAGE_CHANNEL_LABELS, MessageChannel, type ChannelFiguresRow, type MessageFigures, type MessageStatsQuery } from '@weimin/contracts';

/** The order the annual reports name channels in: the mayor's mailbox first (seed 004: 县长信箱 248 个，网上咨询 781 个). */
const CHANNEL_ORDER: readonly MessageChannel[] = [MessageChannel.MayorMailbox, MessageChannel.OnlineConsultation, MessageChannel.UnitBoard];

/**
 * One sentence in the style of the county reports, e.g.
 * 共收到留言 1029 条，答复 1029 条，其中市长信箱 248 条、网上咨询 781 条，按期答复 362 条，答复率 100%。
 * The channel breakdown is of the replies, as in seed 004; satisfaction and overdue are added when there are any.
 */
export function messageSummarySentence(query: Pick<MessageStatsQuery, 'from' | 'to'>, totals: MessageFigures, byChannel: readonly ChannelFiguresRow[]): string {
  const parts: string[] = [];
  const received = `共收到留言 ${totals.received} 条${totals.valid !== totals.received ? `（有效 ${totals.valid} 条）` : ''}`;
  parts.push(`${periodPrefix(query)}${received}`);
  const channels = CHANNEL_ORDER.map((channel) => byChannel.find((row) => row.channel === channel))
    .filter((row): row is ChannelFiguresRow => row !== undefined && row.replied > 0)
    .map((row) => `${MESSAGE_CHANNEL_LABELS[row.channel]} ${row.replied} 条`);
  parts.push(`答复 ${totals.replied} 条${channels.length > 0 ? `，其中${channels.join('、')}` : ''}`);
  parts.push(`按期答复 ${totals.onTime} 条`);
  if (totals.replyRate !== null) parts.push(`答复率 ${formatPercent(totals.replyRate)}`);
  if (totals.satisfactionRate !== null) parts.push(`满意率 ${formatPercent(totals.satisfactionRate)}`);
  if (totals.overdueNow > 0) parts.push(`当前逾期 ${totals.overdueNow} 条`);
  return `${parts.join('，')}。`;
}

/** 100%, 83.3%, 0%: one decimal at most, and never a rounded-up 100% for a rate below one. */
export function formatPercent(rate: number): string {
  let tenths = Math.round(rate * 1000);
  if (tenths >= 1000 && rate < 1) tenths = 999;
  if (tenths <= 0 && rate > 0) tenths = 1;
  return `${tenths % 10 === 0 ? tenths / 10 : (tenths / 10).toFixed(1)}%`;
}

function periodPrefix({ from, to }: Pick<MessageStatsQuery, 'from' | 'to'>): string {
  if (from && to) return `${chineseDate(from)}至${chineseDate(to)}，`;
  if (from) return `${chineseDate(from)}以来，`;
  if (to) return `截至${chineseDate(to)}，`;
  return '';
}

/** 2026-01-05 → 2026年1月5日. */
function chineseDate(day: string): string {
  const [year, month, date] = day.split('-').map(Number);
  return `${year}年${month}月${date}日`;
}
