#!/usr/bin/env node
// Writes a migration for each dialect from the difference between the entities and the schema the existing
// migrations build. Usage: npm run migration:generate -- AddMessages
// Needs a built BFF (npm run build:bff) and, for MySQL, a server reachable with MYSQL_ADMIN_URL
// (default mysql://weimin:weimin@127.0.0.1:3306), a user allowed to create weimin_* databases.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const name = process.argv[2];
if (!/^[A-Z][A-Za-z0-9]+$/.test(name ?? '')) {
  console.error('Usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(1);
}
const mysql = require('mysql2/promise');
const { createDataSource } = require('../apps/bff/dist/database/data-source.js');
const adminUrl = process.env.MYSQL_ADMIN_URL ?? 'mysql://weimin:weimin@127.0.0.1:3306';
const timestamp = Date.now();
const className = `${name}${timestamp}`;

async function pendingQueries(config) {
  const dataSource = await createDataSource(config);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'all' });
    return await dataSource.driver.createSchemaBuilder().log();
  } finally {
    await dataSource.destroy();
  }
}

const escape = (sql) => sql.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
const lines = (queries) => queries.map((q) => `    await queryRunner.query(\`${escape(q.query)}\`);`).join('\n');

function writeMigration(dialect, log) {
  const dir = join('apps/bff/src/database/migrations', dialect);
  const file = `${timestamp}-${name}.ts`;
  writeFileSync(
    join(dir, file),
    `import { MigrationInterface, QueryRunner } from 'typeorm';

export class ${className} implements MigrationInterface {
  name = '${className}';

  async up(queryRunner: QueryRunner): Promise<void> {
${lines(log.upQueries)}
  }

  async down(queryRunner: QueryRunner): Promise<void> {
${lines([...log.downQueries].reverse())}
  }
}
`,
  );
  const index = join(dir, 'index.ts');
  const constant = `${dialect.toUpperCase()}_MIGRATIONS`;
  let text = readFileSync(index, 'utf8');
  text = text.replace(
    `import type { MigrationInterface }`,
    `import { ${className} } from './${file.replace(/\.ts$/, '')}';\nimport type { MigrationInterface }`,
  );
  text = text.replace(new RegExp(`(${constant}[^\\n]*?= \\[)([^\\]]*)\\]`), (_m, head, body) => {
    const entries = body
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
    return `${head}${[...entries, className].join(', ')}]`;
  });
  writeFileSync(index, text);
  console.log(`${dialect}: wrote ${join(dir, file)} (${log.upQueries.length} statements)`);
}

const sqliteDir = mkdtempSync(join(tmpdir(), 'weimin-migrate-'));
const mysqlDb = `weimin_gen_${process.pid}`;
const admin = await mysql.createConnection(adminUrl);
await admin.query(`CREATE DATABASE \`${mysqlDb}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
try {
  for (const [dialect, config] of [
    ['sqlite', { type: 'sqlite', sqlitePath: join(sqliteDir, 'gen.sqlite') }],
    ['mysql', { type: 'mysql', sqlitePath: '', url: `${adminUrl}/${mysqlDb}` }],
  ]) {
    const log = await pendingQueries(config);
    if (log.upQueries.length === 0) console.log(`${dialect}: no changes`);
    else writeMigration(dialect, log);
  }
} finally {
  await admin.query(`DROP DATABASE IF EXISTS \`${mysqlDb}\``);
  await admin.end();
  rmSync(sqliteDir, { recursive: true, force: true });
}
