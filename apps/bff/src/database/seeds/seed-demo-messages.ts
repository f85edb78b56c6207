import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, In, Like } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import type { StaffCaller } from '../../auth/staff-principal';
import { chinaDay, endOfChinaDay, WorkingCalendar } from '../../calendar/working-days';
import type { CitizenCaller } from '../../citizens/citizen-principal';
import { Citizen } from '../../citizens/citizen.entity';
import { Clock } from '../../common/clock/clock';
import type { AppConfig } from '../../config/configuration';
import type { MessageDeadlines } from '../../messages/message-deadlines';
import { MessageScheduler } from '../../messages/message-scheduler.service';
import { MessageWorkflow } from '../../messages/message-workflow.service';
import { Message } from '../../messages/message.entity';
import { MessagesAdminService } from '../../messages/messages-admin.service';
import { MessagesService } from '../../messages/messages.service';
import { StaffAccount } from '../../staff/staff-account.entity';
import { demoCallerOf, demoSignersOf } from './demo-caller';
import { DEMO_MESSAGES, type DemoMessageSeed } from './demo-messages';

export interface DemoMessageOptions {
  /** The services that take the steps. */
  seeder: MessageDemoSeeder;
  /** The seeding moment: demo dates count back from it. */
  now?: Date;
}

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;
/** Demo case numbers stand apart from real ones (LX + date + id). */
const CASE_PREFIX = 'LXDEMO';
/** Who takes the office's steps (交办, 屏蔽). */
const OFFICE_STAFF = 'office.staff';

/** An instant on the China calendar day `day`, at `hour` o'clock. */
function atChinaHour(day: string, hour: number): Date {
  return new Date(endOfChinaDay(day).getTime() + 1 - (24 - hour) * HOUR_MS);
}

async function missingDemoMessages(target: DataSource | EntityManager): Promise<DemoMessageSeed[]> {
  const existing = new Set(
    (await target.getRepository(Message).find({ where: { caseNo: Like(`${CASE_PREFIX}%`) }, select: { caseNo: true } })).map((m) => m.caseNo),
  );
  return DEMO_MESSAGES.filter((seed) => !existing.has(CASE_PREFIX + seed.key));
}

/**
 * Adds the demo messages still missing (SEED_DEMO_MESSAGES) through MessageDemoSeeder; none when all are there.
 * Idempotent: messages are found again by their demo case number.
 */
export async function seedDemoMessages(target: DataSource | EntityManager, { seeder, now = new Date() }: DemoMessageOptions): Promise<number> {
  const wanted = await missingDemoMessages(target);
  return wanted.length === 0 ? 0 : seeder.seed(wanted, now);
}

/**
 * Loads DEMO_MESSAGES with their whole history, as if citizens, the office and the agencies had worked them over the
 * last months: each submitted, dispatched, returned, hidden, answered, rated and closed through the same services the
 * API calls, every step at its own past moment (Clock.at), so events, deadlines, working days and audit rows are what
 * the rules make of them. Only the demo citizens, the demo case number and the repliers of agencies without demo staff
 * are written directly. Runs at start-up before the app serves, under the start-up lock.
 */
@Injectable()
export class MessageDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly workflow: MessageWorkflow,
    private readonly messages: MessagesService,
    private readonly admin: MessagesAdminService,
    private readonly scheduler: MessageScheduler,
    private readonly config: ConfigService<AppConfig, true>,
  ) {}

  async seed(wanted: readonly DemoMessageSeed[], now: Date): Promise<number> {
    const codes = [
      ...new Set(
        wanted.flatMap((seed) => [seed.agencyCode, seed.outcome.kind === 'returned' ? seed.outcome.fromAgencyCode : null]).filter((c): c is string => !!c),
      ),
    ];
    const agencies = new Map((await this.dataSource.getRepository(Agency).findBy({ code: In(codes) })).map((agency) => [agency.code, agency]));
    const office = await this.dataSource.getRepository(StaffAccount).findOne({ where: { username: OFFICE_STAFF }, relations: { agency: true } });
    // Without the office's demo account (an administrator removed it) nobody may take the office's steps.
    if (!office) return 0;
    const staff = await demoSignersOf(this.dataSource, [...agencies.values()]);
    const deadlines = await this.workflow.freshDeadlines();
    let added = 0;
    for (const seed of wanted) {
      const agency = seed.agencyCode ? agencies.get(seed.agencyCode) : undefined;
      const returnedFrom = seed.outcome.kind === 'returned' ? agencies.get(seed.outcome.fromAgencyCode) : undefined;
      // A demo city the admin has trimmed keeps what still fits.
      if ((seed.agencyCode && !agency) || (seed.outcome.kind === 'returned' && !returnedFrom)) continue;
      await this.add(seed, now, deadlines, { agency, returnedFrom, office: demoCallerOf(office), staff });
      added += 1;
    }
    return added;
  }

  private async add(
    seed: DemoMessageSeed,
    now: Date,
    deadlines: MessageDeadlines,
    { agency, returnedFrom, office, staff }: { agency?: Agency; returnedFrom?: Agency; office: StaffCaller; staff: Map<number, StaffCaller> },
  ): Promise<void> {
    const citizenRow = await this.dataSource
      .getRepository(Citizen)
      .save({ openid: `demo-citizen-${seed.key}`, unionid: null, phoneEncrypted: null, lastLoginAt: null });
    const citizen: CitizenCaller = { id: citizenRow.id, openid: citizenRow.openid, ip: `demo-seed-${seed.key}`, traceId: 'demo-seed' };
    const day = chinaDay(new Date(now.getTime() - seed.daysAgo * DAY_MS));
    const submittedAt = new Date(Math.min(atChinaHour(day, 9).getTime() + (Number(seed.key) % 50) * 60_000, now.getTime() - HOUR_MS));

    // 留言: the citizen names the unit, a routing rule finds the agency, or it waits in the office's queue.
    const { view } = await this.clock.at(submittedAt, () =>
      this.messages.submit(citizen, `demo-seed-${seed.key}-${citizen.id}`.padEnd(16, '0'), {
        type: seed.type,
        channel: seed.channel,
        ...(seed.routedBy === 'target' ? { targetAgencyId: agency!.id } : {}),
        title: seed.title,
        content: seed.content,
        contactName: seed.contact.name,
        contactPhone: seed.contact.phone,
        isPublic: seed.isPublic,
        notifyOnReply: false,
      }),
    );
    const id = view.id;
    await this.dataSource.getRepository(Message).update(id, { caseNo: CASE_PREFIX + seed.key });
    const later = (hours: number) => new Date(submittedAt.getTime() + hours * HOUR_MS);
    // 交办 by the office. A story the office dispatched although a rule now matches its text (0002 mentions 公交) was
    // routed by that rule on submission: the office then moves it (改派), and the clock starts again just the same.
    const officeRoutes = (at: Date, agencyId: number) =>
      this.clock.at(at, () => (view.status === 'assigned' ? this.admin.reassign(office, id, agencyId) : this.admin.dispatch(office, id, agencyId)));
    if ((seed.routedBy === 'rule' || seed.routedBy === 'target') && view.status !== 'assigned')
      throw new Error(`demo message ${seed.key}: no routing rule or unit took it on submission`);

    const outcome = seed.outcome;
    switch (outcome.kind) {
      case 'queued':
        return;
      case 'hidden':
        await this.clock.at(later(3), () => this.admin.hide(office, id, outcome.reason));
        return;
      case 'returned':
        await officeRoutes(later(2), returnedFrom!.id);
        await this.clock.at(later(26), () => this.admin.return(staff.get(returnedFrom!.id)!, id, outcome.reason));
        return;
      case 'assigned':
        if (seed.routedBy === 'office') await officeRoutes(later(2), agency!.id);
        return;
      case 'replied': {
        const assignedAt = seed.routedBy === 'office' ? later(2) : submittedAt;
        if (seed.routedBy === 'office') await officeRoutes(assignedAt, agency!.id);
        const calendar = WorkingCalendar.fromConfig();
        const repliedAt = new Date(
          Math.min(atChinaHour(calendar.addWorkdays(chinaDay(assignedAt), outcome.afterWorkdays), 16).getTime(), now.getTime() - HOUR_MS),
        );
        await this.clock.at(repliedAt, () => this.admin.reply(staff.get(agency!.id)!, id, outcome.reply));
        if (outcome.rating) {
          const ratedAt = new Date(Math.min(repliedAt.getTime() + 20 * HOUR_MS, now.getTime() - 60_000));
          await this.clock.at(ratedAt, () => this.messages.rate(citizen, id, { rating: outcome.rating!, comment: outcome.ratingComment }));
        } else if (deadlines.autoCloseDue(repliedAt, now)) {
          // 自动办结 by the scheduler's own pass, the night the quiet period ran out.
          const closedAt = atChinaHour(calendar.addWorkdays(chinaDay(repliedAt), this.config.get('deadlines.autoCloseWorkdays', { infer: true })), 2);
          await this.clock.at(new Date(Math.min(closedAt.getTime(), now.getTime())), () => this.scheduler.closeQuietReplies());
        }
        return;
      }
    }
  }
}
