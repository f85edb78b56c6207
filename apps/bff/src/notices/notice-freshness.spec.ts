import { daysBetween, freshnessOf, type FreshnessRules } from './notice-freshness';

const rules: FreshnessRules = { staleDays: { announcements: 14, rules: 180, services: 180 }, dueSoonDays: 3 };
// 2026-12-01 10:00 in China.
const now = new Date('2026-12-01T02:00:00Z');
const chinaTime = (local: string) => new Date(`${local}+08:00`);

describe('daysBetween (calendar days, China time)', () => {
  it.each([
    ['2026-12-01T00:00:00', 0],
    ['2026-11-30T23:59:00', 1],
    ['2026-11-17T09:00:00', 14],
    ['2026-06-04T12:00:00', 180],
  ])('%s → %d days', (since, days) => {
    expect(daysBetween(chinaTime(since), now)).toBe(days);
  });

  it('never goes negative for a date after now', () => {
    expect(daysBetween(chinaTime('2026-12-05T00:00:00'), now)).toBe(0);
  });
});

describe('freshnessOf', () => {
  it('便民公告: fresh up to 10 days, due soon from 11, stale from 14', () => {
    expect(freshnessOf('announcements', chinaTime('2026-11-21T08:00:00'), now, rules)).toMatchObject({
      state: 'fresh',
      daysSinceUpdate: 10,
      stalePeriod: null,
    });
    expect(freshnessOf('announcements', chinaTime('2026-11-20T08:00:00'), now, rules)).toMatchObject({ state: 'due_soon', daysSinceUpdate: 11 });
    expect(freshnessOf('announcements', chinaTime('2026-11-18T08:00:00'), now, rules)).toMatchObject({ state: 'due_soon', daysSinceUpdate: 13 });
    expect(freshnessOf('announcements', chinaTime('2026-11-17T08:00:00'), now, rules)).toMatchObject({ state: 'stale', daysSinceUpdate: 14 });
  });

  it('公开制度 and 公共服务: 180 days', () => {
    expect(freshnessOf('rules', chinaTime('2026-06-05T08:00:00'), now, rules).state).toBe('due_soon');
    expect(freshnessOf('rules', chinaTime('2026-06-04T08:00:00'), now, rules).state).toBe('stale');
    expect(freshnessOf('services', chinaTime('2026-09-01T08:00:00'), now, rules).state).toBe('fresh');
    // 20 days old is stale for announcements but fresh for the half-yearly sections.
    expect(freshnessOf('announcements', chinaTime('2026-11-11T08:00:00'), now, rules).state).toBe('stale');
    expect(freshnessOf('services', chinaTime('2026-11-11T08:00:00'), now, rules).state).toBe('fresh');
  });

  it('a section without any notice is stale, with no day count', () => {
    expect(freshnessOf('services', null, now, rules)).toEqual({ state: 'stale', daysSinceUpdate: null, stalePeriod: 'services:none' });
  });

  it('names the stale period by the notice it went stale after: the same period on later days, a new one after a new notice', () => {
    const last = chinaTime('2026-11-01T08:00:00');
    const period = freshnessOf('announcements', last, now, rules).stalePeriod;
    expect(freshnessOf('announcements', last, new Date(now.getTime() + 5 * 86_400_000), rules).stalePeriod).toBe(period);
    const newer = chinaTime('2026-11-10T08:00:00');
    const later = new Date(now.getTime() + 30 * 86_400_000);
    expect(freshnessOf('announcements', newer, later, rules).stalePeriod).not.toBe(period);
  });

  it('honours other thresholds from configuration', () => {
    const weekly: FreshnessRules = { staleDays: { announcements: 7, rules: 30, services: 30 }, dueSoonDays: 0 };
    expect(freshnessOf('announcements', chinaTime('2026-11-25T08:00:00'), now, weekly).state).toBe('fresh');
    expect(freshnessOf('announcements', chinaTime('2026-11-24T08:00:00'), now, weekly).state).toBe('stale');
  });
});
