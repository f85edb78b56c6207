import type { MessageChannel, MessageType } from './messages';

/**
 * 统计分析: the figures the office reports (docs/domain.md §4). Every figure is about the messages *received* in the
 * period (a cohort), in their state at the time of the request; see README.md, "Statistics", for each definition.
 */
export interface MessageStatsQuery {
  /** First day, inclusive, a calendar day in China (YYYY-MM-DD). Omitted: from the first message. */
  from?: string;
  /** Last day, inclusive (YYYY-MM-DD). Omitted: up to now. */
  to?: string;
  /** The agency that has (or answered) the message. */
  agencyId?: number;
  type?: MessageType;
  channel?: MessageChannel;
}

/** The counts a figure row is built from, and the rates derived from them (null when the denominator is 0). */
export interface MessageFigures {
  /** 收到: submitted in the period (held, hidden and all others). */
  received: number;
  /** 有效: received minus hidden (屏蔽) and those still held for moderation review. */
  valid: number;
  /** 答复: valid ones that have an answer now (replied or closed); a reopened one counts again once re-answered. */
  replied: number;
  /** 答复率 = replied ÷ valid. */
  replyRate: number | null;
  /** 按期答复: replied at or before the due date (extension included) of the assignment that was answered. */
  onTime: number;
  /** 按期答复率 = onTime ÷ replied. */
  onTimeRate: number | null;
  /** 平均答复用时: mean working days from the assignment to the reply, over the replied ones. */
  averageReplyWorkdays: number | null;
  /** 已评价: replied ones the citizen rated. */
  rated: number;
  /** 满意 + 基本满意. */
  satisfied: number;
  /** 满意率 = satisfied ÷ rated. */
  satisfactionRate: number | null;
  /** 当前逾期: with an agency, unanswered, past its due date now. */
  overdueNow: number;
}

export interface AgencyFiguresRow extends MessageFigures {
  /** null: not with any agency (in the office's dispatch queue, returned, or held). */
  agencyId: number | null;
  agencyName: string;
}

export interface TypeFiguresRow extends MessageFigures {
  type: MessageType;
}

export interface ChannelFiguresRow extends MessageFigures {
  channel: MessageChannel;
}

export interface AgencyRankingRow extends AgencyFiguresRow {
  rank: number;
  agencyId: number;
}

export interface MessageStatsView {
  query: MessageStatsQuery;
  generatedAt: string;
  totals: MessageFigures;
  byAgency: AgencyFiguresRow[];
  byType: TypeFiguresRow[];
  byChannel: ChannelFiguresRow[];
  /**
   * Agencies with at least `minItems` valid messages, ordered by on-time rate, then reply rate, then satisfaction
   * rate (each higher first, none last), then more valid messages, then name.
   */
  ranking: { minItems: number; rows: AgencyRankingRow[] };
  /** One sentence in the style of the annual reports, e.g. 共收到留言 1029 条，答复 1029 条，其中市长信箱 248 条… */
  summary: string;
}
