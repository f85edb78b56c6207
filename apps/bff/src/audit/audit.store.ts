import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { AuditLogs } from './audit-log.repository';

export interface AuditRepositories {
  /** For searching the log. Features write to it through their own transaction's `audit` (database/unit-of-work.ts). */
  logs: RepositoryOf<AuditLogs>;
}

/** The audit log's data (database/unit-of-work.ts); the Nest token AuditQueryService injects. */
export abstract class AuditStore extends Store<AuditRepositories> {}

export const AUDIT_STORE_PROVIDER = storeProvider(AuditStore, (manager) => ({ logs: new AuditLogs(manager) }));
