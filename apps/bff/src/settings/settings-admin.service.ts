import { Injectable } from '@nestjs/common';
import { AuditAction, ErrorCode, MEDIA_HOST_PATTERN, MediaHostsView, SaveMediaHostsRequest } from '@weimin/contracts';
import type { StaffCaller } from '../auth/staff-principal';
import { DomainException } from '../common/errors/domain.exception';
import { normalisedHosts } from './media-sources';
import { SettingsStore } from './settings.store';

/** 系统设置 the administrator edits in the console; every save is audited. */
@Injectable()
export class SettingsAdminService {
  constructor(private readonly store: SettingsStore) {}

  async mediaHosts(): Promise<MediaHostsView> {
    const { mediaHosts, accounts } = this.store.repositories;
    const row = await mediaHosts.row();
    if (!row) return { hosts: [], updatedBy: null, updatedAt: null };
    const by = row.updatedById === null ? null : await accounts.findById(row.updatedById);
    return { hosts: JSON.parse(row.value) as string[], updatedBy: by?.displayName ?? null, updatedAt: row.updatedAt.toISOString() };
  }

  async saveMediaHosts(caller: StaffCaller, request: SaveMediaHostsRequest): Promise<MediaHostsView> {
    const hosts = normalisedHosts(request.hosts);
    const bad = hosts.filter((host) => !MEDIA_HOST_PATTERN.test(host));
    if (bad.length > 0)
      throw new DomainException(ErrorCode.ValidationFailed, `「${bad[0]}」不是域名`, [{ field: 'hosts', messages: bad.map((host) => `「${host}」不是域名`) }]);
    await this.store.transaction(async ({ mediaHosts, audit }) => {
      await mediaHosts.save(hosts, caller.id, new Date());
      await audit.recordStaff(caller, { action: AuditAction.MediaHostsSaved, objectType: 'system_setting', objectId: 'media.hosts' });
    });
    return this.mediaHosts();
  }
}
