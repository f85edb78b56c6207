import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogs } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { RepositoryShape } from '../database/repository-shape';
import { Agencies } from './agency.repository';

export interface AgencyRepositories {
  agencies: RepositoryShape<Agencies>;
  audit: AuditTrail;
}

function agencyRepositoriesOn(manager: EntityManager): AgencyRepositories {
  return { agencies: new Agencies(manager), audit: new AuditTrail(new AuditLogs(manager)) };
}

/** The agency repositories, bound to the default connection or to one transaction. Services get this, not the DataSource. */
export abstract class AgencyStore {
  /** On the default connection: each statement on its own. */
  abstract repositories(): AgencyRepositories;
  abstract transaction<T>(work: (repositories: AgencyRepositories) => Promise<T>): Promise<T>;
}

@Injectable()
export class TypeormAgencyStore extends AgencyStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {
    super();
  }

  repositories(): AgencyRepositories {
    return agencyRepositoriesOn(this.dataSource.manager);
  }

  transaction<T>(work: (repositories: AgencyRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(agencyRepositoriesOn(manager)));
  }
}
