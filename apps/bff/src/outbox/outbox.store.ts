import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { NotificationRepository } from '../messages/notification.repository';
import { Subscriptions } from '../subscriptions/subscription.repository';

/** The outbox worker's own repositories; the items themselves are every store's shared `outbox`. */
export interface OutboxRepositories {
  /** Staff notices are delivered by writing them here, in the same transaction as the item's `sent`. */
  notifications: RepositoryOf<NotificationRepository>;
  /** 订阅: whether the citizen still follows the unit, and the grants a send spends (one one-time grant per message). */
  subscriptions: RepositoryOf<Subscriptions>;
}

/** The outbox worker's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class OutboxStore extends Store<OutboxRepositories> {}

export const OUTBOX_STORE_PROVIDER = storeProvider(OutboxStore, (manager) => ({
  notifications: new NotificationRepository(manager),
  subscriptions: new Subscriptions(manager),
}));
