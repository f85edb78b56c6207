import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogs } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { RepositoryShape } from '../database/repository-shape';
import { StaffAccounts } from '../staff/staff.repository';
import { CalendarYears } from './calendar.repository';

export interface CalendarRepositories {
  years: RepositoryShape<CalendarYears>;
  /** Who entered a year, by name. */
  accounts: Pick<RepositoryShape<StaffAccounts>, 'findById'>;
  audit: AuditTrail;
}

/** Bound to a transaction another feature opened: a deadline computed inside it reads the calendar it sees. */
export function calendarRepositoriesOn(manager: EntityManager): CalendarRepositories {
  return { years: new CalendarYears(manager), accounts: new StaffAccounts(manager), audit: new AuditTrail(new AuditLogs(manager)) };
}

/** The calendar repositories, bound to the default connection or to one transaction. Services get this, not the DataSource. */
export abstract class CalendarStore {
  /** On the default connection: each statement on its own. */
  abstract repositories(): CalendarRepositories;
  abstract transaction<T>(work: (repositories: CalendarRepositories) => Promise<T>): Promise<T>;
}

@Injectable()
export class TypeormCalendarStore extends CalendarStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  repositories(): CalendarRepositories {
    return calendarRepositoriesOn(this.dataSource.manager);
  }

  transaction<T>(work: (repositories: CalendarRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(calendarRepositoriesOn(manager)));
  }
}
