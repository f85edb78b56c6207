import type {
  ApplicantKind,
  DisclosureOutcome,
  DocumentCounts,
  LifeEventStage,
  MessageChannel,
  MessageStatus,
  NoticeSection,
  OrganisationKind,
  PolicyDocumentKind,
  RemedyKind,
  RemedyResult,
  ReportTextSection,
  Satisfaction,
} from '@weimin/contracts';
import { type EntityManager, In, IsNull, type SelectQueryBuilder } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { startOfChinaDay } from '../calendar/working-days';
import { DisclosureApplication } from '../disclosure/disclosure-application.entity';
import { DisclosureRemedy } from '../disclosure/disclosure-remedy.entity';
import { InterpretationStage } from '../interpretations/interpretation-stage.entity';
import { Interpretation } from '../interpretations/interpretation.entity';
import { PolicyDocument } from '../interpretations/policy-document.entity';
import { Message } from '../messages/message.entity';
import { Notice } from '../notices/notice.entity';
import { ReportManualFigure } from './report-manual-figure.entity';
import { ReportPublication } from './report-publication.entity';
import type { RemedySourceRow, TableThreeBucket, TableThreeSourceRow } from './report-tables';
import { ReportTextVersion } from './report-text.entity';

/** The report's year as the two bounds the queries use: China days for receipt, instants for the reply. */
export interface ReportYearBounds {
  firstDay: string;
  lastDay: string;
  /** 00:00 China time on 1 January, and on 1 January of the next year. */
  start: Date;
  end: Date;
}

export function yearBounds(year: number): ReportYearBounds {
  return { firstDay: `${year}-01-01`, lastDay: `${year}-12-31`, start: startOfChinaDay(`${year}-01-01`), end: startOfChinaDay(`${year + 1}-01-01`) };
}

interface GroupedRow {
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  outcome?: DisclosureOutcome | null;
  outcomeReason?: number | string | null;
  count: number | string;
}

/**
 * Read-only queries over 依申请公开's tables for table 三 and 四. The application's day of receipt (`receivedOn`,
 * YYYY-MM-DD China) places it in the year it came; `finishedAt` (the reply sent, or the application ended for want of a
 * 补正) is the day it was answered. Each bucket is one GROUP BY, so the report costs four indexed scans, not a row per
 * application.
 */
export class DisclosureReportQueries {
  constructor(private readonly manager: EntityManager) {}

  async tableThreeRows(bounds: ReportYearBounds, agencyId: number | null): Promise<TableThreeSourceRow[]> {
    const base = () => {
      const query = this.manager
        .createQueryBuilder(DisclosureApplication, 'a')
        .select('a.applicantKind', 'applicantKind')
        .addSelect('a.organisationKind', 'organisationKind')
        .addSelect('COUNT(*)', 'count')
        .groupBy('a.applicantKind')
        .addGroupBy('a.organisationKind');
      if (agencyId !== null) query.andWhere('a.agencyId = :agencyId', { agencyId });
      return query;
    };
    const unanswered = (query: SelectQueryBuilder<DisclosureApplication>, at: Date, name: string) =>
      query.andWhere(`(a.finishedAt IS NULL OR a.finishedAt >= :${name})`, { [name]: at });

    const received = base().andWhere('a.receivedOn >= :firstDay AND a.receivedOn <= :lastDay', bounds);
    const carriedOver = unanswered(base().andWhere('a.receivedOn < :firstDay', bounds), bounds.start, 'start');
    const carriedForward = unanswered(base().andWhere('a.receivedOn <= :lastDay', bounds), bounds.end, 'end');
    const finished = base()
      .addSelect('a.outcome', 'outcome')
      .addSelect('a.outcomeReason', 'outcomeReason')
      .andWhere('a.finishedAt >= :start AND a.finishedAt < :end', bounds)
      .addGroupBy('a.outcome')
      .addGroupBy('a.outcomeReason');

    const buckets: [TableThreeBucket, SelectQueryBuilder<DisclosureApplication>][] = [
      ['received', received],
      ['carried_over', carriedOver],
      ['finished', finished],
      ['carried_forward', carriedForward],
    ];
    const rows: TableThreeSourceRow[] = [];
    for (const [bucket, query] of buckets) {
      for (const row of await query.getRawMany<GroupedRow>()) {
        rows.push({
          bucket,
          applicantKind: row.applicantKind,
          organisationKind: row.organisationKind ?? null,
          outcome: row.outcome ?? null,
          outcomeReason: row.outcomeReason === null || row.outcomeReason === undefined ? null : Number(row.outcomeReason),
          count: Number(row.count),
        });
      }
    }
    return rows;
  }

  /** 信息处理费: the replies sent in the year (finishedAt) that charged one, and their sum in fen. */
  async processingFees(bounds: ReportYearBounds, agencyId: number | null): Promise<{ count: number; fen: number }> {
    const query = this.manager
      .createQueryBuilder(DisclosureApplication, 'a')
      .select('COUNT(*)', 'count')
      .addSelect('COALESCE(SUM(a.replyFeeFen), 0)', 'fen')
      .where('a.finishedAt >= :start AND a.finishedAt < :end', bounds)
      .andWhere('a.replyFeeFen > 0');
    if (agencyId !== null) query.andWhere('a.agencyId = :agencyId', { agencyId });
    const row = await query.getRawOne<{ count: number | string; fen: number | string }>();
    return { count: Number(row?.count ?? 0), fen: Number(row?.fen ?? 0) };
  }

  /** The 复议 and 诉讼 filed in the year (by their filing day), for the department's applications when one is named. */
  async remedyRows(bounds: ReportYearBounds, agencyId: number | null): Promise<RemedySourceRow[]> {
    const query = this.manager
      .createQueryBuilder(DisclosureRemedy, 'r')
      .select(['r.id AS id', 'r.applicationId AS applicationId', 'r.kind AS kind', 'r.result AS result', 'r.filedOn AS filedOn'])
      .where('r.filedOn >= :firstDay AND r.filedOn <= :lastDay', bounds);
    if (agencyId !== null) query.innerJoin(DisclosureApplication, 'a', 'a.id = r.applicationId').andWhere('a.agencyId = :agencyId', { agencyId });
    const rows = await query.getRawMany<{ id: number | string; applicationId: number | string; kind: RemedyKind; result: RemedyResult; filedOn: string }>();
    return rows.map((row) => ({ id: Number(row.id), applicationId: Number(row.applicationId), kind: row.kind, result: row.result, filedOn: row.filedOn }));
  }
}

/** A group of messages as the statistics count them (apps/bff/src/stats/message-figures.ts takes it from here). */
export interface MessageGroupRow {
  channel: MessageChannel;
  status: MessageStatus;
  rating: Satisfaction | null;
  messages: number;
  repliedOnTime: number;
  replyWorkdaysSum: number;
  replyWorkdaysCount: number;
  pastDue: number;
}

/** Read-only figures from the interpretations, notices, messages and policy documents of other features' tables. */
export class PublicationQueries {
  constructor(private readonly manager: EntityManager) {}

  /** Interpretations published in the year per stage (one published later withdrawn was published). */
  async interpretationsByStage(bounds: ReportYearBounds, agencyId: number | null): Promise<Map<LifeEventStage, number>> {
    const query = this.manager
      .createQueryBuilder(InterpretationStage, 's')
      .innerJoin(Interpretation, 'i', 'i.id = s.interpretationId')
      .select('s.stage', 'stage')
      .addSelect('COUNT(*)', 'count')
      .where("i.publishedAt >= :start AND i.publishedAt < :end AND i.status IN ('published', 'withdrawn')", bounds)
      .groupBy('s.stage');
    if (agencyId !== null) query.andWhere('i.agencyId = :agencyId', { agencyId });
    const rows = await query.getRawMany<{ stage: LifeEventStage; count: string | number }>();
    return new Map(rows.map((row) => [row.stage, Number(row.count)]));
  }

  async noticesBySection(bounds: ReportYearBounds, agencyId: number | null): Promise<Map<NoticeSection, number>> {
    const query = this.manager
      .createQueryBuilder(Notice, 'n')
      .select('n.section', 'section')
      .addSelect('COUNT(*)', 'count')
      .where("n.publishedAt >= :start AND n.publishedAt < :end AND n.status IN ('published', 'withdrawn')", bounds)
      .groupBy('n.section');
    if (agencyId !== null) query.andWhere('n.agencyId = :agencyId', { agencyId });
    const rows = await query.getRawMany<{ section: NoticeSection; count: string | number }>();
    return new Map(rows.map((row) => [row.section, Number(row.count)]));
  }

  /** Messages submitted in the year, grouped as the statistics group them. */
  async messageGroups(bounds: ReportYearBounds, agencyId: number | null, now: Date): Promise<MessageGroupRow[]> {
    const query = this.manager
      .createQueryBuilder(Message, 'm')
      .select('m.channel', 'channel')
      .addSelect('m.status', 'status')
      .addSelect('m.rating', 'rating')
      .addSelect('COUNT(*)', 'messages')
      .addSelect('SUM(CASE WHEN m.repliedAt <= m.dueAt THEN 1 ELSE 0 END)', 'repliedOnTime')
      .addSelect('SUM(m.replyWorkdays)', 'replyWorkdaysSum')
      .addSelect('COUNT(m.replyWorkdays)', 'replyWorkdaysCount')
      .addSelect('SUM(CASE WHEN m.dueAt < :now THEN 1 ELSE 0 END)', 'pastDue')
      .setParameter('now', now)
      .where('m.submittedAt >= :start AND m.submittedAt < :end', bounds)
      .groupBy('m.channel')
      .addGroupBy('m.status')
      .addGroupBy('m.rating');
    if (agencyId !== null) query.andWhere('m.assignedAgencyId = :agencyId', { agencyId });
    const rows = await query.getRawMany<Record<string, unknown>>();
    // MySQL answers SUM() as a DECIMAL string, SQLite as a number; SUM over no row is NULL.
    const number = (value: unknown) => Number(value ?? 0);
    return rows.map((row) => ({
      channel: row.channel as MessageChannel,
      status: row.status as MessageStatus,
      rating: (row.rating ?? null) as Satisfaction | null,
      messages: number(row.messages),
      repliedOnTime: number(row.repliedOnTime),
      replyWorkdaysSum: number(row.replyWorkdaysSum),
      replyWorkdaysCount: number(row.replyWorkdaysCount),
      pastDue: number(row.pastDue),
    }));
  }

  /**
   * 规章 or 规范性文件: issued in the year, repealed in the year, and in force at its end (issued by then, not repealed by
   * then; a document marked 失效 without a 废止 date is not in force).
   */
  async documentCounts(kind: PolicyDocumentKind, bounds: ReportYearBounds): Promise<DocumentCounts> {
    const row = await this.manager
      .createQueryBuilder(PolicyDocument, 'd')
      .select('SUM(CASE WHEN d.issuedOn >= :firstDay AND d.issuedOn <= :lastDay THEN 1 ELSE 0 END)', 'issued')
      .addSelect('SUM(CASE WHEN d.repealedOn >= :firstDay AND d.repealedOn <= :lastDay THEN 1 ELSE 0 END)', 'repealed')
      .addSelect(
        "SUM(CASE WHEN d.issuedOn <= :lastDay AND (d.repealedOn IS NULL OR d.repealedOn > :lastDay) AND (d.repealedOn IS NOT NULL OR d.validity = 'valid') THEN 1 ELSE 0 END)",
        'inForce',
      )
      .where('d.kind = :kind', { kind })
      .setParameters(bounds)
      .getRawOne<Record<string, unknown>>();
    return { issued: Number(row?.issued ?? 0), repealed: Number(row?.repealed ?? 0), inForce: Number(row?.inForce ?? 0) };
  }

  findDocument(id: number): Promise<PolicyDocument | null> {
    return this.manager.findOneBy(PolicyDocument, { id });
  }

  async classifyDocument(id: number, kind: PolicyDocumentKind, repealedOn: string | null): Promise<void> {
    await this.manager.update(PolicyDocument, { id }, { kind, repealedOn });
  }
}

/** The office's text, one row per saved version. */
export class ReportTexts {
  constructor(private readonly manager: EntityManager) {}

  latest(year: number, scopeId: number, section: ReportTextSection): Promise<ReportTextVersion | null> {
    return this.manager.findOne(ReportTextVersion, { where: { year, scopeId, section }, order: { version: 'DESC' } });
  }

  history(year: number, scopeId: number, section: ReportTextSection): Promise<ReportTextVersion[]> {
    return this.manager.find(ReportTextVersion, { where: { year, scopeId, section }, order: { version: 'DESC' }, take: 200 });
  }

  /** A new version; the unique index refuses a second writer of the same version number. */
  insert(version: Omit<ReportTextVersion, 'id'>): Promise<ReportTextVersion> {
    return this.manager.save(this.manager.create(ReportTextVersion, version));
  }
}

/** 二's rows entered by hand, one per agency and year. */
export class ReportManualFigures {
  constructor(private readonly manager: EntityManager) {}

  forYear(year: number, agencyId: number | null): Promise<ReportManualFigure[]> {
    return this.manager.find(ReportManualFigure, { where: agencyId === null ? { year } : { year, agencyId }, order: { agencyId: 'ASC' } });
  }

  find(year: number, agencyId: number): Promise<ReportManualFigure | null> {
    return this.manager.findOneBy(ReportManualFigure, { year, agencyId });
  }

  save(row: Partial<ReportManualFigure>): Promise<ReportManualFigure> {
    return this.manager.save(this.manager.create(ReportManualFigure, row));
  }
}

/** The published reports: every version kept, the current one of a year is the one not superseded. */
export class ReportPublications {
  constructor(private readonly manager: EntityManager) {}

  /**
   * Newest year first, and within a year the current version before the ones it corrected; no snapshot. `publisher`:
   * null for the whole government's, an agency id for that department's, undefined for every publisher's.
   */
  list(publisher?: number | null): Promise<Omit<ReportPublication, 'snapshot' | 'publishedById'>[]> {
    return this.manager.find(ReportPublication, {
      select: { id: true, year: true, agencyId: true, publisher: true, title: true, publishedAt: true, supersededAt: true },
      where: publisher === undefined ? {} : { agencyId: publisher === null ? IsNull() : publisher },
      order: { year: 'DESC', publishedAt: 'DESC', id: 'DESC' },
      take: 500,
    });
  }

  find(id: number): Promise<ReportPublication | null> {
    return this.manager.findOneBy(ReportPublication, { id });
  }

  /** Stamps the publisher's current version of the year as corrected (已更正); returns how many it stamped (0 or 1). */
  async supersede(year: number, agencyId: number | null, at: Date): Promise<number> {
    const result = await this.manager
      .createQueryBuilder()
      .update(ReportPublication)
      .set({ supersededAt: at })
      .where('year = :year AND supersededAt IS NULL', { year })
      .andWhere(agencyId === null ? 'agencyId IS NULL' : 'agencyId = :agencyId', { agencyId })
      .execute();
    return result.affected ?? 0;
  }

  insert(row: Omit<ReportPublication, 'id'>): Promise<ReportPublication> {
    return this.manager.save(this.manager.create(ReportPublication, row));
  }
}

/** Agencies, read for the report's title and its access check. */
export class ReportAgencies {
  constructor(private readonly manager: EntityManager) {}

  find(id: number): Promise<Agency | null> {
    return this.manager.findOne(Agency, { where: { id }, select: { id: true, name: true, kind: true } });
  }

  async names(ids: number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await this.manager.find(Agency, { where: { id: In(ids) }, select: { id: true, name: true } });
    return new Map(rows.map((a) => [a.id, a.name]));
  }
}
