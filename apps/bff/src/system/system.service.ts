import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { HealthView, VersionView } from '@weimin/contracts';
import type { AppConfig } from '../config/configuration';
import { resolveFromRoot } from '../config/environment';
import { SystemChecks } from './system-checks.repository';

const { version } = JSON.parse(readFileSync(resolveFromRoot('apps/bff/package.json'), 'utf8')) as { version: string };

/** Load balancers and monitors give up after about 5 s: health answers before that. */
export const HEALTH_WAIT_MS = 3_000;
/**
 * A database check serves every health request that comes in within this of its start: under load, or with many
 * monitors, the database is asked once a second at most, and a down database is still reported within HEALTH_WAIT_MS.
 */
export const HEALTH_REUSE_MS = 1_000;
/**
 * While the next check is under way, the last one's answer keeps serving for this long. A busy process reads the
 * database's reply late (seen: MariaDB's health at two thirds of SQLite's, every request of those milliseconds waiting
 * on the check); a database that has gone away is still reported within HEALTH_WAIT_MS of the check that finds it.
 */
export const HEALTH_REVALIDATE_MS = 250;

/** A health answer as sent: its status code and its JSON body. */
export interface SettledHealth {
  statusCode: 200 | 503;
  body: string;
}

@Injectable()
export class SystemService {
  readonly version: VersionView = { name: 'weimin-bff', version };
  private readonly databaseType: HealthView['databaseType'];
  private lastCheck: { startedAt: number; databaseUp: Promise<boolean>; answer?: SettledHealth; previous?: SettledHealth } | undefined;

  constructor(
    private readonly checks: SystemChecks,
    config: ConfigService<AppConfig, true>,
  ) {
    this.databaseType = config.get('database.type', { infer: true });
  }

  async health(now = Date.now()): Promise<HealthView> {
    return this.viewOf(await this.databaseUp(now));
  }

  /**
   * The answer of a check that is still fresh and has finished, serialised once for all the requests it serves; while
   * the next check is young (HEALTH_REVALIDATE_MS), the answer before it; else undefined (health-route.ts then waits for
   * `health`, which starts the next check when it is due). Under load nearly every request is answered from here
   * without a promise or a JSON.stringify of its own.
   */
  settledHealth(now = Date.now()): SettledHealth | undefined {
    const check = this.lastCheck;
    if (!check) return undefined;
    const age = now - check.startedAt;
    if (check.answer) return age < HEALTH_REUSE_MS ? check.answer : undefined;
    return age < HEALTH_REVALIDATE_MS ? check.previous : undefined;
  }

  private viewOf(databaseUp: boolean): HealthView {
    return {
      status: databaseUp ? 'ok' : 'degraded',
      database: databaseUp ? 'up' : 'down',
      databaseType: this.databaseType,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  /** The check under way or just done, else a new one (single flight). */
  private databaseUp(now: number): Promise<boolean> {
    if (this.lastCheck && now - this.lastCheck.startedAt < HEALTH_REUSE_MS) return this.lastCheck.databaseUp;
    // A database that does not answer is down, within HEALTH_WAIT_MS whatever the configured bounds (docs/security.md §30).
    let timer: NodeJS.Timeout | undefined;
    const databaseUp = Promise.race([
      this.checks.databaseAnswers(),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    const check: NonNullable<SystemService['lastCheck']> = { startedAt: now, databaseUp, previous: this.lastCheck?.answer };
    void databaseUp.then(
      (up) => {
        const view = this.viewOf(up);
        check.answer = { statusCode: up ? 200 : 503, body: JSON.stringify(view) };
      },
      () => undefined,
    );
    this.lastCheck = check;
    return databaseUp;
  }
}
