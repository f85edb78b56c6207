import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { Subscriptions } from '../subscriptions/subscription.repository';
import { NoticeReminders, Notices } from './notice.repository';

export interface NoticeRepositories {
  notices: RepositoryOf<Notices>;
  reminders: RepositoryOf<NoticeReminders>;
  /** Who follows a unit (订阅): a new 便民公告 is queued for each of them. */
  subscriptions: Pick<RepositoryOf<Subscriptions>, 'subscriberIds'>;
}

/** The notices' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class NoticeStore extends Store<NoticeRepositories> {}

export const NOTICE_STORE_PROVIDER = storeProvider(NoticeStore, (manager) => ({
  notices: new Notices(manager),
  reminders: new NoticeReminders(manager),
  subscriptions: new Subscriptions(manager),
}));
