import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { RoutingRuleRepository } from './routing-rule.repository';

export interface RoutingRepositories {
  rules: RepositoryOf<RoutingRuleRepository>;
}

/** The routing rules' data (database/unit-of-work.ts); the Nest token RoutingRulesService injects. */
export abstract class RoutingStore extends Store<RoutingRepositories> {}

export const ROUTING_STORE_PROVIDER = storeProvider(RoutingStore, (manager) => ({ rules: new RoutingRuleRepository(manager) }));
