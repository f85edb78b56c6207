// `npm run seed`: loads the demo city into the configured database (idempotent), then exits. The demo comes with demo
// staff accounts (admin among them) sharing one password, so it is refused where demo data has no place unless forced.
import 'reflect-metadata';
import { ContactCipher } from '../common/privacy/contact-cipher';
import { type AppConfig, loadAppConfig } from '../config/configuration';
import { createDataSource } from './data-source';
import { seedDemoData } from './seeds/seed.service';

/** Loads the demo even where it is refused: `npm run seed -- --force-demo`. */
const FORCE_FLAG = '--force-demo';

/** Why the demo must not be loaded into this installation, or null when it may. */
function refusal(config: AppConfig): string | null {
  if (config.app.env === 'production') return 'NODE_ENV=production';
  if (!config.app.seedDemo) return 'SEED_DEMO=false';
  return null;
}

async function main(): Promise<void> {
  const config = loadAppConfig();
  const refused = refusal(config);
  if (refused && !process.argv.slice(2).includes(FORCE_FLAG)) {
    console.error(
      `npm run seed: refused because ${refused}: the demo city brings demo staff accounts (admin among them) with a shared demo password. ` +
        `Nothing was written. To load it into this database anyway: npm run seed -- ${FORCE_FLAG}`,
    );
    process.exitCode = 1;
    return;
  }
  if (refused) console.warn(`npm run seed: ${refused}, loading the demo city anyway (${FORCE_FLAG})`);
  const dataSource = await createDataSource(config.database);
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
    const messages = config.app.seedDemoMessages ? { cipher: new ContactCipher(config.citizens.contactKey), rules: config.deadlines } : undefined;
    const report = await seedDemoData(dataSource, {
      staffPassword: config.auth.demoStaffPassword,
      passwordHashMemoryKib: config.auth.passwordHashMemoryKib,
      messages,
    });
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
