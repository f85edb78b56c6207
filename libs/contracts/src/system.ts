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
