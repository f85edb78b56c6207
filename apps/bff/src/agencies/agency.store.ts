import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { Agencies } from './agency.repository';

export interface AgencyRepositories {
  agencies: RepositoryOf<Agencies>;
}

/** The agencies' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class AgencyStore extends Store<AgencyRepositories> {}

export const AGENCY_STORE_PROVIDER = storeProvider(AgencyStore, (manager) => ({ agencies: new Agencies(manager) }));
