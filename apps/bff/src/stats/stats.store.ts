import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { StatsRepository } from './stats.repository';

export interface StatsRepositories {
  stats: RepositoryOf<StatsRepository>;
}

/** The message figures' data (database/unit-of-work.ts); the Nest token the stats services inject. */
export abstract class StatsStore extends Store<StatsRepositories> {}

export const STATS_STORE_PROVIDER = storeProvider(StatsStore, (manager) => ({ stats: new StatsRepository(manager) }));
