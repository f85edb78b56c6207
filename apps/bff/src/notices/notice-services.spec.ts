import type { ConfigService } from '@nestjs/config';
import { AuditAction, NotificationKind, type NoticeSection } from '@weimin/contracts';
import type { Agency } from '../agencies/agency.entity';
import type { AppConfig } from '../config/configuration';
import { type Repositories, Store } from '../database/unit-of-work';
import { emptyTables, sharedOn } from '../testing/in-memory-repositories';
import { NoticeFreshnessService } from './notice-freshness.service';
import { NoticeReminderScheduler } from './notice-reminder-scheduler.service';
import type { NoticeReminder } from './notice-reminder.entity';
import { NoticeStatsService } from './notice-stats.service';
import type { Notice } from './notice.entity';
import type { NewestNotice, PublishedCount } from './notice.repository';
import type { NoticeRepositories } from './notice.store';

/**
 * Service tier: the freshness scan, the reminders and the figures over in-memory repositories (no database), so the
 * rules in the services run in milliseconds. The SQL behind the same methods is covered by test/api/notices.e2e-spec.ts.
 */

const DAY = 86_400_000;
const NOW = new Date('2026-11-20T04:00:00Z');
const RULES = { staleDays: { announcements: 14, services: 180, rules: 180 }, dueSoonDays: 3 };

function notUsed(): never {
  throw new Error('not used by these specs');
}

/**
 * Units, notices and reminders in arrays; a transaction works on a copy of the reminders and keeps it only if the work
 * succeeds. The shared repositories (outbox, audit) write to `tables`.
 */
/** These specs are about freshness: no unit has followers (订阅 is tested over HTTP, test/api/subscriptions.e2e-spec.ts). */
const noFollowers: NoticeRepositories['subscriptions'] = { subscriberIds: async () => [] };

class InMemoryNoticeStore extends Store<NoticeRepositories> {
  readonly tables = emptyTables();
  units: Agency[] = [];
  rows: Array<Pick<Notice, 'id' | 'agencyId' | 'section' | 'status' | 'publishedAt'>> = [];
  reminderRows: Array<Omit<NoticeReminder, 'id'>> = [];

  get repositories(): Repositories<NoticeRepositories> {
    return { ...sharedOn(this.tables), notices: this.notices, reminders: this.remindersOver(this.reminderRows), subscriptions: noFollowers };
  }

  private get notices(): NoticeRepositories['notices'] {
    return {
      page: notUsed,
      findForAgency: notUsed,
      findPublic: notUsed,
      publishedOfUnit: notUsed,
      insert: notUsed,
      updateIfUnchanged: notUsed,
      findActiveUnit: notUsed,
      authorNames: notUsed,
      activeUnits: async (industry) => this.units.filter((unit) => unit.active && (!industry || unit.industry === industry)),
      newestPublished: async (unitIds) => {
        const newest = new Map<string, NewestNotice>();
        for (const notice of this.rows.filter((n) => n.status === 'published' && unitIds.includes(n.agencyId))) {
          const key = `${notice.agencyId}:${notice.section}`;
          const seen = newest.get(key);
          if (!seen || seen.lastPublishedAt! < notice.publishedAt)
            newest.set(key, { agencyId: notice.agencyId, section: notice.section, lastPublishedAt: notice.publishedAt });
        }
        return [...newest.values()];
      },
      publishedCounts: async (start, end) => {
        const counts = new Map<string, PublishedCount>();
        for (const notice of this.rows.filter((n) => n.status === 'published' && n.publishedAt >= start && n.publishedAt < end)) {
          const key = `${notice.agencyId}:${notice.section}`;
          const name = this.units.find((unit) => unit.id === notice.agencyId)!.name;
          const row = counts.get(key) ?? { agencyId: notice.agencyId, agencyName: name, section: notice.section, count: 0 };
          row.count += 1;
          counts.set(key, row);
        }
        return [...counts.values()].sort((a, b) => a.agencyId - b.agencyId || a.section.localeCompare(b.section));
      },
    };
  }

  async transaction<T>(work: (tx: Repositories<NoticeRepositories>) => Promise<T>): Promise<T> {
    const copy = this.reminderRows.map((row) => ({ ...row }));
    const result = await work({ ...sharedOn(this.tables), notices: this.notices, reminders: this.remindersOver(copy), subscriptions: noFollowers });
    this.reminderRows = copy;
    return result;
  }

  protected remindersOver(rows: Array<Omit<NoticeReminder, 'id'>>): NoticeRepositories['reminders'] {
    return {
      remindedAt: async (keys) => new Map(rows.filter((row) => keys.includes(row.periodKey)).map((row) => [row.periodKey, row.remindedAt])),
      insert: async (reminder) => {
        // As the unique index on periodKey answers on SQLite.
        if (rows.some((row) => row.periodKey === reminder.periodKey)) throw Object.assign(new Error('UNIQUE'), { code: 'SQLITE_CONSTRAINT_UNIQUE' });
        rows.push({ ...reminder });
      },
    };
  }
}

/** Another instance recorded the reminder after this one looked: the look finds nothing, the insert hits the key. */
class RacingNoticeStore extends InMemoryNoticeStore {
  protected remindersOver(rows: Array<Omit<NoticeReminder, 'id'>>): NoticeRepositories['reminders'] {
    return { ...super.remindersOver(rows), remindedAt: async () => new Map() };
  }
}

function unit(id: number, name: string): Agency {
  return { id, name, kind: 'public_enterprise', industry: 'water_supply', active: true, sortOrder: id } as unknown as Agency;
}

let nextId = 1;
function published(agencyId: number, section: NoticeSection, daysAgo: number): InMemoryNoticeStore['rows'][number] {
  return { id: nextId++, agencyId, section, status: 'published', publishedAt: new Date(NOW.getTime() - daysAgo * DAY) };
}

function setUp(store = new InMemoryNoticeStore()) {
  store.units = [unit(1, '临溪水务'), unit(2, '临溪公交')];
  const config = { get: () => RULES } as unknown as ConfigService<AppConfig, true>;
  // What the reminders queued and audited, through the transaction's shared outbox and audit trail.
  const queued = store.tables.outbox;
  const audited = store.tables.audit;
  const freshness = new NoticeFreshnessService(store, config);
  return {
    store,
    queued,
    audited,
    freshness,
    scheduler: new NoticeReminderScheduler(store, freshness),
    stats: new NoticeStatsService(store, freshness),
  };
}

describe('notice services over in-memory repositories', () => {
  it('reminds each stale unit-section once per stale period, with one outbox item and one audit row each', async () => {
    const { store, scheduler, queued, audited } = setUp();
    store.rows = [
      published(1, 'announcements', 20), // stale (14 days)
      published(1, 'services', 10), // fresh
      published(1, 'rules', 170), // due within 10 days, not stale
      published(2, 'announcements', 2),
      published(2, 'services', 200), // stale
      published(2, 'rules', 1),
    ];
    expect(await scheduler.runOnce(NOW)).toBe(2);
    expect(queued.map((item) => item.recipientId).sort()).toEqual([1, 2]);
    expect(JSON.parse(queued.find((item) => item.recipientId === 1)!.payload)).toMatchObject({ kind: NotificationKind.NoticeStale, subject: null });
    expect(audited).toEqual([
      expect.objectContaining({ action: AuditAction.NoticeStaleReminded, objectId: '1', reason: 'announcements' }),
      expect.objectContaining({ action: AuditAction.NoticeStaleReminded, objectId: '2', reason: 'services' }),
    ]);

    // The same periods are not reminded again, however often the scan runs.
    expect(await scheduler.runOnce(NOW)).toBe(0);
    expect(await scheduler.runOnce(new Date(NOW.getTime() + DAY))).toBe(0);
    expect(queued).toHaveLength(2);
  });

  it('starts a new stale period when a newer notice goes stale again, and reminds that one', async () => {
    const { store, scheduler } = setUp();
    store.units = [unit(1, '临溪水务')];
    store.rows = [published(1, 'announcements', 15), published(1, 'services', 1), published(1, 'rules', 1)];
    expect(await scheduler.runOnce(NOW)).toBe(1);
    store.rows.push(published(1, 'announcements', 0));
    expect(await scheduler.runOnce(NOW)).toBe(0);
    expect(await scheduler.runOnce(new Date(NOW.getTime() + 14 * DAY))).toBe(1);
    expect(store.reminderRows.map((row) => row.periodKey)).toHaveLength(2);
  });

  it('queues nothing, and keeps nothing half-written, when another scan recorded the period between the look and the insert', async () => {
    const { store, scheduler, queued, audited } = setUp(new RacingNoticeStore());
    store.units = [unit(1, '临溪水务')];
    store.rows = [published(1, 'announcements', 15), published(1, 'services', 1), published(1, 'rules', 1)];
    expect(await scheduler.runOnce(NOW)).toBe(1);
    expect(await scheduler.runOnce(NOW)).toBe(0);
    expect(queued).toHaveLength(1);
    expect(audited).toHaveLength(1);
    expect(store.reminderRows).toHaveLength(1);
  });

  it('shows on the board when each stale period was reminded, and filters by state', async () => {
    const { store, scheduler, freshness } = setUp();
    store.rows = [published(1, 'announcements', 20), published(1, 'services', 1), published(1, 'rules', 1)];
    await scheduler.runOnce(NOW);
    const board = await freshness.board({ state: 'stale' }, NOW);
    const water = board.units.find((u) => u.agencyId === 1)!;
    expect(water.sections.find((s) => s.section === 'announcements')).toMatchObject({ state: 'stale', daysSinceUpdate: 20, remindedAt: NOW.toISOString() });
    expect(water.sections.find((s) => s.section === 'services')).toMatchObject({ state: 'fresh', remindedAt: null });
    // 临溪公交 has no notice at all: stale in every section, and listed.
    expect(board.units.find((u) => u.agencyId === 2)?.sections.map((s) => s.state)).toEqual(['stale', 'stale', 'stale']);
    expect((await freshness.board({ state: 'due_soon' }, NOW)).units).toEqual([]);
  });

  it('counts published notices per unit and section in the period, and lists the stale unit-sections now', async () => {
    const { store, stats } = setUp();
    store.rows = [
      published(1, 'announcements', 1),
      published(1, 'announcements', 2),
      published(1, 'rules', 3),
      published(2, 'services', 4),
      { ...published(2, 'services', 4), status: 'withdrawn' },
      published(2, 'services', 40), // before the period
    ];
    const figures = await stats.figures({ from: '2026-11-10', to: '2026-11-20' }, NOW);
    expect(figures.publishedTotal).toBe(4);
    expect(figures.byUnit).toEqual([
      { agencyId: 1, agencyName: '临溪水务', counts: { announcements: 2, services: 0, rules: 1 }, total: 3 },
      { agencyId: 2, agencyName: '临溪公交', counts: { announcements: 0, services: 1, rules: 0 }, total: 1 },
    ]);
    expect(figures.staleNow.map((row) => `${row.agencyId}:${row.section}`)).toEqual(['1:services', '2:announcements', '2:rules']);
  });
});
