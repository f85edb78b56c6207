import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import type { StaffCaller } from '../../auth/staff-principal';
import type { CitizenCaller } from '../../citizens/citizen-principal';
import { Citizen } from '../../citizens/citizen.entity';
import { Clock } from '../../common/clock/clock';
import { Solicitation } from '../../solicitations/solicitation.entity';
import { SolicitationsAdminService } from '../../solicitations/solicitations-admin.service';
import { SolicitationsService } from '../../solicitations/solicitations.service';
import { StaffAccount } from '../../staff/staff-account.entity';
import { demoCallerOf } from './demo-caller';
import { DEMO_SOLICITATION_BODY, DEMO_SOLICITATIONS, type DemoSolicitation } from './demo-solicitations';

const DAY_MS = 86_400_000;
const ACTORS = ['office.staff', 'office.head', 'hrss.staff', 'hrss.head', 'edu.staff', 'edu.head'] as const;
type Actors = Record<(typeof ACTORS)[number], StaffCaller>;

/**
 * Demo 意见征集 (SEED_DEMO_MESSAGES, with the demo messages: their opinions come from demo citizens): each drafted,
 * reviewed, opened, answered, marked and given feedback through the same services the console and the mini-program
 * use, every step at its own past moment (Clock.at). Idempotent: a solicitation whose demo title exists is skipped.
 */
@Injectable()
export class SolicitationDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly admin: SolicitationsAdminService,
    private readonly citizens: SolicitationsService,
  ) {}

  async seed(now = new Date()): Promise<number> {
    const existing = new Set(
      (await this.dataSource.getRepository(Solicitation).find({ where: { title: In(DEMO_SOLICITATIONS.map((d) => d.title)) }, select: { title: true } })).map(
        (s) => s.title,
      ),
    );
    const wanted = DEMO_SOLICITATIONS.filter((demo) => !existing.has(demo.title));
    const actors = await this.actors();
    if (wanted.length === 0 || !actors) return 0;
    for (const [index, demo] of wanted.entries()) await this.add(demo, index, actors, now);
    return wanted.length;
  }

  private async add(demo: DemoSolicitation, index: number, actors: Actors, now: Date): Promise<void> {
    const staff = demo.agency === 'hrss' ? actors['hrss.staff'] : actors['edu.staff'];
    const head = demo.agency === 'hrss' ? actors['hrss.head'] : actors['edu.head'];
    const openedAt = new Date(now.getTime() - (demo.openedDaysAgo ?? 1) * DAY_MS);
    // The draft and its review in the hours before it opened; a minute apart.
    let minute = 0;
    const before = (hours: number) => new Date(openedAt.getTime() - hours * 3_600_000 + minute++ * 60_000);
    const draft = await this.clock.at(before(48), () =>
      this.admin.create(staff, {
        title: demo.title,
        summary: demo.summary,
        bodyHtml: DEMO_SOLICITATION_BODY(...demo.paragraphs),
        questions: [...demo.questions],
      }),
    );
    await this.clock.at(before(30), () => this.admin.submit(staff, draft.id));
    await this.clock.at(before(20), () => this.admin.approve(head, draft.id, '同意公开征求意见'));
    if (demo.openedDaysAgo === undefined) return; // waits for the office
    const opened = await this.clock.at(openedAt, () => this.admin.approve(actors['office.staff'], draft.id));
    const closesAt = Date.parse(opened.closesAt!);

    const opinionIds: number[] = [];
    for (const [n, opinion] of (demo.opinions ?? []).entries()) {
      const citizen = await this.citizen(`solicit-${index}-${n}`);
      // Spread over the open period, never after now.
      const at = new Date(Math.min(openedAt.getTime() + (n + 1) * DAY_MS + n * 3_600_000, now.getTime() - 3_600_000, closesAt - 3_600_000));
      const { view } = await this.clock.at(at, () =>
        this.citizens.submitOpinion(citizen, draft.id, randomUUID(), {
          contactName: opinion.name,
          content: opinion.content,
          answers: (opinion.answers ?? []).map(([question, text]) => ({ question, text })),
          isPublic: opinion.isPublic,
        }),
      );
      opinionIds.push(view.id);
    }
    if (closesAt > now.getTime()) return;
    // After the close: marks, then the feedback and its two reviews.
    let step = 0;
    const after = (days: number) => new Date(Math.min(closesAt + days * DAY_MS + step++ * 600_000, now.getTime() - 60_000));
    for (const [n, opinion] of (demo.opinions ?? []).entries()) {
      if (opinion.mark) await this.clock.at(after(1), () => this.admin.markOpinion(staff, draft.id, opinionIds[n], opinion.mark!));
    }
    if (!demo.feedback) return;
    const days = demo.feedback.daysAfterClose;
    await this.clock.at(after(days - 3), () => this.admin.saveFeedback(staff, draft.id, { feedbackHtml: demo.feedback!.html }));
    await this.clock.at(after(days - 3), () => this.admin.submitFeedback(staff, draft.id));
    await this.clock.at(after(days - 1), () => this.admin.approveFeedback(head, draft.id, '同意'));
    await this.clock.at(after(days), () => this.admin.approveFeedback(actors['office.head'], draft.id, '同意发布'));
  }

  private async citizen(key: string): Promise<CitizenCaller> {
    const repository = this.dataSource.getRepository(Citizen);
    const openid = `demo-citizen-${key}`;
    const row = (await repository.findOneBy({ openid })) ?? (await repository.save({ openid, unionid: null, phoneEncrypted: null, lastLoginAt: null }));
    return { id: row.id, openid: row.openid, ip: `demo-seed-${key}`, traceId: 'demo-seed' };
  }

  /** The demo staff who take the steps; none when the accounts were removed. */
  private async actors(): Promise<Actors | null> {
    const accounts = await this.dataSource.getRepository(StaffAccount).find({ where: { username: In([...ACTORS]) }, relations: { agency: true } });
    if (accounts.length !== ACTORS.length) return null;
    return Object.fromEntries(accounts.map((a) => [a.username, demoCallerOf(a)])) as Actors;
  }
}
