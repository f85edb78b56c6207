import type { NoticeSummary, NoticeView, StaffNoticeView } from '@weimin/contracts';
import type { Notice } from './notice.entity';

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** An announcement whose validity period is over (已过期). */
export function isExpired(notice: Pick<Notice, 'validUntil'>, now: Date): boolean {
  return notice.validUntil !== null && notice.validUntil.getTime() < now.getTime();
}

export function toNoticeSummary(notice: Notice, now: Date): NoticeSummary {
  return {
    id: notice.id,
    section: notice.section,
    title: notice.title,
    publishedAt: notice.publishedAt.toISOString(),
    validFrom: iso(notice.validFrom),
    validUntil: iso(notice.validUntil),
    expired: isExpired(notice, now),
  };
}

export function toNoticeView(notice: Notice, agencyName: string, now: Date): NoticeView {
  return { ...toNoticeSummary(notice, now), agencyId: notice.agencyId, agencyName, bodyHtml: notice.bodyHtml, updatedAt: notice.updatedAt.toISOString() };
}

export function toStaffNoticeView(
  notice: Notice,
  agencyName: string,
  authorName: string | null,
  allowedActions: StaffNoticeView['allowedActions'],
  now: Date,
): StaffNoticeView {
  return {
    ...toNoticeView(notice, agencyName, now),
    status: notice.status,
    withdrawnAt: iso(notice.withdrawnAt),
    withdrawReason: notice.withdrawReason,
    authorName,
    allowedActions,
  };
}
