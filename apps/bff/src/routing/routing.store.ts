import type { Provider } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { type InTransaction, type RepositoryOf, type Store, TypeOrmStore } from '../database/unit-of-work';
import { RoutingRuleRepository } from './routing-rule.repository';

export interface RoutingRepositories {
  rules: RepositoryOf<RoutingRuleRepository>;
}

/** The routing rules' data (database/unit-of-work.ts); the Nest token RoutingRulesService injects. */
export abstract class RoutingStore implements Store<RoutingRepositories> {
  abstract readonly repositories: RoutingRepositories;
  abstract transaction<T>(work: (tx: InTransaction<RoutingRepositories>) => Promise<T>, options?: { retry?: boolean }): Promise<T>;
}

export const bindRoutingRepositories = (manager: EntityManager): RoutingRepositories => ({ rules: new RoutingRuleRepository(manager) });

export const ROUTING_STORE_PROVIDER: Provider = {
  provide: RoutingStore,
  inject: [DataSource],
  useFactory: (dataSource: DataSource) => new TypeOrmStore(dataSource, bindRoutingRepositories),
};
