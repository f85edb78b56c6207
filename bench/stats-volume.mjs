#!/usr/bin/env node
// 统计分析 at volume: a fresh MariaDB/MySQL database migrated by the built BFF, 1,000,000 messages generated in bulk
// (every state, agency, type and channel; replies, ratings, due dates), then the dashboard's endpoint timed over real
// HTTP as the office sees it. Target: under 2 s. Each case runs `runs` times: the first answer (cold, right after the
// bulk load) and the worst are reported; the median decides, since the machine may be busy with other work (the load
// average and the server's buffer pool are printed alongside).
// Usage: npm run build:contracts && npm run build:bff && npm run bench:stats [-- --messages 1000000 --runs 5 --keep]
// Needs MYSQL_ADMIN_URL (default mysql://weimin:weimin@127.0.0.1:3306), a user allowed to create weimin_* databases.
// Generating rows uses MariaDB's sequence engine (seq_1_to_N); on MySQL a recursive CTE does the same.
import { createRequire } from 'node:module';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startBff } from './bff.mjs';

const require = createRequire(import.meta.url);
const mysql = require('mysql2/promise');
const { values } = parseArgs({
  options: { messages: { type: 'string', default: '1000000' }, runs: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } },
});
const total = Number(values.messages);
const runs = Number(values.runs);
const TARGET_MS = 2000;
const CHUNK = 100_000;
const PASSWORD = 'Bench-Passw0rd';

const adminUrl = process.env.MYSQL_ADMIN_URL ?? 'mysql://weimin:weimin@127.0.0.1:3306';
const database = `weimin_bench_stats_${process.pid}`;
const databaseUrl = `${adminUrl.replace(/\/$/, '')}/${database}`;
const log = (line) => console.log(`[bench:stats] ${line}`);
const seconds = (ms) => `${(ms / 1000).toFixed(2)} s`;

const admin = await mysql.createConnection(adminUrl);
await admin.query(`CREATE DATABASE \`${database}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
let bff;
try {
  // The BFF migrates the empty database and loads the demo city (agencies, staff) at start.
  bff = await startBff({ DB_TYPE: 'mysql', DATABASE_URL: databaseUrl, DEMO_STAFF_PASSWORD: PASSWORD }, { startSeconds: 60 });

  const db = await mysql.createConnection({ uri: databaseUrl, multipleStatements: false });
  const started = Date.now();
  await generate(db);
  log(`generated ${total.toLocaleString('en')} messages in ${seconds(Date.now() - started)}`);
  await db.query('ANALYZE TABLE message');
  const [[{ agencyId }]] = await db.query("SELECT id AS agencyId FROM agency WHERE code = 'dept-hrss'");
  const [[{ bufferPool }]] = await db.query('SELECT @@innodb_buffer_pool_size AS bufferPool');
  await db.end();

  const cookie = await signIn('office.staff');
  const year = new Date().getUTCFullYear();
  const cases = [
    ['all time, no filter', '/api/admin/stats/messages'],
    [`${year - 1}, whole year`, `/api/admin/stats/messages?from=${year - 1}-01-01&to=${year - 1}-12-31`],
    ['one agency, all time', `/api/admin/stats/messages?agencyId=${agencyId}`],
    ['mayor mailbox, complaints', '/api/admin/stats/messages?channel=mayor_mailbox&type=complaint'],
    ['export .xlsx, all time', '/api/admin/stats/export.xlsx'],
  ];
  const results = [];
  for (const [name, path] of cases) {
    const times = [];
    let received;
    for (let run = 0; run < runs; run++) {
      const t0 = performance.now();
      const response = await fetch(bff.url + path, { headers: { cookie } });
      const body = path.endsWith('.xlsx') ? await response.arrayBuffer() : await response.json();
      times.push(performance.now() - t0);
      if (response.status !== 200) throw new Error(`${path}: HTTP ${response.status} ${JSON.stringify(body)}`);
      if (!path.endsWith('.xlsx')) received = body.totals.received;
    }
    const sorted = [...times].sort((a, b) => a - b);
    results.push({
      case: name,
      received,
      firstMs: Math.round(times[0]),
      medianMs: Math.round(sorted[Math.floor(sorted.length / 2)]),
      maxMs: Math.round(sorted.at(-1)),
    });
  }
  console.table(results);
  const worstMedian = Math.max(...results.map((r) => r.medianMs));
  const worst = Math.max(...results.map((r) => r.maxMs));
  const machine = { loadAverage1m: Math.round(loadavg()[0] * 10) / 10, innodbBufferPoolMB: Math.round(Number(bufferPool) / 2 ** 20) };
  console.log(
    JSON.stringify({
      messages: total,
      runs,
      targetMs: TARGET_MS,
      worstMedianMs: worstMedian,
      worstMs: worst,
      underTarget: worstMedian < TARGET_MS,
      machine,
      results,
    }),
  );
  if (worstMedian >= TARGET_MS) process.exitCode = 1;
} catch (error) {
  // The SQL of a failed bulk insert is long: the message says what went wrong (an old build misses a migration).
  console.error(`[bench:stats] failed: ${error.message}`);
  process.exitCode = 1;
} finally {
  bff?.stop();
  if (values.keep) log(`kept database ${database}`);
  else await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
}

async function signIn(username) {
  const response = await fetch(`${bff.url}/api/staff/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username}: HTTP ${response.status}`);
  return /weimin_staff=[^;]+/.exec(response.headers.get('set-cookie'))[0];
}

/**
 * Rows in chunks of INSERT … SELECT from a number sequence. Message n gets its agency, type, channel and state from
 * n's remainders, so every combination occurs: per 20 messages 1 hidden, 1 held, 1 in the queue, 1 returned,
 * 2 assigned (half of them overdue), 7 replied and 7 closed with a rating; about a third of the replies are late.
 */
async function generate(db) {
  const [[version]] = await db.query('SELECT VERSION() AS v');
  const mariadb = /mariadb/i.test(version.v);
  const [agencies] = await db.query('SELECT id FROM agency ORDER BY id');
  await db.query('CREATE TEMPORARY TABLE bench_agency (n INT PRIMARY KEY, id INT NOT NULL)');
  await db.query('INSERT INTO bench_agency (n, id) VALUES ?', [agencies.map((a, n) => [n, a.id])]);
  await db.query("INSERT INTO citizen (openid) VALUES ('bench-openid')");
  const [[{ citizenId }]] = await db.query('SELECT MAX(id) AS citizenId FROM citizen');
  const days = 730;
  for (let offset = 0; offset < total; offset += CHUNK) {
    const size = Math.min(CHUNK, total - offset);
    const numbers = mariadb
      ? `SELECT seq + ${offset} AS n FROM seq_1_to_${size}`
      : `WITH RECURSIVE s(n) AS (SELECT ${offset + 1} UNION ALL SELECT n + 1 FROM s WHERE n < ${offset + size}) SELECT n FROM s`;
    await db.query(`
      INSERT INTO message (caseNo, citizenId, type, channel, status, targetAgencyId, assignedAgencyId, title, content,
        contactNameEncrypted, contactPhoneEncrypted, isPublic, moderation, routedBy, notifyOnReply,
        submittedAt, assignedAt, dueAt, repliedAt, replyWorkdays, closedAt, rating, ratedAt, version)
      SELECT CONCAT('BENCH-', LPAD(g.n, 9, '0')), ${citizenId},
        ELT(1 + g.n % 3, 'consultation', 'suggestion', 'complaint'),
        ELT(1 + (g.n DIV 3) % 3, 'online_consultation', 'mayor_mailbox', 'unit_board'),
        g.state, NULL, IF(g.state IN ('submitted', 'returned', 'held'), NULL, a.id),
        '批量生成的留言', '用于统计分析性能测试的留言内容', 'x', 'x', 1, IF(g.state = 'held', 'review', 'passed'), 'office', 0,
        g.submittedAt,
        IF(g.state IN ('submitted', 'returned', 'held'), NULL, g.submittedAt + INTERVAL 1 HOUR),
        IF(g.state IN ('submitted', 'returned', 'held'), NULL, g.submittedAt + INTERVAL 7 DAY),
        IF(g.state IN ('replied', 'closed'), g.submittedAt + INTERVAL (g.n % 10) DAY, NULL),
        IF(g.state IN ('replied', 'closed'), (g.n % 10) * 5 DIV 7, NULL),
        IF(g.state = 'closed', g.submittedAt + INTERVAL 12 DAY, NULL),
        IF(g.state = 'closed', ELT(1 + g.n % 4, 'satisfied', 'basically_satisfied', 'satisfied', 'unsatisfied'), NULL),
        IF(g.state = 'closed', g.submittedAt + INTERVAL 12 DAY, NULL),
        1
      FROM (
        SELECT s.n,
          ELT(1 + s.n % 20, 'hidden', 'held', 'submitted', 'returned', 'assigned', 'assigned',
            'replied', 'replied', 'replied', 'replied', 'replied', 'replied', 'replied',
            'closed', 'closed', 'closed', 'closed', 'closed', 'closed', 'closed') AS state,
          NOW(3) - INTERVAL (s.n % ${days}) DAY - INTERVAL ((s.n * 7919) % 86400) SECOND AS submittedAt
        FROM (${numbers}) s
      ) g
      JOIN bench_agency a ON a.n = g.n % ${agencies.length}`);
    log(`${(offset + size).toLocaleString('en')} / ${total.toLocaleString('en')}`);
  }
}
