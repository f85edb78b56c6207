import { Agencies } from '../agencies/agency.repository';
import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { Subscriptions } from './subscription.repository';

export interface SubscriptionRepositories {
  subscriptions: RepositoryOf<Subscriptions>;
  /** Only an active public enterprise or institution may be followed. */
  agencies: RepositoryOf<Agencies>;
}

/** 订阅's data (database/unit-of-work.ts); the Nest token its service injects. */
export abstract class SubscriptionStore extends Store<SubscriptionRepositories> {}

export const SUBSCRIPTION_STORE_PROVIDER = storeProvider(SubscriptionStore, (manager) => ({
  subscriptions: new Subscriptions(manager),
  agencies: new Agencies(manager),
}));
