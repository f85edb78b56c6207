import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { StageRepository } from './stage.repository';

export interface StageRepositories {
  stages: RepositoryOf<StageRepository>;
}

/** The life-event stages' data (database/unit-of-work.ts); the Nest token StagesService injects. */
export abstract class StageStore extends Store<StageRepositories> {}

export const STAGE_STORE_PROVIDER = storeProvider(StageStore, (manager) => ({ stages: new StageRepository(manager) }));
