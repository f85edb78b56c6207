import type { DataSource } from 'typeorm';
import type { DatabaseConfig } from '../config/configuration';
import { dataSourceOptions } from './data-source';
import { keepOwnReadsOnPrimary, mayReadFromReplica, servingRequest } from './read-routing';

const mysql: DatabaseConfig = {
  type: 'mysql',
  sqlitePath: '',
  url: 'mysql://weimin:s3cret@db-primary:3306/weimin',
  connectTimeoutMs: 3000,
  queryTimeoutMs: 5000,
};

describe('read replicas (docs/operations.md)', () => {
  it('connects to the primary alone without DB_REPLICA_HOSTS', () => {
    const options = dataSourceOptions(mysql) as { url?: string; replication?: unknown };
    expect(options.url).toBe(mysql.url);
    expect(options.replication).toBeUndefined();
  });

  it("reaches each replica with the primary's user, password and database", () => {
    const options = dataSourceOptions({
      ...mysql,
      replicas: [
        { host: 'db-r1', port: 3306 },
        { host: '10.0.0.22', port: 3307 },
      ],
    }) as {
      url?: string;
      replication: { master: { url: string }; slaves: Array<{ url: string }> };
    };
    expect(options.url).toBeUndefined();
    expect(options.replication.master).toEqual({ url: mysql.url });
    expect(options.replication.slaves).toEqual([{ url: 'mysql://weimin:s3cret@db-r1:3306/weimin' }, { url: 'mysql://weimin:s3cret@10.0.0.22:3307/weimin' }]);
  });

  it.each([
    ['an anonymous GET', { method: 'GET', headers: {} }, true],
    ['an anonymous HEAD', { method: 'HEAD', headers: { cookie: 'other=1' } }, true],
    ["a citizen's GET (bearer token)", { method: 'GET', headers: { authorization: 'Bearer abc' } }, false],
    ["a staff member's GET (session cookie)", { method: 'GET', headers: { cookie: 'a=1; weimin_staff=xyz' } }, false],
    ['an anonymous POST', { method: 'POST', headers: {} }, false],
  ])('lets %s read from a replica: %s', (_, request, expected) => {
    expect(mayReadFromReplica(request)).toBe(expected);
  });

  it('gives a replica only to the reads of requests that may have one; everything else goes to the primary', () => {
    const asked: string[] = [];
    const driver = { createQueryRunner: (mode: string) => asked.push(mode) };
    keepOwnReadsOnPrimary({ driver } as unknown as DataSource);
    const runner = driver.createQueryRunner as (mode: string) => unknown;
    servingRequest({ method: 'GET', headers: {} }, () => {
      runner('slave');
      runner('master'); // a transaction
    });
    servingRequest({ method: 'GET', headers: { authorization: 'Bearer abc' } }, () => runner('slave'));
    servingRequest({ method: 'PUT', headers: {} }, () => runner('slave'));
    runner('slave'); // a background job, outside any request
    expect(asked).toEqual(['slave', 'master', 'master', 'master', 'master']);
  });
});
