import { randomBytes, randomInt } from 'node:crypto';
import { type DataSource, type EntityManager, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sanitizeRichText } from '../../common/text/rich-text';
import { Notice } from '../../notices/notice.entity';
import { RoutingRule } from '../../routing/routing-rule.entity';
import { PasswordHasher } from '../../staff/password-hasher';
import { StaffAccount } from '../../staff/staff-account.entity';
import { ensureReferenceData, REFERENCE_OFFICE_NAME } from '../reference/reference-data';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { DEMO_AGENCIES } from './demo-city';
import { DEMO_NOTICES } from './demo-notices';
import { DEMO_ROUTING_RULES } from './demo-routing-rules';
import { seedInterpretations } from './interpretation-seeds';
import { seedDemoMessages, type DemoMessageOptions } from './seed-demo-messages';

export interface SeedReport {
  stagesAdded: number;
  agenciesAdded: number;
  accountsAdded: number;
  routingRulesAdded: number;
  noticesAdded: number;
  interpretationsAdded: number;
  /** Only when demo messages were asked for (SEED_DEMO_MESSAGES). */
  messagesAdded?: number;
  /** Set when demo accounts were created with a password generated for them; shown once, never stored. */
  generatedPassword?: string;
}

/**
 * Loads the demo city and its demo staff. Idempotent: rows are matched by their business key (agency code,
 * username) and only missing ones are inserted, so edits made in the console survive a second run.
 */
export async function seedDemoData(
  target: DataSource | EntityManager,
  options: { staffPassword?: string; passwordHashMemoryKib?: number; messages?: DemoMessageOptions } = {},
): Promise<SeedReport> {
  return target.transaction(async (manager) => {
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
    const noticesAdded = await seedNotices(manager);
    const interpretationsAdded = await seedInterpretations(manager);
    const messages = options.messages ? { messagesAdded: await seedDemoMessages(manager, options.messages) } : {};
    return { stagesAdded, agenciesAdded: missing.length, routingRulesAdded, noticesAdded, interpretationsAdded, ...messages, ...accounts };
  });
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

/** Notices are matched by unit and title; dates are relative to the day the seed first runs. */
async function seedNotices(manager: EntityManager, now = new Date()): Promise<number> {
  const units = await manager.find(Agency, { where: { code: In(Object.keys(DEMO_NOTICES)) }, select: { id: true, code: true } });
  const existing = new Set(
    (await manager.find(Notice, { where: { agencyId: In(units.map((unit) => unit.id)) }, select: { agencyId: true, title: true } })).map(
      (n) => `${n.agencyId}:${n.title}`,
    ),
  );
  const day = 86_400_000;
  const rows = units.flatMap((unit) =>
    DEMO_NOTICES[unit.code]
      .filter((seed) => !existing.has(`${unit.id}:${seed.title}`))
      .map((seed) => {
        // Published at 09:30 China time, `daysAgo` days back.
        const publishedAt = new Date(Math.floor((now.getTime() + 8 * 3_600_000) / day) * day - 8 * 3_600_000 + 9.5 * 3_600_000 - seed.daysAgo * day);
        const validFrom = seed.valid ? new Date(publishedAt.getTime() + seed.daysAgo * day + seed.valid.fromDays * day - 1.5 * 3_600_000) : null;
        return manager.create(Notice, {
          agencyId: unit.id,
          section: seed.section,
          title: seed.title,
          bodyHtml: sanitizeRichText(seed.bodyHtml),
          validFrom,
          validUntil: validFrom && seed.valid ? new Date(validFrom.getTime() + seed.valid.hours * 3_600_000) : null,
          status: 'published',
          publishedAt,
          updatedAt: publishedAt,
          authorId: null,
          updatedBy: null,
        });
      }),
  );
  await manager.save(rows, { chunk: 50 });
  return rows.length;
}

/** Meets the password policy: upper and lower case, digits and a symbol. */
function generatePassword(): string {
  return `Weimin-${randomInt(1000, 10000)}-${randomBytes(6).toString('base64url')}`;
}
