import type { Industry } from './agencies';

/**
 * 公共企事业单位信息公开 (docs/domain.md §2): every unit publishes under three sections.
 * rules 公开制度 · announcements 便民公告 (outages, timetable changes) · services 公共服务.
 */
export const NoticeSection = {
  Rules: 'rules',
  Announcements: 'announcements',
  Services: 'services',
} as const;
export type NoticeSection = (typeof NoticeSection)[keyof typeof NoticeSection];

/** In the order units show them. */
export const NOTICE_SECTIONS: readonly NoticeSection[] = ['announcements', 'services', 'rules'];

export const NOTICE_SECTION_LABELS: Record<NoticeSection, string> = {
  rules: '公开制度',
  announcements: '便民公告',
  services: '公共服务',
};

export const NoticeStatus = {
  Published: 'published',
  Withdrawn: 'withdrawn',
} as const;
export type NoticeStatus = (typeof NoticeStatus)[keyof typeof NoticeStatus];

export const NOTICE_STATUS_LABELS: Record<NoticeStatus, string> = {
  published: '已发布',
  withdrawn: '已撤回',
};

// ── Public reads ─────────────────────────────────────────────────────────────

export interface NoticeSummary {
  id: number;
  section: NoticeSection;
  title: string;
  publishedAt: string;
  /** Validity of an outage-style announcement (ISO instants), when it has one. */
  validFrom: string | null;
  validUntil: string | null;
  /** The validity period is over (shown as 已过期). */
  expired: boolean;
}

export interface NoticeView extends NoticeSummary {
  agencyId: number;
  agencyName: string;
  /** Sanitised on write (docs/security.md §14). */
  bodyHtml: string;
  updatedAt: string;
}

export interface UnitNoticeSection {
  section: NoticeSection;
  /** Published notices, current ones first (newest first), then expired ones. */
  notices: NoticeSummary[];
}

/** A unit's page: its three sections in NOTICE_SECTIONS order. */
export interface UnitNoticesView {
  agencyId: number;
  sections: UnitNoticeSection[];
}

// ── Console ──────────────────────────────────────────────────────────────────

export interface StaffNoticeQuery {
  section?: NoticeSection;
  status?: NoticeStatus;
  /** Office roles only narrow by it; a unit's staff always see their own unit's. */
  agencyId?: number;
  page?: number;
  pageSize?: number;
}

export interface StaffNoticeView extends NoticeView {
  status: NoticeStatus;
  withdrawnAt: string | null;
  withdrawReason: string | null;
  authorName: string | null;
  /** What the caller may do with it: 'edit', 'withdraw'. */
  allowedActions: Array<'edit' | 'withdraw'>;
}

export interface CreateNoticeRequest {
  section: NoticeSection;
  title: string;
  /** Rich text; the BFF sanitises it. */
  bodyHtml: string;
  validFrom?: string | null;
  validUntil?: string | null;
}

export type UpdateNoticeRequest = Partial<CreateNoticeRequest>;

export interface WithdrawNoticeRequest {
  reason: string;
}

// ── Freshness (信息定期更新提示) ────────────────────────────────────────────

/** fresh · due_soon: a few days before the threshold · stale: not updated within the section's threshold. */
export const FreshnessState = {
  Fresh: 'fresh',
  DueSoon: 'due_soon',
  Stale: 'stale',
} as const;
export type FreshnessState = (typeof FreshnessState)[keyof typeof FreshnessState];

export const FRESHNESS_STATE_LABELS: Record<FreshnessState, string> = {
  fresh: '正常',
  due_soon: '即将超期',
  stale: '超期未更新',
};

export interface SectionFreshness {
  section: NoticeSection;
  state: FreshnessState;
  /** Newest published notice of the section, or null when it has none. */
  lastPublishedAt: string | null;
  /** Calendar days (China time) since then; null when the section has no notice at all. */
  daysSinceUpdate: number | null;
  thresholdDays: number;
  /** When the unit's staff were reminded of the current stale period, if they were. */
  remindedAt: string | null;
}

export interface UnitFreshness {
  agencyId: number;
  agencyName: string;
  industry: Industry | null;
  sections: SectionFreshness[];
}

export interface FreshnessQuery {
  industry?: Industry;
  /** Units with at least one section in this state. */
  state?: FreshnessState;
}

export interface FreshnessBoardView {
  thresholds: Record<NoticeSection, number>;
  units: UnitFreshness[];
}

// ── Figures for the annual report (docs/domain.md §4) ────────────────────────────

export interface NoticeFiguresQuery {
  /** YYYY-MM-DD, China time, inclusive. */
  from: string;
  to: string;
}

export interface NoticeFigures {
  from: string;
  to: string;
  /** Notices published in the period and not withdrawn, per unit and section (sections with none left out). */
  published: Array<{ agencyId: number; agencyName: string; section: NoticeSection; count: number }>;
  /** Total of `published`. */
  publishedTotal: number;
  /** `published` as one row per unit, a count per section (0 where none) and the unit's total. */
  byUnit: Array<{ agencyId: number; agencyName: string; counts: Record<NoticeSection, number>; total: number }>;
  /** Unit-sections stale now. */
  staleNow: Array<{ agencyId: number; agencyName: string; section: NoticeSection; daysSinceUpdate: number | null }>;
}
