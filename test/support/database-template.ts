import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { RowDataPacket } from 'mysql2';
import { createConnection } from 'mysql2/promise';
import { MYSQL_ADMIN_URL } from './mysql';

/**
 * The API suite's starting database, made once per jest run (test/support/api-global-setup.ts): migrated and loaded with
 * the demo city as `startTestApp` would, then copied for each test app instead of migrating and seeding again (on
 * MariaDB that was 5–7 s of every start, each of some forty). A test that changes what is loaded at start (its own
 * demo or admin settings) still starts from an empty database.
 */
export type DatabaseTemplate = { kind: 'sqlite'; file: string } | { kind: 'mysql'; database: string; script: string };

const TEMPLATE_VARIABLE = 'WEIMIN_TEST_TEMPLATE';

/** Settings that change what the BFF stores at start: an app given one of these migrates and seeds for itself. */
const LOADING_SETTINGS = /^(SEED_|DEMO_|DB_TYPE$|SQLITE_PATH$|DATABASE_URL$|BOOTSTRAP_ADMIN_|CITY_NAME$|PASSWORD_HASH_)/;

export function announceTemplate(template: DatabaseTemplate): void {
  process.env[TEMPLATE_VARIABLE] = JSON.stringify(template);
}

/** The run's template, if there is one and `env` does not change what start-up loads. */
export function templateFor(env: Record<string, string>): DatabaseTemplate | undefined {
  const announced = process.env[TEMPLATE_VARIABLE];
  if (!announced || Object.keys(env).some((key) => LOADING_SETTINGS.test(key))) return undefined;
  return JSON.parse(announced) as DatabaseTemplate;
}

/**
 * After the template database was made and its app closed: on MariaDB, the script that copies it (each table's own
 * CREATE TABLE, foreign keys included, which `CREATE TABLE … LIKE` would drop, its rows, then its triggers: the audit
 * log's append-only guard).
 */
export async function sealTemplate(template: { kind: 'sqlite'; file: string } | { kind: 'mysql'; database: string }): Promise<DatabaseTemplate> {
  if (template.kind === 'sqlite') return template;
  const connection = await createConnection(MYSQL_ADMIN_URL);
  try {
    const [tables] = await connection.query<Array<{ name: string } & RowDataPacket>>(
      "SELECT TABLE_NAME AS name FROM information_schema.TABLES WHERE TABLE_SCHEMA = ? AND TABLE_TYPE = 'BASE TABLE' ORDER BY TABLE_NAME",
      [template.database],
    );
    const statements = ['SET FOREIGN_KEY_CHECKS = 0'];
    for (const { name } of tables) {
      const [[created]] = await connection.query<Array<{ 'Create Table': string } & RowDataPacket>>(`SHOW CREATE TABLE \`${template.database}\`.\`${name}\``);
      statements.push(created['Create Table'], `INSERT INTO \`${name}\` SELECT * FROM \`${template.database}\`.\`${name}\``);
    }
    statements.push('SET FOREIGN_KEY_CHECKS = 1');
    const [triggers] = await connection.query<Array<{ Trigger: string } & RowDataPacket>>(`SHOW TRIGGERS FROM \`${template.database}\``);
    const triggerStatements: string[] = [];
    for (const { Trigger } of triggers) {
      const [[created]] = await connection.query<Array<{ 'SQL Original Statement': string } & RowDataPacket>>(
        `SHOW CREATE TRIGGER \`${template.database}\`.\`${Trigger}\``,
      );
      triggerStatements.push(created['SQL Original Statement']);
    }
    const script = join(mkdtempSync(join(tmpdir(), 'weimin-template-')), 'copy.json');
    writeFileSync(script, JSON.stringify({ tables: statements.join(';\n'), triggers: triggerStatements }));
    return { ...template, script };
  } finally {
    await connection.end();
  }
}

/** Fills a new, empty database (an SQLite file path, or a MariaDB database's name) from the template. */
export async function copyTemplate(template: DatabaseTemplate, target: string): Promise<void> {
  if (template.kind === 'sqlite') return copyFileSync(template.file, target);
  const connection = await createConnection({ uri: MYSQL_ADMIN_URL, multipleStatements: true });
  try {
    const script = JSON.parse(readFileSync(template.script, 'utf8')) as { tables: string; triggers: string[] };
    await connection.query(`USE \`${target}\`;\n${script.tables}`);
    // One at a time: a trigger's body is a statement of its own.
    for (const trigger of script.triggers) await connection.query(trigger);
  } finally {
    await connection.end();
  }
}

/** At the run's end: the template's database and files go. */
export async function dropTemplate(): Promise<void> {
  const announced = process.env[TEMPLATE_VARIABLE];
  if (!announced) return;
  const template = JSON.parse(announced) as DatabaseTemplate;
  delete process.env[TEMPLATE_VARIABLE];
  if (template.kind === 'sqlite') return rmSync(dirname(template.file), { recursive: true, force: true });
  rmSync(dirname(template.script), { recursive: true, force: true });
  const connection = await createConnection(MYSQL_ADMIN_URL);
  try {
    await connection.query(`DROP DATABASE IF EXISTS \`${template.database}\``);
  } finally {
    await connection.end();
  }
}
