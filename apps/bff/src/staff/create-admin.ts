// `npm run admin:create -- --username admin [--name 系统管理员]`: creates the first system administrator.
// The password is read from WEIMIN_ADMIN_PASSWORD or, when that is unset, from standard input (first line),
// so it never appears in the shell history or the process list. Refuses when an admin exists already.
import 'reflect-metadata';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { loadAppConfig } from '../config/configuration';
import { createDataSource } from '../database/data-source';
import { ensureReferenceData } from '../database/reference/reference-data';
import { repositoriesOn, TypeOrmStore } from '../database/unit-of-work';
import { createFirstAdmin } from './first-admin';
import { PasswordHasher } from './password-hasher';
import { StaffService } from './staff.service';
import { bindStaffRepositories } from './staff.store';

async function readPassword(): Promise<string> {
  if (process.env.WEIMIN_ADMIN_PASSWORD) return process.env.WEIMIN_ADMIN_PASSWORD;
  if (process.stdin.isTTY) process.stdout.write('Password for the new administrator: ');
  const lines = createInterface({ input: process.stdin });
  for await (const line of lines) {
    lines.close();
    return line;
  }
  return '';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { username: { type: 'string' }, name: { type: 'string' } } });
  if (!values.username) throw new Error('Usage: npm run admin:create -- --username <name> [--name <display name>]');
  const password = await readPassword();
  const dataSource = await createDataSource();
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const staff = new StaffService(new TypeOrmStore(dataSource, bindStaffRepositories), new PasswordHasher(loadAppConfig().auth.passwordHashMemoryKib));
    const admin = await dataSource.transaction(async (manager) => {
      await ensureReferenceData(manager);
      return createFirstAdmin(repositoriesOn(manager, bindStaffRepositories), staff, { username: values.username!, password, displayName: values.name });
    });
    if (!admin) throw new Error('An administrator exists already; further accounts are created in the console.');
    console.log(`administrator "${admin.username}" created (id ${admin.id})`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  const details = (error as { details?: Array<{ messages: string[] }> }).details;
  console.error(error instanceof Error ? error.message : error, details ? `: ${details.flatMap((d) => d.messages).join('; ')}` : '');
  process.exit(1);
});
