import { type Repositories, type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { MediaHostSettings } from '../settings/settings.repository';
import { Solicitations } from './solicitation.repository';

export interface SolicitationRepositories {
  solicitations: RepositoryOf<Solicitations>;
  /** 系统设置 › 媒体来源: where an attachment may come from. */
  mediaHosts: Pick<MediaHostSettings, 'hosts'>;
}

/** The solicitations' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class SolicitationStore extends Store<SolicitationRepositories> {}

export const SOLICITATION_STORE_PROVIDER = storeProvider(SolicitationStore, (manager) => ({
  solicitations: new Solicitations(manager),
  mediaHosts: new MediaHostSettings(manager),
}));

export type SolicitationTransaction = Repositories<SolicitationRepositories>;
