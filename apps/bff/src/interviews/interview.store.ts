import { type Repositories, type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { MessageDirectoryRepository } from '../messages/repositories/message-directory.repository';
import { MessageRepository } from '../messages/repositories/message.repository';
import { MediaHostSettings } from '../settings/settings.repository';
import { Interviews } from './interview.repository';

export interface InterviewRepositories {
  interviews: RepositoryOf<Interviews>;
  /** Unanswered questions become messages in the transaction that ends the interview. */
  messages: RepositoryOf<MessageRepository>;
  /** Citizens' bound phones (read only). */
  directory: Pick<MessageDirectoryRepository, 'citizenPhoneEncrypted'>;
  /** 系统设置 › 媒体来源: where the video may come from. */
  mediaHosts: Pick<MediaHostSettings, 'hosts'>;
}

/** The interviews' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class InterviewStore extends Store<InterviewRepositories> {}

export const INTERVIEW_STORE_PROVIDER = storeProvider(InterviewStore, (manager) => ({
  interviews: new Interviews(manager),
  messages: new MessageRepository(manager),
  directory: new MessageDirectoryRepository(manager),
  mediaHosts: new MediaHostSettings(manager),
}));

export type InterviewTransaction = Repositories<InterviewRepositories>;
