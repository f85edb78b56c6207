import { type Repositories, type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { MediaHostSettings } from '../settings/settings.repository';
import { Interpretations, PolicyDocuments } from './interpretation.repository';

export interface InterpretationRepositories {
  interpretations: RepositoryOf<Interpretations>;
  policyDocuments: RepositoryOf<PolicyDocuments>;
  /** 系统设置 › 媒体来源: where a picture or video may come from, read in the same transaction as the save or publication. */
  mediaHosts: Pick<MediaHostSettings, 'hosts'>;
}

/** The interpretations' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class InterpretationStore extends Store<InterpretationRepositories> {}

export const INTERPRETATION_STORE_PROVIDER = storeProvider(InterpretationStore, (manager) => ({
  interpretations: new Interpretations(manager),
  policyDocuments: new PolicyDocuments(manager),
  mediaHosts: new MediaHostSettings(manager),
}));

/** The interpretations' repositories with the shared ones (audit), in one transaction. */
export type InterpretationTransaction = Repositories<InterpretationRepositories>;
