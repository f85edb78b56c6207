import type { EntityManager } from 'typeorm';
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
