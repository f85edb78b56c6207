import { readFileSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { HealthView, VersionView } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import type { AppConfig } from '../config/configuration';
import { resolveFromRoot } from '../config/environment';

const { version } = JSON.parse(readFileSync(resolveFromRoot('apps/bff/package.json'), 'utf8')) as { version: string };

@Injectable()
export class SystemService {
  readonly version: VersionView = { name: 'weimin-bff', version };

  constructor(
    private readonly dataSource: DataSource,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async health(): Promise<HealthView> {
    const databaseUp = await this.dataSource.query('SELECT 1').then(
      () => true,
      () => false,
    );
    return {
      status: databaseUp ? 'ok' : 'degraded',
      database: databaseUp ? 'up' : 'down',
      databaseType: this.config.get('database.type', { infer: true }),
      uptimeSeconds: Math.round(process.uptime()),
    };
  }
}
