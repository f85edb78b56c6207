import { ConfigurationError, loadEnvironment } from './environment';

const valid = { NODE_ENV: 'test', PORT: '3000', DB_TYPE: 'sqlite', SQLITE_PATH: 'data/x.sqlite', SEED_DEMO: 'false', LOG_LEVEL: 'info', TRUST_PROXY: 'false' };

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadEnvironment(env);
  } catch (error) {
    if (error instanceof ConfigurationError) return error.problems;
    throw error;
  }
  return [];
}

describe('loadEnvironment', () => {
  it('reads and converts a valid environment', () => {
    const env = loadEnvironment(valid);
    expect(env).toMatchObject({ PORT: 3000, DB_TYPE: 'sqlite', SEED_DEMO: false, TRUST_PROXY: false });
  });

  it('takes defaults from config/default.env', () => {
    const env = loadEnvironment({});
    expect(env).toMatchObject({
      PORT: 3000,
      DB_TYPE: 'sqlite',
      SQLITE_PATH: 'data/weimin.sqlite',
      SEED_DEMO: true,
      DB_CONNECT_TIMEOUT_MS: 3000,
      DB_QUERY_TIMEOUT_MS: 5000,
      CITY_NAME: '临溪市',
    });
  });

  it.each([
    [{ PORT: 'abc' }, /^PORT: .*\(got "abc"\)$/],
    [{ PORT: '70000' }, /^PORT: /],
    [{ DB_TYPE: 'postgres' }, /^DB_TYPE: .*\(got "postgres"\)$/],
    [{ SEED_DEMO: 'yes' }, /^SEED_DEMO: /],
    [{ LOG_LEVEL: 'loud' }, /^LOG_LEVEL: /],
    [{ NODE_ENV: 'staging' }, /^NODE_ENV: /],
    [{ STATS_RANKING_MIN_ITEMS: '0' }, /^STATS_RANKING_MIN_ITEMS: .*\(got "0"\)$/],
    [{ STATS_RANKING_MIN_ITEMS: 'ten' }, /^STATS_RANKING_MIN_ITEMS: /],
    [{ WECHAT_TIMEOUT_MS: '60000' }, /^WECHAT_TIMEOUT_MS: .*\(got "60000"\)$/],
    [{ DB_CONNECT_TIMEOUT_MS: '0' }, /^DB_CONNECT_TIMEOUT_MS: .*\(got "0"\)$/],
    [{ DB_QUERY_TIMEOUT_MS: 'soon' }, /^DB_QUERY_TIMEOUT_MS: /],
    [{ REQUEST_JSON_MAX_DEPTH: '1000' }, /^REQUEST_JSON_MAX_DEPTH: .*\(got "1000"\)$/],
    [{ REQUEST_JSON_MAX_KEYS: 'many' }, /^REQUEST_JSON_MAX_KEYS: /],
    [{ SIGN_IN_FAILURES_PER_ADDRESS: '0' }, /^SIGN_IN_FAILURES_PER_ADDRESS: /],
    [{ SIGN_IN_ACCOUNT_WINDOW_MINUTES: '600' }, /^SIGN_IN_ACCOUNT_WINDOW_MINUTES: /],
    [{ CITY_NAME: '临溪 市' }, /^CITY_NAME: /],
    [{ CITY_NAME: '市' }, /^CITY_NAME: /],
    [{ PASSWORD_HASH_MEMORY_KIB: '512' }, /^PASSWORD_HASH_MEMORY_KIB: /],
    [{ NODE_ENV: 'development', PASSWORD_HASH_MEMORY_KIB: '1024' }, /^PASSWORD_HASH_MEMORY_KIB: at least 19456 .*\(got 1024\)$/],
  ])('names the bad variable %p', (override, line) => {
    const problems = problemsOf({ ...valid, ...override });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(line);
  });

  it('requires a MySQL URL when DB_TYPE=mysql, and never echoes it', () => {
    expect(problemsOf({ ...valid, DB_TYPE: 'mysql' })[0]).toMatch(/^DATABASE_URL: /);
    const problems = problemsOf({ ...valid, DB_TYPE: 'mysql', DATABASE_URL: 'mysql://root:s3cret@db' });
    expect(problems[0]).toMatch(/^DATABASE_URL: .*\(got a hidden value\)$/);
    expect(problems.join()).not.toContain('s3cret');
    expect(problemsOf({ ...valid, DB_TYPE: 'mysql', DATABASE_URL: 'mysql://weimin:pw@127.0.0.1:3306/weimin' })).toEqual([]);
  });

  it('refuses development-only switches and the development key in production', () => {
    const production = {
      ...valid,
      NODE_ENV: 'production',
      WECHAT_FAKE: 'false',
      CITIZEN_DEV_LOGIN: 'false',
      CONTACT_ENCRYPTION_KEY: Buffer.alloc(32, 7).toString('base64'),
    };
    expect(problemsOf(production)).toEqual([]);
    expect(problemsOf({ ...production, CITIZEN_DEV_LOGIN: 'true' })[0]).toMatch(/^CITIZEN_DEV_LOGIN: /);
    expect(problemsOf({ ...production, WECHAT_FAKE: 'true' })[0]).toMatch(/^WECHAT_FAKE: /);
    expect(problemsOf({ ...production, SEED_DEMO: 'true' })[0]).toMatch(/^SEED_DEMO: /);
    const devKey = problemsOf({ ...production, CONTACT_ENCRYPTION_KEY: 'ZGV2LW9ubHkta2V5LW5ldmVyLWluLXByb2R1Y3Rpb24=' });
    expect(devKey[0]).toMatch(/^CONTACT_ENCRYPTION_KEY: .*\(got a hidden value\)$/);
  });

  it('requires a WeChat secret with an appid, and a well-formed key', () => {
    expect(problemsOf({ ...valid, WECHAT_APPID: 'wx0123456789abcdef' })[0]).toMatch(/^WECHAT_SECRET: /);
    expect(problemsOf({ ...valid, CONTACT_ENCRYPTION_KEY: 'short' })[0]).toMatch(/^CONTACT_ENCRYPTION_KEY: .*hidden/);
  });
});
