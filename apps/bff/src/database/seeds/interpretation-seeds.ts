import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { INTERPRETATION_IMAGE_ALT_MAX, type InterpretationStatus, type LifeEventStage, REVIEW_LEVELS, type SaveInterpretationRequest } from '@weimin/contracts';
import { DataSource, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import type { StaffCaller } from '../../auth/staff-principal';
import { Clock } from '../../common/clock/clock';
import { Interpretation } from '../../interpretations/interpretation.entity';
import { InterpretationsAdminService } from '../../interpretations/interpretations-admin.service';
import { PolicyDocument } from '../../interpretations/policy-document.entity';
import { MediaHostSettings } from '../../settings/settings.repository';
import { StaffAccount } from '../../staff/staff-account.entity';
import { demoCallerOf, demoSignersOf } from './demo-caller';
import { DEMO_INTERPRETATIONS, DEMO_MEDIA_HOSTS, DEMO_POLICY_DOCUMENTS, type InterpretationSeed } from './demo-interpretations';

const DAY_MS = 86_400_000;
/** Between two steps of a demo item: its four steps to publication take the three days from drafting. */
const STEP_MS = (3 * DAY_MS) / 4;
/** Who reviews at 公开办审核 and 负责人审核 (and registers the policy documents). */
const OFFICE = ['office.staff', 'office.head'] as const;

function bodyOf(seed: InterpretationSeed): string {
  const points = seed.points.map((point) => `<li>${point}</li>`).join('');
  return `<p>${seed.intro}</p><h4>政策要点</h4><ul>${points}</ul><h4>怎么办</h4><p>${seed.how}</p>`;
}

/** What the demo picture shows (the title and the key points, as drawn by scripts/demo-media.mjs). */
export function pictureTextOf(seed: InterpretationSeed): string {
  return `${seed.title}。${seed.points.map((point, index) => `${index + 1}. ${point}`).join('；')}。`.slice(0, INTERPRETATION_IMAGE_ALT_MAX);
}

/** What the demo video would say. */
function transcriptOf(seed: InterpretationSeed): string {
  return [seed.intro, ...seed.points.map((point, index) => `第${index + 1}点，${point}。`), seed.how].join('\n');
}

/**
 * Demo policy documents and interpretations over all 14 stages, most published (and so indexed for search), some in
 * draft, in review and returned, each taken through the console's own service: drafted by its agency's staff, submitted,
 * reviewed by the agency head, the office and the office head (or returned), every step at its past moment (Clock.at),
 * oldest first, so histories, search terms, 相关解读 and audit rows are those the API writes. Agencies without demo
 * staff get accounts made to sign (demo-caller.ts). Idempotent: documents match by 文号, interpretations by title.
 * Runs at start-up before the app serves, under the start-up lock.
 */
@Injectable()
export class InterpretationDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly interpretations: InterpretationsAdminService,
  ) {}

  async seed(now = new Date()): Promise<number> {
    const office = await this.office();
    // Without the office's demo accounts (an administrator removed them) nobody may review: nothing is added.
    if (!office) return 0;
    // The demo's videos are on an invented host; the allow-list names it unless the administrator has saved one.
    const hosts = new MediaHostSettings(this.dataSource.manager);
    if (!(await hosts.row())) await hosts.save(DEMO_MEDIA_HOSTS, null, now);
    const knownDocs = new Set((await this.dataSource.getRepository(PolicyDocument).find({ select: { docNumber: true } })).map((d) => d.docNumber));
    for (const document of DEMO_POLICY_DOCUMENTS.filter((d) => !knownDocs.has(d.docNumber)))
      await this.clock.at(now, () => this.interpretations.createPolicyDocument(office.staff, document));
    const docIds = new Map(
      (await this.dataSource.getRepository(PolicyDocument).find({ select: { id: true, docNumber: true } })).map((d) => [d.docNumber, d.id]),
    );

    const takenTitles = new Set((await this.dataSource.getRepository(Interpretation).find({ select: { title: true } })).map((i) => i.title));
    const agencies = new Map((await this.dataSource.getRepository(Agency).find()).map((a) => [a.code, a]));
    // A demo city the admin has trimmed keeps what still fits.
    const wanted = DEMO_INTERPRETATIONS.filter((seed) => !takenTitles.has(seed.title) && agencies.has(seed.agencyCode));
    if (wanted.length === 0) return 0;
    const drafting = [...new Set(wanted.map((seed) => agencies.get(seed.agencyCode)!))];
    const drafters = await demoSignersOf(this.dataSource, drafting, 'agency_staff');
    const heads = await demoSignersOf(this.dataSource, drafting, 'agency_head');
    // 相关解读 point to published demo items of a shared stage, so each is taken after those it may point to: oldest first.
    const published: Array<{ id: number; stages: readonly LifeEventStage[] }> = [];
    for (const seed of [...wanted].reverse()) {
      const agencyId = agencies.get(seed.agencyCode)!.id;
      const status = seed.status ?? 'published';
      const relatedIds =
        status === 'published'
          ? published
              .filter((other) => other.stages.some((stage) => seed.stages.includes(stage)))
              .slice(-2)
              .map((other) => other.id)
          : [];
      const request: SaveInterpretationRequest = {
        title: seed.title,
        summary: seed.summary,
        bodyHtml: bodyOf(seed),
        stages: seed.stages,
        format: seed.format,
        mediaUrl: seed.mediaUrl ?? null,
        imageUrl: seed.imageUrl ?? null,
        imageAlt: seed.imageUrl ? pictureTextOf(seed) : null,
        transcript: seed.format === 'video' ? transcriptOf(seed) : null,
        policyDocumentId: seed.docNumber ? (docIds.get(seed.docNumber) ?? null) : null,
        relatedIds,
        variants: seed.yi ? [{ language: 'ii', title: seed.yi.title, summary: seed.yi.summary, bodyHtml: seed.yi.body }] : [],
      };
      // Published `age` days ago, drafted three days before.
      const age = DEMO_INTERPRETATIONS.indexOf(seed) * 4 + 1;
      const draftedAt = now.getTime() - (age + 3) * DAY_MS;
      const id = await this.take(seed, status, request, draftedAt, { drafter: drafters.get(agencyId)!, head: heads.get(agencyId)!, ...office });
      if (status === 'published') published.push({ id, stages: seed.stages });
    }
    return wanted.length;
  }

  /** Drafts the item and takes it to `status`, a step every STEP_MS from `draftedAt`; its id. */
  private async take(
    seed: InterpretationSeed,
    status: InterpretationStatus,
    request: SaveInterpretationRequest,
    draftedAt: number,
    who: { drafter: StaffCaller; head: StaffCaller; staff: StaffCaller; officeHead: StaffCaller },
  ): Promise<number> {
    let step = 0;
    const next = <T>(work: () => Promise<T>) => this.clock.at(new Date(draftedAt + step++ * STEP_MS), work);
    const { id } = await next(() => this.interpretations.create(who.drafter, request));
    if (status === 'draft') return id;
    await next(() => this.interpretations.submit(who.drafter, id));
    if (status === 'returned') {
      await next(() => this.interpretations.return(who.head, id, seed.returnComment ?? '请修改后重新提交'));
      return id;
    }
    const reviewers = [who.head, who.staff, who.officeHead];
    for (const [index, level] of REVIEW_LEVELS.entries()) {
      if (level.status === status) return id;
      await next(() => this.interpretations.approve(reviewers[index], id));
    }
    return id;
  }

  private async office(): Promise<{ staff: StaffCaller; officeHead: StaffCaller } | null> {
    const accounts = await this.dataSource.getRepository(StaffAccount).find({ where: { username: In([...OFFICE]) }, relations: { agency: true } });
    const staff = accounts.find((a) => a.username === 'office.staff');
    const head = accounts.find((a) => a.username === 'office.head');
    return staff && head ? { staff: demoCallerOf(staff), officeHead: demoCallerOf(head) } : null;
  }
}
