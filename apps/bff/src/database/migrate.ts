// `npm run migration:run`: applies pending migrations to the configured database, then exits.
// The BFF also migrates at start; this is for deployments that migrate as a separate step.
import 'reflect-metadata';
import { createDataSource } from './data-source';

async function main(): Promise<void> {
  const dataSource = await createDataSource();
  await dataSource.initialize();
  try {
    const applied = await dataSource.runMigrations({ transaction: 'each' });
    console.log(applied.length ? `applied: ${applied.map((m) => m.name).join(', ')}` : 'schema is up to date');
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
