import type { ChannelFiguresRow, MessageChannel, MessageFigures } from '@weimin/contracts';
import { formatPercent, messageSummarySentence } from './message-summary';

function figures(overrides: Partial<MessageFigures>): MessageFigures {
  return {
    received: 0,
    valid: 0,
    replied: 0,
    replyRate: null,
    onTime: 0,
    onTimeRate: null,
    averageReplyWorkdays: null,
    rated: 0,
    satisfied: 0,
    satisfactionRate: null,
    overdueNow: 0,
    ...overrides,
  };
}
const channel = (channel: MessageChannel, replied: number): ChannelFiguresRow => ({ ...figures({ replied }), channel });

describe('messageSummarySentence', () => {
  it("says seed 004's figures the way the report does", () => {
    const totals = figures({ received: 1029, valid: 1029, replied: 1029, replyRate: 1, onTime: 362 });
    const byChannel = [channel('online_consultation', 781), channel('mayor_mailbox', 248), channel('unit_board', 0)];
    expect(messageSummarySentence({}, totals, byChannel)).toBe(
      '共收到留言 1029 条，答复 1029 条，其中市长信箱 248 条、网上咨询 781 条，按期答复 362 条，答复率 100%。',
    );
  });

  it('names the period, the valid count when some were hidden, satisfaction and what is overdue now', () => {
    const totals = figures({ received: 7, valid: 6, replied: 5, replyRate: 5 / 6, onTime: 4, rated: 3, satisfied: 2, satisfactionRate: 2 / 3, overdueNow: 1 });
    expect(messageSummarySentence({ from: '2026-01-01', to: '2026-12-31' }, totals, [channel('online_consultation', 5)])).toBe(
      '2026年1月1日至2026年12月31日，共收到留言 7 条（有效 6 条），答复 5 条，其中网上咨询 5 条，按期答复 4 条，答复率 83.3%，满意率 66.7%，当前逾期 1 条。',
    );
  });

  it('leaves out rates it cannot compute', () => {
    expect(messageSummarySentence({ to: '2026-03-05' }, figures({}), [])).toBe('截至2026年3月5日，共收到留言 0 条，答复 0 条，按期答复 0 条。');
    expect(messageSummarySentence({ from: '2026-03-05' }, figures({ received: 1, valid: 1, replyRate: 0 }), [])).toBe(
      '2026年3月5日以来，共收到留言 1 条，答复 0 条，按期答复 0 条，答复率 0%。',
    );
  });
});

describe('formatPercent', () => {
  it.each([
    [1, '100%'],
    [0, '0%'],
    [0.5, '50%'],
    [5 / 6, '83.3%'],
    [0.9996, '99.9%'],
    [0.0001, '0.1%'],
  ])('%p → %s', (rate, text) => expect(formatPercent(rate)).toBe(text));
});
