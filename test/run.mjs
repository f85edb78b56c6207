#!/usr/bin/env node
// `npm test`: builds what the suites need, then runs every suite and prints one closing line.
//   static      type-check of every workspace, lint (no warning allowed), formatting; each step counts as one test
//   unit        pure rules and services                      (apps/bff/src/**/*.spec.ts)
//   api-sqlite      the BFF over HTTP on embedded SQLite     (test/api)
//   api-mysql-only  what needs MySQL/MariaDB itself: a server going away, several instances (test/api/*.mysql-spec.ts)
//   api-mysql       the same suite as api-sqlite on MySQL/MariaDB (test/api, WEIMIN_TEST_DB=mysql)
//   browser     admin console and H5 in Debian's Chromium    (test/browser)
//   weapp       the WeChat build through Tencent's compilers (test/weapp)
// Outside CI a suite whose service is missing (MariaDB, Chromium) is reported as skipped; under CI=true it fails.
// Options: WEIMIN_SKIP_BUILD=1 reuses existing builds; WEIMIN_SUITES=unit,api-sqlite runs a subset.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const CI = process.env.CI === 'true' || process.env.CI === '1';
const artifacts = join(root, 'test/.artifacts');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const mysqlAdminUrl = process.env.MYSQL_ADMIN_URL ?? 'mysql://weimin:weimin@127.0.0.1:3306';
const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** Runs a command with the terminal's output, without blocking this process (a suite may be running beside it). */
function runForeground(command, args, env = {}) {
  const started = Date.now();
  const child = spawn(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  return new Promise((resolve) => child.on('close', (status) => resolve({ ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) })));
}

/**
 * Runs a suite beside the one in the foreground: its output goes to test/.artifacts/<name>.log and is printed when it
 * ends, so the two suites' lines never interleave.
 */
function runBeside(name, command, args, env = {}) {
  const started = Date.now();
  const logFile = join(artifacts, `${name}.log`);
  const log = createWriteStream(logFile);
  const child = spawn(command, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env } });
  child.stdout.pipe(log, { end: false });
  child.stderr.pipe(log, { end: false });
  return new Promise((resolve) => {
    child.on('close', (status) => {
      log.end(() => {
        console.log(`\n── ${name} (ran beside the suite in the foreground; its output follows)\n${readFileSync(logFile, 'utf8')}`);
        resolve({ ok: status === 0, seconds: Math.round((Date.now() - started) / 1000) });
      });
    });
  });
}

async function mysqlReachable() {
  const { createConnection } = require('mysql2/promise');
  try {
    const connection = await createConnection({ uri: mysqlAdminUrl, connectTimeout: 3000 });
    await connection.end();
    return true;
  } catch (error) {
    return `cannot connect to ${mysqlAdminUrl.replace(/:[^:@/]*@/, ':***@')} (${error.code ?? error.message})`;
  }
}

/** Redis answers PING: the api-mysql suite's two-instance test (test/api/several-instances.mysql-spec.ts) needs it. */
async function redisReachable() {
  const { connect } = await import('node:net');
  const { hostname, port } = new URL(redisUrl);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const fail = (why) => {
      socket.destroy();
      resolve(`cannot reach Redis at ${hostname}:${port || 6379} (${why})`);
    };
    socket.setTimeout(3000, () => fail('timeout'));
    socket.once('error', (error) => fail(error.code ?? error.message));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString().startsWith('+PONG') ? true : `Redis at ${hostname} answered ${JSON.stringify(data.toString().trim())}`);
    });
  });
}

async function mysqlAndRedis(suite) {
  const mysql = await mysqlReachable();
  if (mysql !== true) return mysql;
  const redis = await redisReachable();
  // Outside CI the suite runs without Redis and the two-instance test skips itself; under CI it is required.
  if (redis === true) suite.env.REDIS_URL = redisUrl;
  else if (CI) return redis;
  else console.warn(`\n── api-mysql: ${redis}; the two-instance test will be skipped`);
  return true;
}

// Suites run side by side in three lanes (CI's limit is 30 minutes, on 2 cores), a lane's suites one after the other:
//   sqlite   static, then api-sqlite, then browser-flows
//   mysql    unit, then api-mysql-only, then api-mysql
//   console  browser-console, then weapp
// Each API suite takes about a core (one Jest worker each, their databases apart) and is the longest thing in its lane:
// they start as soon as the short checks before them end. The browser suite's time is mostly waiting (pages settling,
// animations, axe), not CPU, so its two parts, each with a BFF of its own, run beside them. The MariaDB-only specs
// (*.mysql-spec.ts: a server frozen or killed, several instances, read replicas) measure bounded waits, which a busy
// machine answers 503: they run as a suite of their own, beside nothing heavier than type-checking and linting, and
// neither browser part starts before they end (`after`).
const suites = [
  { name: 'static', lane: 'sqlite', steps: ['typecheck', 'lint', 'format:check'], needs: async () => true },
  { name: 'unit', lane: 'mysql', config: 'test/jest.unit.config.js', needs: async () => true },
  { name: 'api-sqlite', lane: 'sqlite', config: 'test/jest.api.config.js', env: { WEIMIN_TEST_DB: 'sqlite' }, needs: async () => true },
  mysqlPart('api-mysql-only', 'mysql-only'),
  mysqlPart('api-mysql', 'shared'),
  browserPart('browser-console', 'console', 'console'),
  browserPart('browser-flows', 'sqlite', 'flows'),
  { name: 'weapp', lane: 'console', config: 'test/jest.weapp.config.js', runInBand: true, needs: async () => true },
];
function mysqlPart(name, part) {
  return {
    name,
    lane: 'mysql',
    config: 'test/jest.api.config.js',
    env: { WEIMIN_TEST_DB: 'mysql', WEIMIN_API_PART: part },
    needs: (suite) => mysqlAndRedis(suite),
  };
}
function browserPart(name, lane, part) {
  return {
    name,
    lane,
    after: 'api-mysql-only',
    config: 'test/jest.browser.config.js',
    env: { WEIMIN_BROWSER_PART: part },
    runInBand: true,
    needs: async () => existsSync(chromium) || `no Chromium at ${chromium}`,
  };
}
const selected = process.env.WEIMIN_SUITES ? process.env.WEIMIN_SUITES.split(',').map((name) => name.trim()) : suites.map((s) => s.name);
// A misspelt suite would otherwise run nothing and pass.
const unknown = selected.filter((name) => !suites.some((s) => s.name === name));
if (unknown.length > 0) {
  console.error(
    `WEIMIN_SUITES: unknown suite ${unknown.map((name) => JSON.stringify(name)).join(', ')}; the suites are ${suites.map((s) => s.name).join(', ')}`,
  );
  console.error('tests: 0 passed, 1 failed');
  process.exit(1);
}

/** Runs a build step with its output held back and printed whole when it ends (steps run side by side). */
function runBuild(script) {
  const started = Date.now();
  // build:weapp builds the contracts first, which the other front ends are reading meanwhile: the contracts are built.
  const args = script === 'build:weapp' ? ['run', 'build:weapp', '-w', '@weimin/miniapp'] : ['run', script];
  const child = spawn('npm', args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));
  return new Promise((resolve) => {
    child.on('close', (status) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`\n── npm run ${script} (${seconds}s)\n${Buffer.concat(output).toString('utf8')}`);
      resolve({ script, ok: status === 0, seconds });
    });
  });
}

// The contracts and the BFF first (the front ends import the contracts' build); then the console, the H5 app and the
// WeChat build side by side: each is mostly one process waiting on one core at a time.
if (!process.env.WEIMIN_SKIP_BUILD) {
  for (const steps of [['build:contracts'], ['build:bff'], ['build:admin', 'build:h5', 'build:weapp']]) {
    const failed = (await Promise.all(steps.map(runBuild))).find((step) => !step.ok);
    if (failed) {
      console.error(`\nBuild step ${failed.script} failed after ${failed.seconds}s.\ntests: 0 passed, 1 failed`);
      process.exit(1);
    }
  }
}

rmSync(artifacts, { recursive: true, force: true });
mkdirSync(artifacts, { recursive: true });
const totals = { passed: 0, failed: 0, skipped: 0 };
const report = [];

/** Runs one suite (in the foreground, or beside another one) and adds its line to the report. */
async function runSuite(suite, { beside = false } = {}) {
  const available = await suite.needs(suite);
  if (available !== true) {
    if (CI) {
      console.error(`\n── ${suite.name}: required under CI but ${available}`);
      totals.failed += 1;
      return `${suite.name.padEnd(11)} FAILED: ${available}`;
    }
    console.warn(`\n── ${suite.name}: SKIPPED, ${available}`);
    totals.skipped += 1;
    return `${suite.name.padEnd(11)} skipped: ${available}`;
  }
  if (!beside) console.log(`\n── ${suite.name}`);
  if (suite.steps) {
    const started = Date.now();
    const outcomes = [];
    for (const script of suite.steps) {
      console.log(`\n── npm run ${script}`);
      outcomes.push((await runForeground('npm', ['run', script])).ok);
    }
    const passed = outcomes.filter(Boolean).length;
    const failed = outcomes.length - passed;
    totals.passed += passed;
    totals.failed += failed;
    const seconds = Math.round((Date.now() - started) / 1000);
    const which = failed ? `: ${suite.steps.filter((_, i) => !outcomes[i]).join(', ')}` : '';
    return `${suite.name.padEnd(11)} ${passed} passed, ${failed} failed${which} (${seconds}s)`;
  }
  const output = join(artifacts, `${suite.name}.json`);
  const args = ['jest', '-c', suite.config, '--json', `--outputFile=${output}`, ...(suite.runInBand ? ['--runInBand'] : [])];
  const { ok, seconds } = beside ? await runBeside(suite.name, 'npx', args, suite.env) : await runForeground('npx', args, suite.env);
  const result = existsSync(output) ? JSON.parse(readFileSync(output, 'utf8')) : null;
  const passed = result?.numPassedTests ?? 0;
  // A suite that crashed before reporting counts as one failure, never as zero tests.
  const failed = (result?.numFailedTests ?? 0) + (result?.numRuntimeErrorTestSuites ?? 0) + (!ok && !result?.numFailedTests ? 1 : 0);
  const skipped = (result?.numPendingTests ?? 0) + (result?.numTodoTests ?? 0);
  if (passed === 0 && failed === 0) totals.failed += 1;
  totals.passed += passed;
  totals.failed += failed;
  totals.skipped += skipped;
  return `${suite.name.padEnd(11)} ${passed} passed, ${failed} failed, ${skipped} skipped (${seconds}s)`;
}

// Each lane runs its suites one after the other, the lanes at the same time, the first in the foreground and the others
// beside it (their output printed as each suite ends). A suite with `after` waits for that suite to end, if it was chosen.
const chosen = suites.filter((s) => selected.includes(s.name));
const ends = new Map(
  chosen.map((suite) => {
    let resolve;
    const promise = new Promise((done) => (resolve = done));
    return [suite.name, { promise, resolve }];
  }),
);
const lanes = new Map();
for (const suite of chosen) lanes.set(suite.lane, [...(lanes.get(suite.lane) ?? []), suite]);
const runLane = async (lane, beside) => {
  const lines = [];
  for (const suite of lane) {
    if (suite.after) await ends.get(suite.after)?.promise;
    lines.push(await runSuite(suite, { beside }));
    ends.get(suite.name).resolve();
  }
  return lines;
};
report.push(...(await Promise.all([...lanes.values()].map((lane, index) => runLane(lane, index > 0)))).flat());

console.log(`\n${report.join('\n')}`);
console.log(`tests: ${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
