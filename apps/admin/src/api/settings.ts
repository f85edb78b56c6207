import type { MediaHostsView, SaveMediaHostsRequest } from '@weimin/contracts';
import { request } from './client';

/** 系统设置 › 媒体来源: the hosts an interpretation's picture or video may come from. */
export function getMediaHosts(signal?: AbortSignal): Promise<MediaHostsView> {
  return request<MediaHostsView>('/admin/settings/media-hosts', { signal });
}

export function saveMediaHosts(body: SaveMediaHostsRequest): Promise<MediaHostsView> {
  return request<MediaHostsView>('/admin/settings/media-hosts', { method: 'PUT', body, notify: false });
}
