// The WeChat build (apps/miniapp/dist/weapp) checked with Tencent's own tools, offline:
// miniprogram-ci's compiler, the wcc / wcsc binaries of the developer tools, and WeChat's package size limits.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve, sep } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const PROJECT_DIR = join(ROOT, 'apps/miniapp');
const WEAPP_DIR = join(PROJECT_DIR, 'dist/weapp');
/** WeChat allows 2 MB per package; keep a margin. */
const PACKAGE_LIMIT_BYTES = 1.9 * 1024 * 1024;

interface SubPackage {
  root: string;
  pages: string[];
}

interface AppJson {
  pages: string[];
  subPackages?: SubPackage[];
  subpackages?: SubPackage[];
}

function readJson<T>(path: string): T {
  return JSON.parse(readFileSync(path, 'utf8')) as T;
}

/** Every file under `dir`, as posix paths relative to it. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((entry) => statSync(join(dir, entry)).isFile())
    .map((entry) => entry.split(sep).join('/'))
    .sort();
}

function subPackagesOf(app: AppJson): SubPackage[] {
  return [...(app.subPackages ?? []), ...(app.subpackages ?? [])];
}

/** Page paths (without extension) of the main package and every subpackage. */
function allPages(app: AppJson): string[] {
  return [...app.pages, ...subPackagesOf(app).flatMap((sub) => sub.pages.map((page) => posix.join(sub.root, page)))];
}

function withoutExtension(file: string): string {
  return file.slice(0, file.length - posix.extname(file).length);
}

/**
 * The package ships wcc / wcsc without the executable bit and its wrapper chmods them inside node_modules;
 * running copies from a temporary directory leaves the installed package untouched.
 */
function compilerBinary(name: 'wcc' | 'wcsc', into: string): string {
  const packageDir = dirname(require.resolve('miniprogram-compiler/package.json'));
  const source = join(packageDir, 'bin/linux', name);
  if (process.platform !== 'linux' || !existsSync(source)) throw new Error(`miniprogram-compiler has no Linux ${name} at ${source}`);
  const target = join(into, name);
  copyFileSync(source, target);
  chmodSync(target, 0o755);
  return target;
}

/** wcc's custom-component argument, as miniprogram-compiler builds it: count, then per file: path, n, component names. */
function componentArgs(wxmlFiles: string[]): string {
  const entries: Array<string | number> = [];
  let count = 0;
  for (const file of wxmlFiles) {
    const jsonPath = join(WEAPP_DIR, `${withoutExtension(file)}.json`);
    const components = existsSync(jsonPath) ? Object.keys(readJson<{ usingComponents?: object }>(jsonPath).usingComponents ?? {}) : [];
    if (components.length === 0) continue;
    entries.push(file, components.length, ...components);
    count++;
  }
  return [count, ...entries].join(' ');
}

function tail(text: string, lines = 40): string {
  return text.split('\n').slice(-lines).join('\n');
}

describe('WeChat build (dist/weapp)', () => {
  let app: AppJson;
  let files: string[];
  let binDir: string;

  beforeAll(() => {
    if (!existsSync(join(WEAPP_DIR, 'app.json'))) {
      throw new Error(`${relative(ROOT, WEAPP_DIR)}/app.json is missing: run npm run build:weapp first`);
    }
    app = readJson<AppJson>(join(WEAPP_DIR, 'app.json'));
    files = listFiles(WEAPP_DIR);
    binDir = mkdtempSync(join(tmpdir(), 'weimin-wcc-'));
  });

  afterAll(() => {
    if (binDir) rmSync(binDir, { recursive: true, force: true });
  });

  it('has the js, json and wxml of every page in app.json', () => {
    const missing = allPages(app).flatMap((page) => ['.js', '.json', '.wxml'].map((ext) => `${page}${ext}`).filter((file) => !files.includes(file)));
    expect(missing).toEqual([]);
  });

  it('compiles with miniprogram-ci (offline)', () => {
    // The project root holds project.config.json with miniprogramRoot dist/weapp/, as the developer tools open it.
    const run = spawnSync(process.execPath, [join(__dirname, 'compile.mjs'), PROJECT_DIR], {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 240_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const output = `${run.stdout}\n${run.stderr}`;
    const resultLine = run.stdout
      .split('\n')
      .reverse()
      .find((line) => line.startsWith('{"ok":'));
    if (!resultLine) throw new Error(`compile.mjs printed no result (exit ${run.status}, signal ${run.signal}):\n${tail(output)}`);
    const result = JSON.parse(resultLine) as { ok: boolean; files?: string[]; error?: string };
    if (!result.ok) throw new Error(`miniprogram-ci failed: ${result.error}\n${tail(output)}`);
    expect(run.status).toBe(0);

    const compiled = new Set(result.files);
    const missing = allPages(app).flatMap((page) => ['.js', '.json', '.wxml'].map((ext) => `${page}${ext}`).filter((file) => !compiled.has(file)));
    expect(missing).toEqual([]);
    expect(compiled.has('app.js') && compiled.has('app.json')).toBe(true);
  });

  it('compiles every .wxml with wcc', () => {
    const wxml = files.filter((file) => file.endsWith('.wxml'));
    const wxs = files.filter((file) => file.endsWith('.wxs'));
    for (const page of allPages(app)) expect(wxml).toContain(`${page}.wxml`);

    const run = spawnSync(compilerBinary('wcc', binDir), ['-d', '-cc', componentArgs(wxml), ...wxml, ...wxs, '-gn', '$gwx'], {
      cwd: WEAPP_DIR,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`wcc exited with ${run.status}:\n${run.stderr}`);
    expect(run.stdout).toContain('$gwx');
  });

  it('compiles every .wxss with wcsc', () => {
    const wxss = files.filter((file) => file.endsWith('.wxss'));
    for (const page of allPages(app)) expect(wxss).toContain(`${page}.wxss`);

    // As miniprogram-compiler does: files with a .json beside them (app, pages, components) first, counted by -pc.
    const withJson = wxss.filter((file) => existsSync(join(WEAPP_DIR, `${withoutExtension(file)}.json`)));
    const plain = wxss.filter((file) => !withJson.includes(file));
    const run = spawnSync(compilerBinary('wcsc', binDir), ['-db', '-pc', String(withJson.length), ...withJson, ...plain], {
      cwd: WEAPP_DIR,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    if (run.status !== 0) throw new Error(`wcsc exited with ${run.status}:\n${run.stderr}`);
    for (const page of allPages(app)) expect(run.stdout).toContain(`${page}.wxss`);
  });

  it('uses no flexbox gap, which iOS before 14.5 ignores (items run together)', () => {
    const withGap = files.filter((file) => file.endsWith('.wxss') && /(^|[;{\s])(row-|column-)?gap\s*:/.test(readFileSync(join(WEAPP_DIR, file), 'utf8')));
    expect(withGap).toEqual([]);
  });

  it('loads components on demand, keeps sign-in pages out of WeChat search and preloads what each tab leads to', () => {
    const config = readJson<{ lazyCodeLoading?: string; sitemapLocation?: string; preloadRule?: Record<string, { packages: string[] }> }>(
      join(WEAPP_DIR, 'app.json'),
    );
    expect(config.lazyCodeLoading).toBe('requiredComponents');
    expect(config.sitemapLocation).toBe('sitemap.json');
    const sitemap = readJson<{ rules: Array<{ action: string; page: string }> }>(join(WEAPP_DIR, 'sitemap.json'));
    const disallowed = sitemap.rules.filter((rule) => rule.action === 'disallow').map((rule) => rule.page);
    expect(disallowed).toEqual(expect.arrayContaining(['packages/messages/pages/compose/index', 'packages/messages/pages/detail/index', 'pages/mine/index']));
    // The catch-all allow comes last: WeChat applies the first rule that matches.
    expect(sitemap.rules.at(-1)).toEqual({ action: 'allow', page: '*' });
    const roots = subPackagesOf(app).map((sub) => sub.root);
    for (const tab of app.pages) {
      const packages = config.preloadRule?.[tab]?.packages ?? [];
      expect(packages.length).toBeGreaterThan(0);
      for (const name of packages) expect(roots).toContain(name);
    }
  });

  it('lets every shareable page be forwarded to a chat and to Moments, and keeps them in WeChat search', () => {
    // Pages with useShareAppMessage / useShareTimeline (hooks/useShare.ts) set enableShareAppMessage and enableShareTimeline
    // in their config. Taro takes both out of the page's json and marks the page component instead, and only a marked
    // component gets the onShareAppMessage / onShareTimeline that make WeChat offer 转发 and 分享到朋友圈.
    const shareable = [
      'packages/policy/pages/detail/index',
      'packages/units/pages/detail/index',
      'packages/units/pages/notice/index',
      'packages/messages/pages/board-detail/index',
    ];
    for (const page of shareable) expect(allPages(app)).toContain(page);
    const notMarked = shareable.flatMap((page) => {
      const js = readFileSync(join(WEAPP_DIR, `${page}.js`), 'utf8');
      return ['enableShareAppMessage', 'enableShareTimeline']
        .filter((flag) => !new RegExp(`\\.${flag}\\s*=\\s*(!0|true)\\b`).test(js))
        .map((flag) => `${page}: ${flag}`);
    });
    expect(notMarked).toEqual([]);
    const sitemap = readJson<{ rules: Array<{ action: string; page: string }> }>(join(WEAPP_DIR, 'sitemap.json'));
    const hidden = sitemap.rules.filter((rule) => rule.action === 'disallow' && shareable.includes(rule.page));
    expect(hidden).toEqual([]);
  });

  it('keeps the main package and every subpackage under 1.9 MB', () => {
    const roots = subPackagesOf(app).map((sub) => sub.root.replace(/\/?$/, '/'));
    const sizes = new Map<string, number>([['main', 0], ...roots.map((root): [string, number] => [root, 0])]);
    for (const file of files) {
      const owner = roots.find((root) => file.startsWith(root)) ?? 'main';
      sizes.set(owner, sizes.get(owner)! + statSync(join(WEAPP_DIR, file)).size);
    }
    const table = [...sizes].map(([name, bytes]) => `${name.padEnd(24)} ${(bytes / 1024).toFixed(1).padStart(8)} KB`).join('\n');
    console.log(`WeChat package sizes (limit ${(PACKAGE_LIMIT_BYTES / 1024).toFixed(0)} KB each):\n${table}`);

    const oversized = [...sizes].filter(([, bytes]) => bytes > PACKAGE_LIMIT_BYTES).map(([name]) => name);
    expect(oversized).toEqual([]);
  });
});
