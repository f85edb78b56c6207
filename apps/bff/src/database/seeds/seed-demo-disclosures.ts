import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import type { StaffCaller } from '../../auth/staff-principal';
import { endOfChinaDay, type WorkingCalendar } from '../../calendar/working-days';
import { Clock } from '../../common/clock/clock';
import { DisclosureAdminService } from '../../disclosure/disclosure-admin.service';
import { DisclosureApplication } from '../../disclosure/disclosure-application.entity';
import { DisclosureDesk } from '../../disclosure/disclosure-desk.service';
import { StaffAccount } from '../../staff/staff-account.entity';
import { demoCallerOf } from './demo-caller';
import { DEMO_DISCLOSURES, type DemoDisclosure, type DemoDisclosureStep } from './demo-disclosures';

const HOUR_MS = 3_600_000;
const ACTORS = ['office.staff', 'office.head', 'hrss.staff', 'hrss.head', 'edu.staff', 'edu.head'] as const;
type Actors = Record<(typeof ACTORS)[number], StaffCaller>;

/** The day `count` working days before `day`. */
function workdaysBefore(calendar: WorkingCalendar, day: string, count: number): string {
  let candidate = day;
  while (!calendar.isWorkday(candidate) || calendar.workdaysBetween(candidate, day) < count) {
    candidate = new Date(Date.parse(`${candidate}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
  }
  return candidate;
}

/**
 * Demo 依申请公开 applications (SEED_DEMO_MESSAGES, with the demo messages): each registered and worked through the
 * same services the console uses, every step at its own past moment (Clock.at), so histories, due days,
 * 补正 windows and letter numbers per year are what the rules make of them. Idempotent: an application whose demo
 * title exists already is skipped. Runs at start-up before the app serves, under the start-up lock.
 */
@Injectable()
export class DisclosureDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly desk: DisclosureDesk,
    private readonly clock: Clock,
    private readonly admin: DisclosureAdminService,
  ) {}

  async seed(now = new Date()): Promise<number> {
    const existing = new Set(
      (
        await this.dataSource
          .getRepository(DisclosureApplication)
          .find({ where: { infoTitle: In(DEMO_DISCLOSURES.map((d) => d.title)) }, select: { infoTitle: true } })
      ).map((a) => a.infoTitle),
    );
    const wanted = DEMO_DISCLOSURES.filter((demo) => !existing.has(demo.title));
    const actors = await this.actors();
    if (wanted.length === 0 || !actors) return 0;
    const agencies = new Map((await this.dataSource.getRepository(Agency).findBy({ code: In(['dept-hrss', 'dept-edu']) })).map((a) => [a.code, a.id]));
    const today = this.desk.today();
    let added = 0;
    for (const demo of wanted) {
      const receivedOn = workdaysBefore(this.desk.calendar, today, demo.receivedAgo);
      await this.add(demo, receivedOn, actors, agencies, now);
      added += 1;
    }
    return added;
  }

  private async add(demo: DemoDisclosure, receivedOn: string, actors: Actors, agencies: Map<string, number>, now: Date): Promise<void> {
    const calendar = this.desk.calendar;
    // Each step at its day, 9:00 China time and a minute after the one before; never later than now.
    let minute = 0;
    const at = (day: string) => new Date(Math.min(endOfChinaDay(day).getTime() + 1 - 15 * HOUR_MS + minute++ * 60_000, now.getTime() - 60_000));
    const agencyCode = demo.agency ?? demo.routeTo!;
    const staff = agencyCode === 'dept-hrss' ? actors['hrss.staff'] : actors['edu.staff'];
    const head = agencyCode === 'dept-hrss' ? actors['hrss.head'] : actors['edu.head'];
    const registrar = demo.agency ? staff : actors['office.staff'];
    const registered = await this.clock.at(at(receivedOn), () =>
      this.admin.register(registrar, {
        channel: demo.channel,
        receivedOn,
        applicantKind: demo.applicant.kind,
        ...(demo.applicant.kind === 'organisation' ? { organisationKind: demo.applicant.organisationKind } : {}),
        applicantName: demo.applicant.name,
        certificateType: demo.applicant.kind === 'person' ? 'id_card' : 'credit_code',
        certificateNumber: demo.applicant.number,
        contactPhone: '13855550000',
        postalAddress: '临溪市人民路88号',
        infoTitle: demo.title,
        infoDescription: demo.description,
        ...(demo.agency ? { agencyId: agencies.get(demo.agency) } : {}),
        form: demo.channel === 'email' ? 'electronic' : 'paper',
        deliveryMethod: demo.channel === 'email' ? 'email' : 'post',
        ...(demo.channel === 'email' ? { email: 'applicant@example.com' } : {}),
      }),
    );
    const id = registered.id;
    for (const step of demo.steps) {
      const day = calendar.addWorkdays(receivedOn, step.at);
      await this.clock.at(at(day), () =>
        this.take(step, id, day, { staff, head, office: actors['office.staff'], officeHead: actors['office.head'] }, agencies.get(agencyCode)!),
      );
    }
  }

  private async take(
    step: DemoDisclosureStep,
    id: number,
    day: string,
    who: { staff: StaffCaller; head: StaffCaller; office: StaffCaller; officeHead: StaffCaller },
    agencyId: number,
  ): Promise<void> {
    switch (step.do) {
      case 'route':
        await this.admin.route(who.office, id, { agencyId });
        return;
      case 'correction':
        await this.admin.requestCorrection(who.staff, id, { missing: step.missing });
        return;
      case 'corrected':
        await this.admin.receiveCorrection(who.staff, id, { receivedOn: day });
        return;
      case 'lapse':
        await this.admin.lapseCorrection(who.staff, id);
        return;
      case 'pause':
        await this.admin.pause(who.staff, id, { kind: 'third_party', party: step.party, startedOn: day });
        return;
      case 'resume':
        await this.admin.resume(who.staff, id, { endedOn: day });
        return;
      case 'extension':
        await this.admin.requestExtension(who.staff, id, { workdays: step.workdays, reason: step.reason });
        return;
      case 'extension-decision':
        await this.admin.decideExtension(who.officeHead, id, { approve: step.approve });
        return;
      case 'draft':
        await this.admin.draftReply(who.staff, id, { outcome: step.outcome, outcomeReason: step.reason, facts: step.facts, legalBasis: step.legalBasis });
        return;
      case 'return':
        await this.admin.returnReply(who.head, id, { reason: step.reason });
        return;
      case 'approve': {
        const view = await this.admin.approveReply(who.head, id);
        // 不予公开 goes to the office as well when DISCLOSURE_WITHHOLD_NEEDS_OFFICE is set.
        if (view.status === 'office_review') await this.admin.approveReply(who.office, id);
        return;
      }
      case 'deliver': {
        const view = await this.admin.get(who.office, id);
        await this.admin.recordDelivery(who.staff, id, { method: view.deliveryMethod, deliveredOn: day });
        return;
      }
      case 'remedy':
        await this.admin.recordRemedy(who.office, id, { kind: step.kind, result: step.result, filedOn: day });
        return;
    }
  }

  /** The demo staff who take the steps; none when an administrator has removed them (nothing is seeded then). */
  private async actors(): Promise<Actors | null> {
    const accounts = await this.dataSource.getRepository(StaffAccount).find({ where: { username: In([...ACTORS]) }, relations: { agency: true } });
    if (accounts.length !== ACTORS.length) return null;
    return Object.fromEntries(accounts.map((account) => [account.username, demoCallerOf(account)])) as Actors;
  }
}
