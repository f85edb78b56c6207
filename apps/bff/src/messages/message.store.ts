import type { Provider } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type InTransaction, type RepositoryOf, type Store, TypeOrmStore } from '../database/unit-of-work';
import { OutboxRepository } from '../outbox/outbox.repository';
import { RoutingRuleRepository } from '../routing/routing-rule.repository';
import { NotificationRepository } from './notification.repository';
import { MessageDirectoryRepository } from './repositories/message-directory.repository';
import { MessageRepository } from './repositories/message.repository';

/** The repositories the messages feature works with, all bound to the same connection or transaction. */
export interface MessageRepositories {
  messages: RepositoryOf<MessageRepository>;
  /** Agencies, citizens, staff: read only. */
  directory: RepositoryOf<MessageDirectoryRepository>;
  /** Routing rules, for routing a message in the transaction that stores it. */
  rules: RepositoryOf<RoutingRuleRepository>;
  /** Notifications to send, queued in the transaction of the change that causes them (docs/security.md §19). */
  outbox: RepositoryOf<OutboxRepository>;
  notifications: RepositoryOf<NotificationRepository>;
}

export type MessageTransaction = InTransaction<MessageRepositories>;

/** The messages feature's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class MessageStore implements Store<MessageRepositories> {
  abstract readonly repositories: MessageRepositories;
  abstract transaction<T>(work: (tx: MessageTransaction) => Promise<T>, options?: { retry?: boolean }): Promise<T>;
}

export const bindMessageRepositories = (manager: EntityManager): MessageRepositories => ({
  messages: new MessageRepository(manager),
  directory: new MessageDirectoryRepository(manager),
  rules: new RoutingRuleRepository(manager),
  outbox: new OutboxRepository(manager),
  notifications: new NotificationRepository(manager),
});

export const MESSAGE_STORE_PROVIDER: Provider = {
  provide: MessageStore,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new TypeOrmStore(dataSource, bindMessageRepositories),
};
