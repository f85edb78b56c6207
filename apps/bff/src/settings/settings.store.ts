import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { StaffAccounts } from '../staff/staff.repository';
import { MediaHostSettings } from './settings.repository';

export interface SettingsRepositories {
  mediaHosts: RepositoryOf<MediaHostSettings>;
  /** Who saved a setting last, named in the answer. */
  accounts: Pick<RepositoryOf<StaffAccounts>, 'findById'>;
}

/** 系统设置's data (database/unit-of-work.ts); the Nest token SettingsAdminService injects. */
export abstract class SettingsStore extends Store<SettingsRepositories> {}

export const SETTINGS_STORE_PROVIDER = storeProvider(SettingsStore, (manager) => ({
  mediaHosts: new MediaHostSettings(manager),
  accounts: new StaffAccounts(manager),
}));
