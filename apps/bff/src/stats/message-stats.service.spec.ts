import type { ConfigService } from '@nestjs/config';
import type { MessageChannel, MessageStatsQuery, MessageStatus, MessageType, Satisfaction } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import type { AppConfig } from '../config/configuration';
import type { RepositoryOf } from '../database/unit-of-work';
import { InMemoryDatabase, InMemoryStore, sharedOn } from '../testing/in-memory-repositories';
import { MessageStatsService, UNASSIGNED_LABEL } from './message-stats.service';
import type { MessageGroupSums, StatsRepository } from './stats.repository';
import type { StatsRepositories } from './stats.store';

/**
 * Service tier: the message figures from a small in-memory set of messages, grouped as the repository's SQL groups
 * them (test/api/stats.e2e-spec.ts runs the SQL itself on both databases).
 */

interface Row {
  agencyId: number | null;
  type: MessageType;
  channel: MessageChannel;
  status: MessageStatus;
  rating: Satisfaction | null;
  onTime: boolean;
  replyWorkdays: number | null;
  pastDue: boolean;
}

const row = (agencyId: number | null, status: MessageStatus, more: Partial<Row> = {}): Row => ({
  agencyId,
  type: 'consultation',
  channel: 'online_consultation',
  status,
  rating: null,
  onTime: false,
  replyWorkdays: null,
  pastDue: false,
  ...more,
});

/** Groups the rows by agency × type × channel × status × rating and sums them, as StatsRepository.messageGroupSums does in SQL. */
function inMemoryStats(rows: Row[], names: Record<number, string>): RepositoryOf<StatsRepository> {
  return {
    messageGroupSums: async (query: MessageStatsQuery) => {
      const groups = new Map<string, MessageGroupSums>();
      for (const r of rows.filter((r) => (!query.agencyId || r.agencyId === query.agencyId) && (!query.type || r.type === query.type))) {
        const key = [r.agencyId, r.type, r.channel, r.status, r.rating].join('|');
        const group = groups.get(key) ?? { ...r, messages: 0, repliedOnTime: 0, replyWorkdaysSum: 0, replyWorkdaysCount: 0, pastDue: 0 };
        group.messages += 1;
        group.repliedOnTime += r.onTime ? 1 : 0;
        group.replyWorkdaysSum += r.replyWorkdays ?? 0;
        group.replyWorkdaysCount += r.replyWorkdays === null ? 0 : 1;
        group.pastDue += r.pastDue ? 1 : 0;
        groups.set(key, group);
      }
      return [...groups.values()].map(
        ({ agencyId, type, channel, status, rating, messages, repliedOnTime, replyWorkdaysSum, replyWorkdaysCount, pastDue }) => ({
          agencyId,
          type,
          channel,
          status,
          rating,
          messages,
          repliedOnTime,
          replyWorkdaysSum,
          replyWorkdaysCount,
          pastDue,
        }),
      );
    },
    agencyNames: async (ids) => new Map(ids.filter((id): id is number => id !== null && id in names).map((id) => [id, names[id]])),
  };
}

const office: StaffCaller = { id: 1, agencyId: 1, agencyKind: 'office', roles: ['office_head'], sessionTokenHash: '', ip: null, traceId: null };
const config = { get: () => ({ rankingMinItems: 2 }) } as unknown as ConfigService<AppConfig, true>;

const HRSS = 7;
const EDU = 8;
const rows: Row[] = [
  row(HRSS, 'closed', { onTime: true, replyWorkdays: 3, rating: 'satisfied' }),
  row(HRSS, 'closed', { onTime: false, replyWorkdays: 9, rating: 'unsatisfied' }),
  row(HRSS, 'replied', { onTime: true, replyWorkdays: 2, type: 'complaint', channel: 'mayor_mailbox' }),
  row(HRSS, 'assigned', { pastDue: true }),
  row(EDU, 'closed', { onTime: true, replyWorkdays: 1, rating: 'basically_satisfied' }),
  row(EDU, 'hidden'),
  row(null, 'submitted'),
];

describe('MessageStatsService over an in-memory repository', () => {
  const service = new MessageStatsService(
    new InMemoryStore<StatsRepositories>(new InMemoryDatabase(), (tables) => ({
      ...sharedOn(tables),
      stats: inMemoryStats(rows, { [HRSS]: '市人社局', [EDU]: '市教育局' }),
    })),
    config,
  );

  it('adds the groups up into the totals and the three breakdowns', async () => {
    const view = await service.messageStats(office, {});
    expect(view.totals).toMatchObject({ received: 7, valid: 6, replied: 4, onTime: 3, overdueNow: 1 });
    expect(view.totals.averageReplyWorkdays).toBeCloseTo(15 / 4);
    expect(view.byAgency.map((a) => [a.agencyName, a.received, a.valid, a.replied])).toEqual([
      ['市人社局', 4, 4, 3],
      ['市教育局', 2, 1, 1],
      [UNASSIGNED_LABEL, 1, 1, 0],
    ]);
    expect(view.byType.find((t) => t.type === 'complaint')).toMatchObject({ received: 1, replied: 1 });
    expect(view.byChannel.find((c) => c.channel === 'mayor_mailbox')).toMatchObject({ received: 1 });
    // Every type and channel has its row, even with nothing in it.
    expect(view.byType.find((t) => t.type === 'suggestion')).toMatchObject({ received: 0, replyRate: null });
  });

  it('ranks only agencies with enough valid messages', async () => {
    const view = await service.messageStats(office, {});
    expect(view.ranking).toMatchObject({ minItems: 2, rows: [{ agencyId: HRSS, rank: 1 }] });
  });

  it('limits an agency role to its own agency, whatever it asked for', async () => {
    const agencyHead: StaffCaller = { ...office, id: 2, agencyId: EDU, agencyKind: 'department', roles: ['agency_head'] };
    const view = await service.messageStats(agencyHead, { agencyId: HRSS });
    expect(view.query).toEqual({ agencyId: EDU });
    expect(view.totals).toMatchObject({ received: 2, valid: 1 });
  });
});
