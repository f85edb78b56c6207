import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Agencies } from '../agencies/agency.repository';
import { AuditLogs } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { RepositoryShape } from '../database/repository-shape';
import { StaffAccounts, StaffSessions } from './staff.repository';

/** What the account and sign-in services read and write: accounts, sessions, agencies and the audit trail. */
export interface StaffRepositories {
  accounts: RepositoryShape<StaffAccounts>;
  sessions: RepositoryShape<StaffSessions>;
  agencies: RepositoryShape<Agencies>;
  audit: AuditTrail;
}

/** The repositories bound to one EntityManager (a transaction another part opened, e.g. the start-up work under its lock). */
export function staffRepositoriesOn(manager: EntityManager): StaffRepositories {
  return {
    accounts: new StaffAccounts(manager),
    sessions: new StaffSessions(manager),
    agencies: new Agencies(manager),
    audit: new AuditTrail(new AuditLogs(manager)),
  };
}

/**
 * The staff repositories, bound to the default connection or to one transaction. Services get this, not the
 * DataSource; a service-tier spec gives them an in-memory one (staff/testing/in-memory-staff-store.ts).
 */
export abstract class StaffStore {
  /** On the default connection: each statement on its own. */
  abstract repositories(): StaffRepositories;
  /** One transaction: everything `work` writes commits or rolls back together. */
  abstract transaction<T>(work: (repositories: StaffRepositories) => Promise<T>): Promise<T>;
}

@Injectable()
export class TypeormStaffStore extends StaffStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  repositories(): StaffRepositories {
    return staffRepositoriesOn(this.dataSource.manager);
  }

  transaction<T>(work: (repositories: StaffRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(staffRepositoriesOn(manager)));
  }
}
