import { AsyncLocalStorage } from 'node:async_hooks';
import { Injectable, type OnModuleInit } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { DataSource, type ReplicationMode } from 'typeorm';
import type { AppConfig } from '../config/configuration';

/** Whether the request being served may read from a replica; outside a request (jobs, start-up): no. */
const readsFromReplica = new AsyncLocalStorage<boolean>();

/** The parts of a request the rule looks at. */
export interface RoutedRequest {
  method: string;
  headers: Record<string, string | string[] | undefined>;
}

/**
 * docs/operations.md, read replicas: a request may read from a replica only when it cannot be looking for its own
 * write. Only anonymous GET and HEAD requests qualify (the public reads: stages, interpretations, notices, the board).
 * A signed-in caller (a citizen's bearer token, a staff session cookie) may have just written, through this instance or
 * another, and a replica may not have that write yet, so all of their reads go to the primary; so does every read of
 * a write request, before or after its write, and of the background jobs.
 */
export function mayReadFromReplica(request: RoutedRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  return !request.headers.authorization && !/(^|;\s*)weimin_staff=/.test(String(request.headers.cookie ?? ''));
}

/** Runs the rest of the request under the rule's answer (a fastify onRequest hook calls it). */
export function routeReads(request: RoutedRequest): void {
  readsFromReplica.enterWith(mayReadFromReplica(request));
}

/** Runs `work` as if it served `request` (tests). */
export function servingRequest<T>(request: RoutedRequest, work: () => T): T {
  return readsFromReplica.run(mayReadFromReplica(request), work);
}

/**
 * Applies the rule to every query runner TypeORM makes: one asked for a replica gets the primary unless the request
 * being served may read from a replica. Transactions and writes ask for the primary already. Without replicas
 * TypeORM ignores the mode, and this changes nothing.
 */
export function keepOwnReadsOnPrimary(dataSource: DataSource): void {
  const driver = dataSource.driver as unknown as {
    createQueryRunner: (mode: ReplicationMode) => unknown;
    obtainSlaveConnection?: () => Promise<unknown>;
    obtainMasterConnection?: () => Promise<unknown>;
  };
  const createQueryRunner = driver.createQueryRunner.bind(driver);
  driver.createQueryRunner = (mode) => createQueryRunner(mode === 'slave' && readsFromReplica.getStore() === true ? 'slave' : 'master');
  // No replica to be had (all down, or left out after failing): the read goes to the primary rather than failing.
  const { obtainSlaveConnection, obtainMasterConnection } = driver;
  if (obtainSlaveConnection && obtainMasterConnection) {
    driver.obtainSlaveConnection = () => obtainSlaveConnection.call(driver).catch(() => obtainMasterConnection.call(driver));
  }
}

/** Installs the rule when DB_REPLICA_HOSTS is set; without replicas nothing is added to any request. */
@Injectable()
export class ReadRouting implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly adapterHost: HttpAdapterHost,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  onModuleInit(): void {
    if (!this.config.get('database.replicas', { infer: true })?.length) return;
    keepOwnReadsOnPrimary(this.dataSource);
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    fastify?.addHook('onRequest', (request, _reply, done) => {
      routeReads(request);
      done();
    });
  }
}
