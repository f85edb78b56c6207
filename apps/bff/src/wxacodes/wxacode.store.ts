import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { Wxacodes } from './wxacode.repository';

export interface WxacodeRepositories {
  codes: RepositoryOf<Wxacodes>;
}

/** The 小程序码 cache's data (database/unit-of-work.ts); the Nest token its service injects. */
export abstract class WxacodeStore extends Store<WxacodeRepositories> {}

export const WXACODE_STORE_PROVIDER = storeProvider(WxacodeStore, (manager) => ({ codes: new Wxacodes(manager) }));
