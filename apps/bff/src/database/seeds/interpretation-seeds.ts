import { INTERPRETATION_IMAGE_ALT_MAX, type InterpretationStatus, REVIEW_LEVELS } from '@weimin/contracts';
import { type EntityManager, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { sanitizeRichText } from '../../common/text/rich-text';
import { Segmenter } from '../../common/text/segmenter';
import { InterpretationEvent } from '../../interpretations/interpretation-event.entity';
import { indexInterpretation } from '../../interpretations/interpretation-index';
import { InterpretationRelation } from '../../interpretations/interpretation-relation.entity';
import { InterpretationStage } from '../../interpretations/interpretation-stage.entity';
import { InterpretationVariant } from '../../interpretations/interpretation-variant.entity';
import { Interpretation } from '../../interpretations/interpretation.entity';
import { PolicyDocument } from '../../interpretations/policy-document.entity';
import { MediaHostSettings } from '../../settings/settings.repository';
import { StaffAccount } from '../../staff/staff-account.entity';
import { DEMO_INTERPRETATIONS, DEMO_MEDIA_HOSTS, DEMO_POLICY_DOCUMENTS, type InterpretationSeed } from './demo-interpretations';

const DAY_MS = 86_400_000;
/** Demo drafters and agency heads, where the demo city has accounts for the agency. */
const DRAFTERS: Record<string, { drafter: string; head: string }> = {
  'dept-hrss': { drafter: 'hrss.staff', head: 'hrss.head' },
  'dept-edu': { drafter: 'edu.staff', head: 'edu.head' },
};

function bodyOf(seed: InterpretationSeed): string {
  const points = seed.points.map((point) => `<li>${point}</li>`).join('');
  return sanitizeRichText(`<p>${seed.intro}</p><h4>政策要点</h4><ul>${points}</ul><h4>怎么办</h4><p>${seed.how}</p>`);
}

/** What the demo picture shows (the title and the key points, as drawn by scripts/demo-media.mjs). */
export function pictureTextOf(seed: InterpretationSeed): string {
  return `${seed.title}。${seed.points.map((point, index) => `${index + 1}. ${point}`).join('；')}。`.slice(0, INTERPRETATION_IMAGE_ALT_MAX);
}

/** What the demo video would say. */
function transcriptOf(seed: InterpretationSeed): string {
  return [seed.intro, ...seed.points.map((point, index) => `第${index + 1}点，${point}。`), seed.how].join('\n');
}

/** The review steps an item in `status` has been through, in order. */
function pathTo(status: InterpretationStatus): Array<{ action: InterpretationEvent['action']; level: number | null; to: InterpretationStatus }> {
  const steps: Array<{ action: InterpretationEvent['action']; level: number | null; to: InterpretationStatus }> = [
    { action: 'create', level: null, to: 'draft' },
  ];
  if (status === 'draft') return steps;
  steps.push({ action: 'submit', level: null, to: 'agency_review' });
  if (status === 'returned') return [...steps, { action: 'return', level: 1, to: 'returned' }];
  for (const [index, level] of REVIEW_LEVELS.entries()) {
    if (level.status === status) return steps;
    steps.push({ action: 'approve', level: level.level, to: REVIEW_LEVELS[index + 1]?.status ?? 'published' });
  }
  return steps;
}

/**
 * Demo policy documents and interpretations over all 14 stages, most published (and indexed for search), some in
 * draft, in review and returned. Idempotent: documents match by 文号, interpretations by title.
 */
export async function seedInterpretations(manager: EntityManager, now = new Date()): Promise<number> {
  // The demo's videos are on an invented host; the allow-list names it unless the administrator has saved one.
  if (!(await new MediaHostSettings(manager).row())) await new MediaHostSettings(manager).save(DEMO_MEDIA_HOSTS, null, now);
  const knownDocs = new Set((await manager.find(PolicyDocument, { select: { docNumber: true } })).map((d) => d.docNumber));
  const newDocs = DEMO_POLICY_DOCUMENTS.filter((d) => !knownDocs.has(d.docNumber));
  if (newDocs.length > 0)
    await manager.insert(
      PolicyDocument,
      newDocs.map((d) => ({ ...d, createdAt: now })),
    );
  const docIds = new Map((await manager.find(PolicyDocument, { select: { id: true, docNumber: true } })).map((d) => [d.docNumber, d.id]));

  const takenTitles = new Set((await manager.find(Interpretation, { select: { title: true } })).map((i) => i.title));
  const wanted = DEMO_INTERPRETATIONS.filter((seed) => !takenTitles.has(seed.title));
  if (wanted.length === 0) return 0;
  const agencyIds = new Map((await manager.find(Agency, { select: { id: true, code: true } })).map((a) => [a.code, a.id]));
  const accounts = new Map(
    (
      await manager.find(StaffAccount, {
        where: { username: In(['office.staff', 'office.head', ...Object.values(DRAFTERS).flatMap((d) => [d.drafter, d.head])]) },
        select: { id: true, username: true },
      })
    ).map((a) => [a.username, a.id]),
  );
  const segmenter = new Segmenter();
  const published: Array<{ id: number; stages: readonly string[] }> = [];
  let added = 0;
  for (const seed of wanted) {
    const agencyId = agencyIds.get(seed.agencyCode);
    if (!agencyId) continue;
    const status = seed.status ?? 'published';
    const age = DEMO_INTERPRETATIONS.indexOf(seed) * 4 + 1;
    const createdAt = new Date(now.getTime() - (age + 3) * DAY_MS);
    const publishedAt = status === 'published' ? new Date(now.getTime() - age * DAY_MS) : null;
    const people = DRAFTERS[seed.agencyCode];
    const authorId = people ? (accounts.get(people.drafter) ?? null) : null;
    const item = {
      title: seed.title,
      summary: seed.summary,
      bodyHtml: bodyOf(seed),
      format: seed.format,
      mediaUrl: seed.mediaUrl ?? null,
      imageUrl: seed.imageUrl ?? null,
      imageAlt: seed.imageUrl ? pictureTextOf(seed) : null,
      transcript: seed.format === 'video' ? transcriptOf(seed) : null,
      policyDocumentId: seed.docNumber ? (docIds.get(seed.docNumber) ?? null) : null,
      agencyId,
      authorId,
      status,
      createdAt,
      updatedAt: publishedAt ?? createdAt,
      publishedAt,
    };
    const { identifiers } = await manager.insert(Interpretation, item);
    const id = identifiers[0].id as number;
    await manager.insert(
      InterpretationStage,
      seed.stages.map((stage) => ({ interpretationId: id, stage })),
    );
    if (seed.yi)
      await manager.insert(InterpretationVariant, {
        interpretationId: id,
        language: 'ii',
        title: seed.yi.title,
        summary: seed.yi.summary,
        bodyHtml: sanitizeRichText(seed.yi.body),
      });
    const reviewerOf = (level: number | null) =>
      level === 1
        ? people
          ? accounts.get(people.head)
          : undefined
        : level === 2
          ? accounts.get('office.staff')
          : level === 3
            ? accounts.get('office.head')
            : authorId;
    const steps = pathTo(status);
    await manager.insert(
      InterpretationEvent,
      steps.map((step, index) => ({
        interpretationId: id,
        at: new Date(createdAt.getTime() + index * (DAY_MS / 2)),
        action: step.action,
        level: step.level,
        actorId: reviewerOf(step.level) ?? null,
        actorRole: step.level ? REVIEW_LEVELS[step.level - 1].role : authorId ? 'agency_staff' : null,
        fromStatus: index === 0 ? null : steps[index - 1].to,
        toStatus: step.to,
        comment: step.action === 'return' ? (seed.returnComment ?? '请修改后重新提交') : null,
      })),
    );
    if (status === 'published') {
      await indexInterpretation(manager, segmenter, { id, ...item });
      published.push({ id, stages: seed.stages });
    }
    added += 1;
  }
  // 相关解读: each published demo item points to up to two others of the same stage.
  const relations = published.flatMap((item) =>
    published
      .filter((other) => other.id !== item.id && other.stages.some((stage) => item.stages.includes(stage)))
      .slice(0, 2)
      .map((other) => ({ interpretationId: item.id, relatedId: other.id })),
  );
  if (relations.length > 0) await manager.insert(InterpretationRelation, relations);
  return added;
}
