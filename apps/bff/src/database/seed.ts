// `npm run seed`: loads the demo city into the configured database (idempotent), then exits.
import 'reflect-metadata';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { loadAppConfig } from '../config/configuration';
import { createDataSource } from './data-source';
import { seedDemoData } from './seeds/seed.service';

async function main(): Promise<void> {
  const config = loadAppConfig();
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const messages = config.app.seedDemoMessages ? { cipher: new ContactCipher(config.citizens.contactKey), rules: config.deadlines } : undefined;
    const report = await seedDemoData(dataSource, { staffPassword: config.auth.demoStaffPassword, messages });
    console.log(
      `demo data: ${report.agenciesAdded} agencies, ${report.stagesAdded} stages, ${report.accountsAdded} accounts, ${report.noticesAdded} notices and ${report.messagesAdded ?? 0} messages added`,
    );
    // Generated only when DEMO_STAFF_PASSWORD is empty, and shown this once: it is stored nowhere but as hashes.
    if (report.generatedPassword) console.log(`password of the new demo accounts: ${report.generatedPassword}`);
  } finally {
    await dataSource.destroy();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
