export interface HealthView {
  status: 'ok' | 'degraded';
  database: 'up' | 'down';
  databaseType: 'sqlite' | 'mysql';
  uptimeSeconds: number;
}

export interface VersionView {
  name: string;
  version: string;
}

/** One page of a list; `total` counts every row the filter matches. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

/**
 * 系统设置 › 媒体来源: the hosts an interpretation's video or picture may come from (https only). Checked when a draft
 * is saved and again when it is published; the administrator edits it (audited).
 */
export interface MediaHostsView {
  hosts: string[];
  /** Who saved the list last, and when; null before anyone has. */
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface SaveMediaHostsRequest {
  hosts: string[];
}

export const MEDIA_HOSTS_MAX = 50;
/** A host name as the allow-list keeps it: lower case letters, digits, hyphens and dots, at least one dot. */
export const MEDIA_HOST_PATTERN = /^(?=.{4,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/;
