import { startTestApp } from './api-app';
import { announceTemplate, sealTemplate } from './database-template';

/** The run's starting database, migrated and loaded once (test/support/database-template.ts). */
export default async function setup(): Promise<void> {
  const app = await startTestApp({}, { fresh: true, keepDatabase: true });
  await app.close();
  announceTemplate(await sealTemplate(app.database));
}
