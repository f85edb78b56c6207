import type { MigrationInterface } from 'typeorm';
import { MYSQL_MIGRATIONS } from './mysql';
import { SQLITE_MIGRATIONS } from './sqlite';

type MigrationClass = new () => MigrationInterface;

/** Migrations are listed explicitly (no globbing): the same list serves tsc output, jest and the CLI. */
export function migrationsFor(type: 'sqlite' | 'mysql'): MigrationClass[] {
  return type === 'mysql' ? MYSQL_MIGRATIONS : SQLITE_MIGRATIONS;
}
