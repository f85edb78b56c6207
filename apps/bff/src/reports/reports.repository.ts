import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ApplicantKind, DisclosureOutcome, OrganisationKind, RemedyKind, RemedyResult } from '@weimin/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { startOfChinaDay } from '../calendar/working-days';
import { DisclosureApplication } from '../disclosure/disclosure-application.entity';
import { DisclosureRemedy } from '../disclosure/disclosure-remedy.entity';
import type { RemedySourceRow, TableThreeBucket, TableThreeSourceRow } from './report-tables';

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

/** Agencies, read for the report's title and its access check. */
export class ReportAgencies {
  constructor(private readonly manager: EntityManager) {}

  find(id: number): Promise<Agency | null> {
    return this.manager.findOne(Agency, { where: { id }, select: { id: true, name: true, kind: true } });
  }

  office(): Promise<Agency | null> {
    return this.manager.findOne(Agency, { where: { kind: 'office' }, select: { id: true, name: true, kind: true } });
  }
}

/** The report's repositories on the default connection. Services get this, not the DataSource. */
@Injectable()
export class ReportStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  get disclosure(): DisclosureReportQueries {
    return new DisclosureReportQueries(this.dataSource.manager);
  }

  get agencies(): ReportAgencies {
    return new ReportAgencies(this.dataSource.manager);
  }
}
