import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { NotificationRepository } from '../messages/notification.repository';

/** The outbox worker's own repositories; the items themselves are every store's shared `outbox`. */
export interface OutboxRepositories {
  /** Staff notices are delivered by writing them here, in the same transaction as the item's `sent`. */
  notifications: RepositoryOf<NotificationRepository>;
}

/** The outbox worker's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class OutboxStore extends Store<OutboxRepositories> {}

export const OUTBOX_STORE_PROVIDER = storeProvider(OutboxStore, (manager) => ({ notifications: new NotificationRepository(manager) }));
