// `npm run seed`: loads the demo into the configured database (idempotent), then exits: the same demo as the start-up
// with SEED_DEMO, its histories taken through the workflow services of a Nest application context (no HTTP server, no
// background jobs). The demo comes with demo staff accounts (admin among them) sharing one password, so it is refused
// where demo data has no place unless forced.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module';
import { type AppConfig, loadAppConfig } from '../config/configuration';
import { DemoLoader } from './seeds/demo-loader';

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
  // The context's start-up migrates and adds the reference data; the demo is loaded here rather than by it, so its
  // figures can be reported, and neither the background jobs nor a first administrator come with it.
  const app = await NestFactory.createApplicationContext(
    AppModule.forRoot({ ...config, app: { ...config.app, seedDemo: false, backgroundJobs: false }, auth: { ...config.auth, bootstrapAdmin: undefined } }),
    { logger: ['error', 'warn'], abortOnError: false },
  );
  try {
    const report = await app.get(DemoLoader).load(undefined, { messages: config.app.seedDemoMessages });
    console.log(
      `demo data: ${report.agenciesAdded} agencies, ${report.stagesAdded} stages, ${report.accountsAdded} accounts, ${report.noticesAdded} notices and ${report.interpretationsAdded} interpretations added`,
    );
    if (report.messagesAdded !== undefined)
      console.log(
        `demo messages: ${report.messagesAdded} messages, ${report.disclosuresAdded ?? 0} 依申请公开 applications, ${report.solicitationsAdded ?? 0} 意见征集 and ${report.interviewsAdded ?? 0} 在线访谈 added (SEED_DEMO_MESSAGES=true)`,
      );
    // Generated only when DEMO_STAFF_PASSWORD is empty, and shown this once: it is stored nowhere but as hashes.
    if (report.generatedPassword) console.log(`password of the new demo accounts: ${report.generatedPassword}`);
  } finally {
    await app.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
