import { Injectable } from '@nestjs/common';
import { AuditAction, CreateNoticeRequest, ErrorCode, Page, StaffNoticeQuery, StaffNoticeView, UpdateNoticeRequest } from '@weimin/contracts';
import { agencyScopeOf, StaffCaller } from '../auth/staff-principal';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import type { Repositories } from '../database/unit-of-work';
import { allowedNoticeActions, assertNoticeStep } from './notice-transitions';
import type { Notice } from './notice.entity';
import { NoticeRepositories, NoticeStore } from './notice.store';
import { toStaffNoticeView } from './notices.mapper';

/**
 * Notices in the console: a unit's staff publish, edit and withdraw their own unit's; the office reads everyone's.
 * Another unit's notice is 404 (docs/security.md §8); who may do what is notice-transitions.ts. Every change is audited
 * in its transaction.
 */
@Injectable()
export class NoticesAdminService {
  constructor(
    private readonly store: NoticeStore,
    private readonly clock: Clock,
  ) {}

  /** Agency roles see their own agency's notices only: a department's staff find none (only units publish). */
  async list(caller: StaffCaller, query: StaffNoticeQuery): Promise<Page<StaffNoticeView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const { items, total } = await this.store.repositories.notices.page({
      scope: agencyScopeOf(caller),
      agencyId: query.agencyId,
      section: query.section,
      status: query.status,
      limit: pageSize,
      offset: (page - 1) * pageSize,
    });
    return { items: await this.views(caller, items), total, page, pageSize };
  }

  async get(caller: StaffCaller, id: number): Promise<StaffNoticeView> {
    const notice = await this.findVisible(this.store.repositories.notices, caller, id);
    return (await this.views(caller, [notice]))[0];
  }

  async create(caller: StaffCaller, request: CreateNoticeRequest): Promise<StaffNoticeView> {
    assertNoticeStep('publish', { agencyId: caller.agencyId, status: 'published' }, caller);
    const bodyHtml = cleanBody(request.bodyHtml);
    const validity = checkValidity(request.validFrom ?? null, request.validUntil ?? null);
    const id = await this.store.transaction(async ({ notices, audit, outbox, subscriptions }) => {
      const now = this.clock.now();
      const created = await notices.insert({
        agencyId: caller.agencyId,
        section: request.section,
        title: request.title,
        bodyHtml,
        ...validity,
        status: 'published',
        publishedAt: now,
        updatedAt: now,
        authorId: caller.id,
        updatedBy: caller.id,
      });
      await audit.recordStaff(caller, { action: AuditAction.NoticePublished, objectType: 'notice', objectId: created });
      if (request.section === 'announcements') await this.queueForFollowers(notices, outbox, subscriptions, created, now);
      return created;
    });
    return this.get(caller, id);
  }

  async update(caller: StaffCaller, id: number, request: UpdateNoticeRequest): Promise<StaffNoticeView> {
    if (Object.values(request).every((value) => value === undefined)) throw new DomainException(ErrorCode.ValidationFailed, '没有要修改的内容', []);
    await this.store.transaction(async ({ notices, audit }) => {
      const notice = await this.findVisible(notices, caller, id);
      assertNoticeStep('edit', notice, caller);
      const changes: Partial<Notice> = { updatedAt: this.clock.now(), updatedBy: caller.id };
      if (request.section !== undefined) changes.section = request.section;
      if (request.title !== undefined) changes.title = request.title;
      if (request.bodyHtml !== undefined) changes.bodyHtml = cleanBody(request.bodyHtml);
      const validFrom = request.validFrom === undefined ? notice.validFrom : request.validFrom === null ? null : new Date(request.validFrom);
      const validUntil = request.validUntil === undefined ? notice.validUntil : request.validUntil === null ? null : new Date(request.validUntil);
      Object.assign(changes, checkValidity(validFrom?.toISOString() ?? null, validUntil?.toISOString() ?? null));
      await this.save(notices, notice, changes);
      await audit.recordStaff(caller, { action: AuditAction.NoticeUpdated, objectType: 'notice', objectId: id });
    });
    return this.get(caller, id);
  }

  async withdraw(caller: StaffCaller, id: number, reason: string): Promise<StaffNoticeView> {
    await this.store.transaction(async ({ notices, audit }) => {
      const notice = await this.findVisible(notices, caller, id);
      assertNoticeStep('withdraw', notice, caller);
      const now = this.clock.now();
      await this.save(notices, notice, { status: 'withdrawn', withdrawnAt: now, withdrawReason: reason, updatedAt: now, updatedBy: caller.id });
      await audit.recordStaff(caller, { action: AuditAction.NoticeWithdrawn, objectType: 'notice', objectId: id, reason });
    });
    return this.get(caller, id);
  }

  /** Applies the change only if nobody changed the notice meanwhile. */
  /**
   * 订阅: a 便民公告 is queued, in its publishing transaction, once for every citizen following the unit; the outbox
   * sends it to those who hold a grant. Only publishing does this: an edit (even one that moves a notice into 便民公告)
   * sends nothing, and a withdrawn notice cannot come back (a correction is a new notice, which is sent).
   */
  private async queueForFollowers(
    notices: NoticeRepositories['notices'],
    outbox: Repositories<NoticeRepositories>['outbox'],
    subscriptions: NoticeRepositories['subscriptions'],
    id: number,
    now: Date,
  ): Promise<void> {
    const notice = (await notices.findForAgency(id, undefined))!;
    const followers = await subscriptions.subscriberIds(notice.agencyId);
    if (followers.length === 0) return;
    const payload = { agencyId: notice.agencyId, unit: notice.agency?.name ?? '', title: notice.title, page: `packages/units/pages/notice/index?id=${id}` };
    await outbox.enqueueEach(
      'citizen_announcement',
      followers.map((citizenId) => ({ dedupeKey: `announcement:${id}:${citizenId}`, recipientId: citizenId, payload })),
      now,
    );
  }

  private async save(notices: NoticeRepositories['notices'], notice: Notice, changes: Partial<Notice>): Promise<void> {
    if (!(await notices.updateIfUnchanged(notice, changes))) throw new DomainException(ErrorCode.NoticeChangedMeanwhile, '该信息刚被他人修改过，请刷新后再试');
  }

  private async findVisible(notices: NoticeRepositories['notices'], caller: StaffCaller, id: number): Promise<Notice> {
    const notice = await notices.findForAgency(id, agencyScopeOf(caller));
    if (!notice) throw DomainException.notFound('信息');
    return notice;
  }

  private async views(caller: StaffCaller, rows: Notice[]): Promise<StaffNoticeView[]> {
    const names = await this.store.repositories.notices.authorNames(rows.map((row) => row.authorId));
    const now = this.clock.now();
    return rows.map((row) =>
      toStaffNoticeView(row, row.agency?.name ?? '', row.authorId === null ? null : (names.get(row.authorId) ?? null), allowedNoticeActions(row, caller), now),
    );
  }
}

/** What a MySQL TEXT column holds, in bytes. */
const BODY_MAX_BYTES = 65_535;

/** docs/security.md §14: sanitised on write; nothing left after sanitising is an empty body (400). */
function cleanBody(html: string): string {
  const clean = sanitizeRichText(html);
  if (!textOf(clean)) throw new DomainException(ErrorCode.ValidationFailed, '正文不能为空', [{ field: 'bodyHtml', messages: ['正文不能为空'] }]);
  // Links gain rel/target when cleaned: the stored form, not the input, must fit.
  if (Buffer.byteLength(clean) > BODY_MAX_BYTES)
    throw new DomainException(ErrorCode.ValidationFailed, '正文过长', [{ field: 'bodyHtml', messages: ['正文过长'] }]);
  return clean;
}

function checkValidity(validFrom: string | null, validUntil: string | null): Pick<Notice, 'validFrom' | 'validUntil'> {
  const from = validFrom === null ? null : new Date(validFrom);
  const until = validUntil === null ? null : new Date(validUntil);
  if (from && until && until.getTime() < from.getTime()) {
    throw new DomainException(ErrorCode.ValidationFailed, '有效期结束时间不能早于开始时间', [
      { field: 'validUntil', messages: ['有效期结束时间不能早于开始时间'] },
    ]);
  }
  return { validFrom: from, validUntil: until };
}
