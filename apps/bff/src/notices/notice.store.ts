import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { NoticeReminders, Notices } from './notice.repository';

export interface NoticeRepositories {
  notices: RepositoryOf<Notices>;
  reminders: RepositoryOf<NoticeReminders>;
}

/** The notices' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class NoticeStore extends Store<NoticeRepositories> {}

export const NOTICE_STORE_PROVIDER = storeProvider(NoticeStore, (manager) => ({ notices: new Notices(manager), reminders: new NoticeReminders(manager) }));
