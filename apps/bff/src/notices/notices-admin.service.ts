import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AgencyKind, AuditAction, CreateNoticeRequest, ErrorCode, Page, StaffNoticeQuery, StaffNoticeView, UpdateNoticeRequest } from '@weimin/contracts';
import { DataSource, EntityManager, In } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { agencyScopeOf, seesAllAgencies, StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { sanitizeRichText, textOf } from '../common/text/rich-text';
import { StaffAccount } from '../staff/staff-account.entity';
import { Notice } from './notice.entity';
import { toStaffNoticeView } from './notices.mapper';

/**
 * Notices in the console: a unit's staff publish, edit and withdraw their own unit's; the office reads everyone's.
 * Another unit's notice is 404 (docs/security.md §8). Every change is audited in its transaction.
 */
@Injectable()
export class NoticesAdminService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Agency roles see their own agency's notices only: a department's staff find none (only units publish). */
  async list(caller: StaffCaller, query: StaffNoticeQuery): Promise<Page<StaffNoticeView>> {
    const page = query.page ?? 1;
    const pageSize = query.pageSize ?? 20;
    const builder = this.dataSource.getRepository(Notice).createQueryBuilder('notice').innerJoinAndSelect('notice.agency', 'agency');
    const scope = agencyScopeOf(caller);
    if (scope !== undefined) builder.andWhere('notice.agencyId = :scope', { scope });
    if (query.agencyId) builder.andWhere('notice.agencyId = :agencyId', { agencyId: query.agencyId });
    if (query.section) builder.andWhere('notice.section = :section', { section: query.section });
    if (query.status) builder.andWhere('notice.status = :status', { status: query.status });
    const [rows, total] = await builder
      .orderBy('notice.publishedAt', 'DESC')
      .addOrderBy('notice.id', 'DESC')
      .skip((page - 1) * pageSize)
      .take(pageSize)
      .getManyAndCount();
    return { items: await this.views(this.dataSource.manager, caller, rows), total, page, pageSize };
  }

  async get(caller: StaffCaller, id: number): Promise<StaffNoticeView> {
    const notice = await this.findVisible(this.dataSource.manager, caller, id);
    return (await this.views(this.dataSource.manager, caller, [notice]))[0];
  }

  async create(caller: StaffCaller, request: CreateNoticeRequest): Promise<StaffNoticeView> {
    this.assertPublisher(caller);
    const bodyHtml = cleanBody(request.bodyHtml);
    const validity = checkValidity(request.validFrom ?? null, request.validUntil ?? null);
    const id = await this.dataSource.transaction(async (manager) => {
      const now = new Date();
      const { identifiers } = await manager.insert(Notice, {
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
      const created = Number(identifiers[0].id);
      await this.audit.recordStaff(manager, caller, { action: AuditAction.NoticePublished, objectType: 'notice', objectId: created });
      return created;
    });
    return this.get(caller, id);
  }

  async update(caller: StaffCaller, id: number, request: UpdateNoticeRequest): Promise<StaffNoticeView> {
    if (Object.values(request).every((value) => value === undefined)) throw new DomainException(ErrorCode.ValidationFailed, '没有要修改的内容', []);
    await this.dataSource.transaction(async (manager) => {
      const notice = await this.findVisible(manager, caller, id);
      if (notice.status !== 'published') throw new DomainException(ErrorCode.Conflict, '已撤回的信息不能修改');
      const changes: Partial<Notice> = { updatedAt: new Date(), updatedBy: caller.id };
      if (request.section !== undefined) changes.section = request.section;
      if (request.title !== undefined) changes.title = request.title;
      if (request.bodyHtml !== undefined) changes.bodyHtml = cleanBody(request.bodyHtml);
      const validFrom = request.validFrom === undefined ? notice.validFrom : request.validFrom === null ? null : new Date(request.validFrom);
      const validUntil = request.validUntil === undefined ? notice.validUntil : request.validUntil === null ? null : new Date(request.validUntil);
      Object.assign(changes, checkValidity(validFrom?.toISOString() ?? null, validUntil?.toISOString() ?? null));
      await this.save(manager, notice, changes);
      await this.audit.recordStaff(manager, caller, { action: AuditAction.NoticeUpdated, objectType: 'notice', objectId: id });
    });
    return this.get(caller, id);
  }

  async withdraw(caller: StaffCaller, id: number, reason: string): Promise<StaffNoticeView> {
    await this.dataSource.transaction(async (manager) => {
      const notice = await this.findVisible(manager, caller, id);
      if (notice.status !== 'published') throw new DomainException(ErrorCode.Conflict, '该信息已撤回');
      const now = new Date();
      await this.save(manager, notice, { status: 'withdrawn', withdrawnAt: now, withdrawReason: reason, updatedAt: now, updatedBy: caller.id });
      await this.audit.recordStaff(manager, caller, { action: AuditAction.NoticeWithdrawn, objectType: 'notice', objectId: id, reason });
    });
    return this.get(caller, id);
  }

  /** Applies the change only if nobody changed the notice meanwhile. */
  private async save(manager: EntityManager, notice: Notice, changes: Partial<Notice>): Promise<void> {
    const result = await manager
      .createQueryBuilder()
      .update(Notice)
      .set(changes)
      .where('id = :id AND version = :version', { id: notice.id, version: notice.version })
      .execute();
    if (result.affected !== 1) throw new DomainException(ErrorCode.Conflict, '该信息刚被他人修改过，请刷新后再试');
  }

  private assertPublisher(caller: StaffCaller): void {
    if (caller.agencyKind !== AgencyKind.PublicEnterprise) throw new DomainException(ErrorCode.Forbidden, '只有公共企事业单位发布信息');
  }

  private async findVisible(manager: EntityManager, caller: StaffCaller, id: number): Promise<Notice> {
    const scope = agencyScopeOf(caller);
    const notice = await manager.findOne(Notice, { where: { id, ...(scope !== undefined && { agencyId: scope }) }, relations: { agency: true } });
    if (!notice) throw DomainException.notFound('信息');
    return notice;
  }

  private async views(manager: EntityManager, caller: StaffCaller, rows: Notice[]): Promise<StaffNoticeView[]> {
    const authorIds = [...new Set(rows.map((row) => row.authorId).filter((id): id is number => id !== null))];
    const authors = authorIds.length ? await manager.find(StaffAccount, { where: { id: In(authorIds) }, select: { id: true, displayName: true } }) : [];
    const names = new Map(authors.map((author) => [author.id, author.displayName]));
    const now = new Date();
    return rows.map((row) => {
      const own = row.agencyId === caller.agencyId && caller.agencyKind === AgencyKind.PublicEnterprise && !seesAllAgencies(caller);
      const actions: StaffNoticeView['allowedActions'] = own && row.status === 'published' ? ['edit', 'withdraw'] : [];
      return toStaffNoticeView(row, row.agency?.name ?? '', row.authorId === null ? null : (names.get(row.authorId) ?? null), actions, now);
    });
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
