import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLogs } from '../audit/audit-log.repository';
import { AuditTrail } from '../audit/audit-trail';
import type { RepositoryShape } from '../database/repository-shape';
import { StaffAccounts } from '../staff/staff.repository';
import { SystemSetting } from './system-setting.entity';

const MEDIA_HOSTS = 'media.hosts';

/** 系统设置 › 媒体来源: the hosts an interpretation's picture or video may come from. */
export class MediaHostSettings {
  constructor(private readonly manager: EntityManager) {}

  /** The allowed hosts; none until the administrator (or the demo seed) saves some. */
  async hosts(): Promise<string[]> {
    const row = await this.row();
    return row ? (JSON.parse(row.value) as string[]) : [];
  }

  row(): Promise<SystemSetting | null> {
    return this.manager.findOneBy(SystemSetting, { name: MEDIA_HOSTS });
  }

  /** Replaces the list; the first save inserts the row. */
  async save(hosts: string[], updatedById: number | null, updatedAt: Date): Promise<void> {
    const value = JSON.stringify(hosts);
    const { affected } = await this.manager.update(SystemSetting, { name: MEDIA_HOSTS }, { value, updatedById, updatedAt });
    if (!affected) await this.manager.insert(SystemSetting, { name: MEDIA_HOSTS, value, updatedById, updatedAt });
  }
}

export interface SettingsRepositories {
  mediaHosts: RepositoryShape<MediaHostSettings>;
  accounts: Pick<RepositoryShape<StaffAccounts>, 'findById'>;
  audit: AuditTrail;
}

function settingsRepositoriesOn(manager: EntityManager): SettingsRepositories {
  return { mediaHosts: new MediaHostSettings(manager), accounts: new StaffAccounts(manager), audit: new AuditTrail(new AuditLogs(manager)) };
}

/** The settings repositories, bound to the default connection or to one transaction. */
@Injectable()
export class SettingsStore {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  repositories(): SettingsRepositories {
    return settingsRepositoriesOn(this.dataSource.manager);
  }

  transaction<T>(work: (repositories: SettingsRepositories) => Promise<T>): Promise<T> {
    return this.dataSource.transaction((manager) => work(settingsRepositoriesOn(manager)));
  }
}
