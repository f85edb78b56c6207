import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { HealthView, VersionView } from '@weimin/contracts';
import type { AppConfig } from '../config/configuration';
import { resolveFromRoot } from '../config/environment';
import { SystemChecks } from './system-checks.repository';

const { version } = JSON.parse(readFileSync(resolveFromRoot('apps/bff/package.json'), 'utf8')) as { version: string };

/** Load balancers and monitors give up after about 5 s: health answers before that. */
const HEALTH_WAIT_MS = 3_000;

@Injectable()
export class SystemService {
  readonly version: VersionView = { name: 'weimin-bff', version };

  constructor(
    private readonly checks: SystemChecks,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async health(): Promise<HealthView> {
    // A database that does not answer is down, within HEALTH_WAIT_MS whatever the configured bounds (docs/security.md §30).
    let timer: NodeJS.Timeout | undefined;
    const databaseUp = await Promise.race([
      this.checks.databaseAnswers(),
      new Promise<false>((resolve) => (timer = setTimeout(() => resolve(false), HEALTH_WAIT_MS))),
    ]).finally(() => clearTimeout(timer));
    return {
      status: databaseUp ? 'ok' : 'degraded',
      database: databaseUp ? 'up' : 'down',
      databaseType: this.config.get('database.type', { infer: true }),
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
