import { In, LessThan, LessThanOrEqual, type EntityManager } from 'typeorm';
import { Citizen } from '../citizens/citizen.entity';
import { OutboxItem, type OutboxKind } from './outbox-item.entity';

export type OutboxStatus = OutboxItem['status'];

/** Items of the outbox (docs/security.md §19) and their delivery states, read and written through one EntityManager. */
export class OutboxRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Queues one item per recipient (a 便民公告 to every follower), each once per dedupeKey, in one statement per chunk. */
  async enqueueEach(kind: OutboxKind, items: ReadonlyArray<{ dedupeKey: string; recipientId: number; payload: unknown }>, now = new Date()): Promise<void> {
    for (let start = 0; start < items.length; start += 500) {
      const values = items.slice(start, start + 500).map(({ dedupeKey, recipientId, payload }) => ({
        kind,
        dedupeKey,
        recipientId,
        payload: JSON.stringify(payload),
        status: 'pending' as const,
        attempts: 0,
        nextAttemptAt: now,
        createdAt: now,
      }));
      await this.manager.createQueryBuilder().insert().into(OutboxItem).values(values).orIgnore().execute();
    }
  }

  /** Queues once per dedupeKey: a second enqueue of the same event is ignored. */
  async enqueue(kind: OutboxKind, dedupeKey: string, recipientId: number, payload: unknown, now = new Date()): Promise<void> {
    await this.manager
      .createQueryBuilder()
      .insert()
      .into(OutboxItem)
      .values({ kind, dedupeKey, recipientId, payload: JSON.stringify(payload), status: 'pending', attempts: 0, nextAttemptAt: now, createdAt: now })
      .orIgnore()
      .execute();
  }

  /** Pending items whose next attempt has come, oldest first. */
  findDue(now: Date, limit = 50): Promise<OutboxItem[]> {
    return this.manager.find(OutboxItem, { where: { status: 'pending', nextAttemptAt: LessThanOrEqual(now) }, order: { id: 'ASC' }, take: limit });
  }

  findById(id: number): Promise<OutboxItem | null> {
    return this.manager.findOneBy(OutboxItem, { id });
  }

  listWithStatus(statuses: readonly OutboxStatus[], limit = 200): Promise<OutboxItem[]> {
    return this.manager.find(OutboxItem, { where: { status: In([...statuses]) }, order: { id: 'DESC' }, take: limit });
  }

  /** Takes a pending item for one worker until `until`, counting the attempt; false when another worker has it. */
  async claim(id: number, until: Date): Promise<boolean> {
    const result = await this.manager
      .createQueryBuilder()
      .update(OutboxItem)
      .set({ status: 'sending', claimedUntil: until, attempts: () => 'attempts + 1' })
      .where('id = :id AND status = :pending', { id, pending: 'pending' })
      .execute();
    return result.affected === 1;
  }

  async markSent(id: number, at: Date): Promise<void> {
    await this.manager.update(OutboxItem, id, { status: 'sent', sentAt: at, claimedUntil: null });
  }

  /**
   * Finished without being sent: `skipped` (nothing to send it with, as intended), `failed` (refused for good), `dead`
   * (gave up) or `unknown` (may have been delivered).
   */
  async markUnsent(id: number, status: 'skipped' | 'failed' | 'dead' | 'unknown', lastError: string): Promise<void> {
    await this.manager.update(OutboxItem, id, { status, lastError, claimedUntil: null });
  }

  /** Back to pending, tried again at `at`. */
  async scheduleRetry(id: number, lastError: string, at: Date): Promise<void> {
    await this.manager.update(OutboxItem, id, { status: 'pending', lastError, claimedUntil: null, nextAttemptAt: at });
  }

  /** The office resends by hand: pending now, with a fresh count of attempts. */
  async resend(id: number, now: Date): Promise<void> {
    await this.manager.update(OutboxItem, id, { status: 'pending', attempts: 0, nextAttemptAt: now, claimedUntil: null, lastError: null });
  }

  /** Items of `kind` whose worker's claim ran out before `now` become `status`. */
  async buryAbandoned(now: Date, kind: OutboxKind, status: 'dead' | 'unknown', lastError: string): Promise<void> {
    await this.manager.update(OutboxItem, { status: 'sending', claimedUntil: LessThan(now), kind }, { status, lastError, claimedUntil: null });
  }

  /** The WeChat openid a citizen notice goes to. */
  async citizenOpenid(citizenId: number): Promise<string> {
    return (await this.manager.findOneByOrFail(Citizen, { id: citizenId })).openid;
  }
}
