import type { Provider } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type InTransaction, type RepositoryOf, type Store, TypeOrmStore } from '../database/unit-of-work';
import { NotificationRepository } from '../messages/notification.repository';
import { OutboxRepository } from './outbox.repository';

export interface OutboxRepositories {
  outbox: RepositoryOf<OutboxRepository>;
  /** Staff notices are delivered by writing them here, in the same transaction as the item's `sent`. */
  notifications: RepositoryOf<NotificationRepository>;
}

/** The outbox worker's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class OutboxStore implements Store<OutboxRepositories> {
  abstract readonly repositories: OutboxRepositories;
  abstract transaction<T>(work: (tx: InTransaction<OutboxRepositories>) => Promise<T>, options?: { retry?: boolean }): Promise<T>;
}

export const bindOutboxRepositories = (manager: EntityManager): OutboxRepositories => ({
  outbox: new OutboxRepository(manager),
  notifications: new NotificationRepository(manager),
});

export const OUTBOX_STORE_PROVIDER: Provider = {
  provide: OutboxStore,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new TypeOrmStore(dataSource, bindOutboxRepositories),
};
