import { Injectable } from '@nestjs/common';
import { AuditAction, NOTICE_SECTION_LABELS, NotificationKind } from '@weimin/contracts';
import { isUniqueViolation } from '../common/errors/unique-violation';
import type { StaffNotice } from '../outbox/outbox.service';
import { NoticeFreshnessService, UnitSection } from './notice-freshness.service';
import { NoticeStore } from './notice.store';

/**
 * Update reminders (信息定期更新提示): each stale unit-section's staff get one console notification per stale period.
 * Safe with several BFF instances: the reminder row's unique `periodKey` is inserted in the same transaction as the
 * outbox item, so a second scan (here or in another instance) fails on the key and queues nothing.
 */
@Injectable()
export class NoticeReminderScheduler {
  constructor(
    private readonly store: NoticeStore,
    private readonly freshness: NoticeFreshnessService,
  ) {}

  /** Returns how many reminders this run queued. */
  async runOnce(now = new Date()): Promise<number> {
    const stale = (await this.freshness.unitSections(now)).filter((row) => row.periodKey !== null);
    if (stale.length === 0) return 0;
    const done = await this.store.repositories.reminders.remindedAt(stale.map((row) => row.periodKey!));
    let count = 0;
    for (const row of stale.filter((candidate) => !done.has(candidate.periodKey!))) {
      if (await this.remind(row, now)) count += 1;
    }
    return count;
  }

  private async remind(row: UnitSection, now: Date): Promise<boolean> {
    const periodKey = row.periodKey!;
    const label = NOTICE_SECTION_LABELS[row.section];
    const text =
      row.freshness.daysSinceUpdate === null
        ? `「${label}」栏目尚未发布任何信息，请及时更新`
        : `「${label}」栏目已${row.freshness.daysSinceUpdate}天未更新（要求${this.freshness.rules.staleDays[row.section]}天内更新），请及时发布`;
    try {
      await this.store.transaction(async ({ reminders, outbox, audit }) => {
        await reminders.insert({
          periodKey,
          agencyId: row.agencyId,
          section: row.section,
          lastPublishedAt: row.lastPublishedAt,
          remindedAt: now,
        });
        // About the unit's own sections, no single item: the console links it to 信息公开.
        await outbox.enqueue('staff_notice', `notice-stale:${periodKey}`, row.agencyId, {
          kind: NotificationKind.NoticeStale,
          subject: null,
          text,
        } satisfies StaffNotice);
        await audit.recordSystem({
          action: AuditAction.NoticeStaleReminded,
          objectType: 'agency',
          objectId: row.agencyId,
          agencyId: row.agencyId,
          reason: row.section,
        });
      });
      return true;
    } catch (error) {
      // Another scan reminded this period first.
      if (isUniqueViolation(error)) return false;
      throw error;
    }
  }
}
