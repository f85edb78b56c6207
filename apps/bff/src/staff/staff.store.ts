import type { EntityManager } from 'typeorm';
import { Agencies } from '../agencies/agency.repository';
import { type Repositories, type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { StaffAccounts, StaffSessions } from './staff.repository';

/** What the account and sign-in services read and write, besides the shared audit trail: accounts, sessions, agencies. */
export interface StaffRepositories {
  accounts: RepositoryOf<StaffAccounts>;
  sessions: RepositoryOf<StaffSessions>;
  agencies: RepositoryOf<Agencies>;
}

export const bindStaffRepositories = (manager: EntityManager): StaffRepositories => ({
  accounts: new StaffAccounts(manager),
  sessions: new StaffSessions(manager),
  agencies: new Agencies(manager),
});

/**
 * The staff accounts' data (database/unit-of-work.ts); the Nest token their services inject. A service-tier spec gives
 * them an in-memory one (testing/in-memory-repositories.ts).
 */
export abstract class StaffStore extends Store<StaffRepositories> {}

export const STAFF_STORE_PROVIDER = storeProvider(StaffStore, bindStaffRepositories);

/** The staff repositories with the shared ones (audit), on one connection or in one transaction. */
export type StaffTransaction = Repositories<StaffRepositories>;
