// A release WeChat build (WEIMIN_RELEASE=true) refuses placeholders; the development build says it is one.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { buildSettings, PLACEHOLDER_API_BASE, PLACEHOLDER_APPID, PLACEHOLDER_TEMPLATE_ID } from '../../apps/miniapp/config/build-settings';

const ROOT = resolve(__dirname, '../..');
const PROJECT_DIR = join(ROOT, 'apps/miniapp');
const WEAPP_DIR = join(PROJECT_DIR, 'dist/weapp');

const REAL = {
  TARO_ENV: 'weapp',
  WEIMIN_RELEASE: 'true',
  WEIMIN_API_BASE: 'https://weimin.linxi.gov.cn',
  WECHAT_APPID: 'wx1a2b3c4d5e6f7a8b',
  WECHAT_REPLY_TEMPLATE_ID: 'Xk2cT0pVdq9sYw3B7mJ1nRf5uLgH8aZe4oKi6bNyCvQ',
};

/** Runs `taro build --type weapp` with only `env` added to a clean environment; the config refuses before anything is compiled. */
function taroBuild(env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !['WEIMIN_RELEASE', 'WEIMIN_API_BASE', 'WECHAT_APPID', 'WECHAT_REPLY_TEMPLATE_ID'].includes(name)),
  );
  return spawnSync(join(ROOT, 'node_modules/.bin/taro'), ['build', '--type', 'weapp'], {
    cwd: PROJECT_DIR,
    env: { ...clean, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
}

describe('release build settings', () => {
  it('accepts a real host name, appid and template id', () => {
    expect(buildSettings(REAL)).toMatchObject({ release: true, apiBase: REAL.WEIMIN_API_BASE, appId: REAL.WECHAT_APPID, placeholders: [] });
  });

  it.each<[string, Record<string, string | undefined>, string[]]>([
    [
      'nothing set',
      { WEIMIN_API_BASE: undefined, WECHAT_APPID: undefined, WECHAT_REPLY_TEMPLATE_ID: undefined },
      ['WEIMIN_API_BASE is not set', 'WECHAT_APPID is not set', 'WECHAT_REPLY_TEMPLATE_ID is not set'],
    ],
    [
      'the placeholders',
      { WEIMIN_API_BASE: PLACEHOLDER_API_BASE, WECHAT_APPID: PLACEHOLDER_APPID, WECHAT_REPLY_TEMPLATE_ID: PLACEHOLDER_TEMPLATE_ID },
      ['WEIMIN_API_BASE is a placeholder', 'WECHAT_APPID is the placeholder', 'WECHAT_REPLY_TEMPLATE_ID must be the template id'],
    ],
    ['an IP address', { WEIMIN_API_BASE: 'https://10.1.2.3' }, ['not an IP address']],
    ['plain http', { WEIMIN_API_BASE: 'http://weimin.linxi.gov.cn' }, ['https origin']],
    ['a path', { WEIMIN_API_BASE: 'https://weimin.linxi.gov.cn/api' }, ['https origin']],
    ['localhost', { WEIMIN_API_BASE: 'https://localhost:3000' }, ['WEIMIN_API_BASE has no valid host name']],
    // 订阅's templates are optional, but one given must be a template id.
    ['a malformed announcement template', { WECHAT_ANNOUNCEMENT_TEMPLATE_ID: 'announce' }, ['WECHAT_ANNOUNCEMENT_TEMPLATE_ID must be the template id']],
  ])('refuses %s', (_name, overrides, problems) => {
    expect(() => buildSettings({ ...REAL, ...overrides })).toThrow('Release build refused');
    let message = '';
    try {
      buildSettings({ ...REAL, ...overrides });
    } catch (error) {
      message = (error as Error).message;
    }
    for (const problem of problems) expect(message).toContain(problem);
  });

  it('keeps placeholders in a development build and names them', () => {
    expect(buildSettings({ TARO_ENV: 'weapp' })).toEqual({
      release: false,
      apiBase: PLACEHOLDER_API_BASE,
      appId: PLACEHOLDER_APPID,
      replyTemplateId: PLACEHOLDER_TEMPLATE_ID,
      // 订阅's templates unset: empty, and the mini-program asks WeChat for neither.
      announcementTemplateId: '',
      progressTemplateId: '',
      placeholders: ['WEIMIN_API_BASE', 'WECHAT_APPID', 'WECHAT_REPLY_TEMPLATE_ID'],
    });
    const progress = 'Pr0gressTemplateIdFromTheMpConsole_abcdefgh';
    expect(buildSettings({ ...REAL, WECHAT_PROGRESS_TEMPLATE_ID: progress })).toMatchObject({ progressTemplateId: progress, announcementTemplateId: '' });
    // H5 is served from the BFF's own origin and needs none of them.
    expect(buildSettings({ TARO_ENV: 'h5', WEIMIN_RELEASE: 'true' }).release).toBe(false);
  });
});

describe('npm run build:weapp with WEIMIN_RELEASE=true', () => {
  it('stops with the list of problems when the placeholders are set', () => {
    const before = existsSync(join(WEAPP_DIR, 'app.json')) ? statSync(join(WEAPP_DIR, 'app.json')).mtimeMs : undefined;
    const run = taroBuild({ WEIMIN_RELEASE: 'true', WEIMIN_API_BASE: PLACEHOLDER_API_BASE, WECHAT_APPID: PLACEHOLDER_APPID });
    const output = `${run.stdout}\n${run.stderr}`;
    expect(run.status).not.toBe(0);
    expect(output).toContain('Release build refused');
    expect(output).toContain('WEIMIN_API_BASE is a placeholder');
    expect(output).toContain('WECHAT_APPID is the placeholder');
    expect(output).toContain('WECHAT_REPLY_TEMPLATE_ID is not set');
    // Nothing was compiled over the development build the other checks read.
    const after = existsSync(join(WEAPP_DIR, 'app.json')) ? statSync(join(WEAPP_DIR, 'app.json')).mtimeMs : undefined;
    expect(after).toBe(before);
  });
});

describe('the development build (dist/weapp)', () => {
  it('says on the home page that it runs on placeholders', () => {
    const js = readdirSync(join(WEAPP_DIR, 'pages/home'))
      .filter((file) => file.endsWith('.js'))
      .map((file) => readFileSync(join(WEAPP_DIR, 'pages/home', file), 'utf8'))
      .join('\n')
      // The minifier writes non-ASCII text as \\uXXXX escapes.
      .replace(/\\u([0-9a-f]{4})/gi, (_escape, code: string) => String.fromCharCode(parseInt(code, 16)));
    expect(js).toContain('开发版本，不可提交审核');
    expect(js).toContain('WEIMIN_API_BASE');
  });

  it('binds the phone in one tap: the privacy agreement and the phone code from one button', () => {
    const js = readFileSync(join(WEAPP_DIR, 'packages/messages/pages/compose/index.js'), 'utf8');
    expect(js).toContain('getPhoneNumber|agreePrivacyAuthorization');
    // No separate agreement step left (requirePrivacyAuthorize was the first of two taps).
    expect(js).not.toContain('requirePrivacyAuthorize');
  });
});
