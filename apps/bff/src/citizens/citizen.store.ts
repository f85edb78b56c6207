import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { CitizenSessions, Citizens } from './citizen.repository';

export interface CitizenRepositories {
  citizens: RepositoryOf<Citizens>;
  sessions: RepositoryOf<CitizenSessions>;
}

/** The citizens' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class CitizenStore extends Store<CitizenRepositories> {}

export const CITIZEN_STORE_PROVIDER = storeProvider(CitizenStore, (manager) => ({ citizens: new Citizens(manager), sessions: new CitizenSessions(manager) }));
