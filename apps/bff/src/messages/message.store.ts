import { type Repositories, type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { MessageImageRepository } from '../photos/message-image.repository';
import { RoutingRuleRepository } from '../routing/routing-rule.repository';
import { NotificationRepository } from './notification.repository';
import { MessageDirectoryRepository } from './repositories/message-directory.repository';
import { MessageRepository } from './repositories/message.repository';

/** The repositories the messages feature works with, besides the shared ones (audit, outbox, calendar). */
export interface MessageRepositories {
  messages: RepositoryOf<MessageRepository>;
  /** Agencies, citizens, staff: read only. */
  directory: RepositoryOf<MessageDirectoryRepository>;
  /** Routing rules, for routing a message in the transaction that stores it. */
  rules: RepositoryOf<RoutingRuleRepository>;
  notifications: RepositoryOf<NotificationRepository>;
  /** Photos: attached in the transaction that stores the message (photos/). */
  images: RepositoryOf<MessageImageRepository>;
}

export type MessageTransaction = Repositories<MessageRepositories>;

/** The messages feature's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class MessageStore extends Store<MessageRepositories> {}

export const MESSAGE_STORE_PROVIDER = storeProvider(MessageStore, (manager) => ({
  messages: new MessageRepository(manager),
  directory: new MessageDirectoryRepository(manager),
  rules: new RoutingRuleRepository(manager),
  notifications: new NotificationRepository(manager),
  images: new MessageImageRepository(manager),
}));
