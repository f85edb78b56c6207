// `npm run seed`: loads the demo city into the configured database (idempotent), then exits.
import 'reflect-metadata';
import { createDataSource } from './data-source';
import { seedDemoData } from './seeds/seed.service';

async function main(): Promise<void> {
  const dataSource = await createDataSource();
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const report = await seedDemoData(dataSource);
    console.log(`demo data: ${report.agenciesAdded} agencies, ${report.stagesAdded} stages and ${report.noticesAdded} notices added`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
