import { randomBytes, randomInt } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { RoutingRule } from '../../routing/routing-rule.entity';
import { PasswordHasher } from '../../staff/password-hasher';
import { StaffAccount } from '../../staff/staff-account.entity';
import { ensureReferenceData, REFERENCE_OFFICE_NAME } from '../reference/reference-data';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_AGENCIES } from './demo-city';
import { DEMO_ROUTING_RULES } from './demo-routing-rules';
import type { InterpretationDemoSeeder } from './interpretation-seeds';
import type { DisclosureDemoSeeder } from './seed-demo-disclosures';
import type { InterviewDemoSeeder } from './seed-demo-interviews';
import { type MessageDemoSeeder, seedDemoMessages } from './seed-demo-messages';
import type { NoticeDemoSeeder } from './seed-demo-notices';
import type { SolicitationDemoSeeder } from './seed-demo-solicitations';

export interface SeedReport {
  stagesAdded: number;
  agenciesAdded: number;
  accountsAdded: number;
  routingRulesAdded: number;
  noticesAdded: number;
  interpretationsAdded: number;
  /** Only when demo messages were asked for (SEED_DEMO_MESSAGES). */
  messagesAdded?: number;
  /** Only when demo messages were asked for: the 依申请公开 applications come with them. */
  disclosuresAdded?: number;
  /** Only when demo messages were asked for: the 意见征集 and their opinions come with them. */
  solicitationsAdded?: number;
  /** Only when demo messages were asked for: the 在线访谈 (the ended one's unanswered questions become messages). */
  interviewsAdded?: number;
  /** Set when demo accounts were created with a password generated for them; shown once, never stored. */
  generatedPassword?: string;
}

/** The demo loaders that take their histories through a feature's own services (demo.module.ts). */
export interface DemoSeeders {
  notices: NoticeDemoSeeder;
  interpretations: InterpretationDemoSeeder;
  messages: MessageDemoSeeder;
  disclosures: DisclosureDemoSeeder;
  solicitations: SolicitationDemoSeeder;
  interviews: InterviewDemoSeeder;
}

export interface DemoOptions {
  staffPassword?: string;
  passwordHashMemoryKib?: number;
  /** The demo messages and 依申请公开 applications too (SEED_DEMO_MESSAGES). */
  messages?: boolean;
  /** The seeding moment: demo dates count back from it. */
  now?: Date;
}

/**
 * Loads the demo city and its demo staff. Idempotent: rows are matched by their business key (agency code,
 * username, title) and only missing ones are added, so edits made in the console survive a second run.
 * The city, its staff and routing rules are configuration, written in one transaction; everything with a history
 * (notices, interpretations, messages, 依申请公开) then goes through its feature's services, each step in its own
 * transaction at its past moment (demo.module.ts).
 */
export async function seedDemoData(target: DataSource | EntityManager, seeders: DemoSeeders, options: DemoOptions = {}): Promise<SeedReport> {
  const now = options.now ?? new Date();
  const city = await target.transaction(async (manager) => {
    const agencies = manager.getRepository(Agency);
    const existing = new Set((await agencies.find({ select: { code: true } })).map((agency) => agency.code));
    const missing = DEMO_AGENCIES.filter((seed) => !existing.has(seed.code)).map((seed) =>
      agencies.create({
        code: seed.code,
        name: seed.name,
        kind: seed.kind,
        industry: seed.industry ?? null,
        description: seed.description,
        hotline: seed.hotline ?? null,
        sortOrder: DEMO_AGENCIES.indexOf(seed),
      }),
    );
    await agencies.save(missing);
    // Start-up adds the office as reference data before any demo; the demo city names it, unless someone already has.
    const demoOffice = DEMO_AGENCIES.find((seed) => seed.kind === 'office')!;
    await agencies.update(
      { kind: 'office', code: demoOffice.code, name: REFERENCE_OFFICE_NAME, description: '' },
      { name: demoOffice.name, description: demoOffice.description, hotline: demoOffice.hotline ?? null },
    );
    // The start-up has added the reference data already; `npm run seed` on an empty database has not.
    const { stagesAdded } = await ensureReferenceData(manager);
    const accounts = await seedDemoAccounts(manager, options.staffPassword, options.passwordHashMemoryKib);
    const routingRulesAdded = await seedRoutingRules(manager);
    return { stagesAdded, agenciesAdded: missing.length, routingRulesAdded, ...accounts };
  });
  const noticesAdded = await seeders.notices.seed(now);
  const interpretationsAdded = await seeders.interpretations.seed(now);
  const report: SeedReport = { ...city, noticesAdded, interpretationsAdded };
  if (!options.messages) return report;
  // Messages go through the messages services once the city and its staff are stored; 依申请公开 after them.
  const messagesAdded = await seedDemoMessages(target, { seeder: seeders.messages, now });
  const disclosuresAdded = await seeders.disclosures.seed(now);
  const solicitationsAdded = await seeders.solicitations.seed(now);
  // 在线访谈 last: the ended one's unanswered questions become messages beside the demo messages.
  return { ...report, messagesAdded, disclosuresAdded, solicitationsAdded, interviewsAdded: await seeders.interviews.seed(now) };
}

async function seedDemoAccounts(
  manager: EntityManager,
  staffPassword?: string,
  passwordHashMemoryKib?: number,
): Promise<Pick<SeedReport, 'accountsAdded' | 'generatedPassword'>> {
  const taken = new Set((await manager.find(StaffAccount, { select: { username: true } })).map((a) => a.username));
  const wanted = DEMO_ACCOUNTS.filter((seed) => !taken.has(seed.username));
  if (wanted.length === 0) return { accountsAdded: 0 };

  const agencyIds = new Map((await manager.findBy(Agency, { code: In(wanted.map((seed) => seed.agencyCode)) })).map((agency) => [agency.code, agency.id]));
  const password = staffPassword ?? generatePassword();
  // One hash for all: the demo accounts share their password.
  const passwordHash = await new PasswordHasher(passwordHashMemoryKib).hash(password);
  const rows = wanted
    .filter((seed) => agencyIds.has(seed.agencyCode))
    .map((seed) =>
      manager.create(StaffAccount, {
        username: seed.username,
        displayName: seed.displayName,
        agencyId: agencyIds.get(seed.agencyCode),
        roles: seed.roles,
        passwordHash,
      }),
    );
  await manager.save(rows);
  return { accountsAdded: rows.length, generatedPassword: staffPassword ? undefined : password };
}

/** Rules are matched by keyword: a keyword already present (whatever its agency now) is left as the admin set it. */
async function seedRoutingRules(manager: EntityManager): Promise<number> {
  const existing = new Set((await manager.find(RoutingRule, { select: { keyword: true } })).map((rule) => rule.keyword));
  const agencyIds = new Map((await manager.find(Agency, { select: { id: true, code: true } })).map((agency) => [agency.code, agency.id]));
  const rows = DEMO_ROUTING_RULES.filter((seed) => !existing.has(seed.keyword) && agencyIds.has(seed.agencyCode)).map((seed) =>
    manager.create(RoutingRule, { keyword: seed.keyword, agencyId: agencyIds.get(seed.agencyCode), priority: seed.priority ?? 0 }),
  );
  await manager.save(rows);
  return rows.length;
}

/** Meets the password policy: upper and lower case, digits and a symbol. */
function generatePassword(): string {
  return `Weimin-${randomInt(1000, 10000)}-${randomBytes(6).toString('base64url')}`;
}
