import { AuditAction, type LifeEventStage, type SaveInterpretationRequest } from '@weimin/contracts';
import type { AuditLog } from '../audit/audit-log.entity';
import { AuditTrail } from '../audit/audit-trail';
import type { StaffCaller } from '../auth/staff-principal';
import { Clock } from '../common/clock/clock';
import type { DomainException } from '../common/errors/domain.exception';
import { type Repositories, Store } from '../database/unit-of-work';
import { emptyTables, InMemoryAuditLogs, sharedOn } from '../testing/in-memory-repositories';
import type { InterpretationEvent } from './interpretation-event.entity';
import type { Interpretation } from './interpretation.entity';
import type { InterpretationParts } from './interpretation.repository';
import type { InterpretationRepositories } from './interpretation.store';
import { InterpretationsAdminService } from './interpretations-admin.service';

/**
 * Service tier: the review workflow through InterpretationsAdminService over in-memory repositories (no database):
 * each step checked by interpretation-transitions.ts, written with its history and audit row, all or nothing. The SQL
 * behind the same repository methods is covered by test/api/interpretations.e2e-spec.ts.
 */

const AGENCY = 7;
const OFFICE = 1;

function caller(id: number, agencyId: number, roles: StaffCaller['roles']): StaffCaller {
  return { id, agencyId, agencyKind: agencyId === OFFICE ? 'office' : 'department', roles, sessionTokenHash: '', ip: null, traceId: null };
}
const drafter = caller(10, AGENCY, ['agency_staff']);
const head = caller(11, AGENCY, ['agency_head']);
const officeStaff = caller(20, OFFICE, ['office_staff']);
const officeHead = caller(21, OFFICE, ['office_head']);

function notUsed(): never {
  throw new Error('not used by these specs');
}

interface State {
  items: Interpretation[];
  events: Array<Omit<InterpretationEvent, 'id'>>;
  parts: Record<number, InterpretationParts>;
  indexed: number[];
  /** Audit rows go into the state of the transaction they are written in, as they would in the database. */
  audit: AuditLog[];
}

/** Rows in arrays; a transaction works on a copy of everything and keeps it only if the work succeeds. */
class InMemoryInterpretationStore extends Store<InterpretationRepositories> {
  state: State = { items: [], events: [], parts: {}, indexed: [], audit: [] };
  /** Set to make the next conditional update find the item moved (another reviewer got there first). */
  raceNextUpdate = false;

  get repositories(): Repositories<InterpretationRepositories> {
    return this.over(this.state);
  }

  async transaction<T>(work: (tx: Repositories<InterpretationRepositories>) => Promise<T>): Promise<T> {
    const copy = structuredClone(this.state);
    const result = await work(this.over(copy));
    this.state = copy;
    return result;
  }

  private over(state: State): Repositories<InterpretationRepositories> {
    return {
      ...sharedOn(emptyTables()),
      audit: new AuditTrail(new InMemoryAuditLogs(state)),
      interpretations: {
        page: notUsed,
        publishedPage: notUsed,
        findPublished: notUsed,
        isPublished: notUsed,
        findById: notUsed,
        inOrder: notUsed,
        publishedAmong: notUsed,
        addViews: notUsed,
        addFeedback: notUsed,
        search: notUsed,
        publishedFigures: notUsed,
        questionFigures: notUsed,
        reviewQueue: async (statuses, reviewerId, scope) =>
          state.items.filter((i) => statuses.includes(i.status) && i.authorId !== reviewerId && (scope === undefined || i.agencyId === scope)),
        findForAgency: async (id, scope) => structuredClone(state.items.find((i) => i.id === id && (scope === undefined || i.agencyId === scope)) ?? null),
        linkableCount: async (ids, agencyId) => state.items.filter((i) => ids.includes(i.id) && (i.status === 'published' || i.agencyId === agencyId)).length,
        insert: async (item) => {
          const id = state.items.length + 1;
          state.items.push({
            viewCount: 0,
            helpfulCount: 0,
            unhelpfulCount: 0,
            publishedAt: null,
            withdrawnAt: null,
            withdrawReason: null,
            ...item,
            id,
            version: 1,
          } as Interpretation);
          return id;
        },
        updateIfUnchanged: async (item, changes) => {
          const row = state.items.find((i) => i.id === item.id);
          if (!row || row.version !== item.version || this.raceNextUpdate) return (this.raceNextUpdate = false);
          Object.assign(row, changes, { version: row.version + 1 });
          return true;
        },
        addEvent: async (event) => void state.events.push(event),
        history: async (id) => state.events.filter((e) => e.interpretationId === id).map((e, index) => ({ ...e, id: index + 1 })),
        variants: async () => [],
        relatedIds: async (id) => state.parts[id]?.relatedIds ?? [],
        stagesOf: async (ids) => new Map(ids.map((id) => [id, state.parts[id]?.stages ?? []])),
        replaceParts: async (id, parts) => void (state.parts[id] = structuredClone(parts)),
        index: async (_cutter, item) => void state.indexed.push(item.id),
        unindex: async (id) => void (state.indexed = state.indexed.filter((indexed) => indexed !== id)),
        agencyNames: async (ids) => new Map(ids.map((id) => [id, id === AGENCY ? '市人社局' : '政务公开办'])),
        staffNames: async (ids) => new Map(ids.filter((id): id is number => id !== null).map((id) => [id, `#${id}`])),
      },
      policyDocuments: { list: notUsed, insert: notUsed, find: async () => null, exists: async () => false },
      mediaHosts: { hosts: async () => [] },
    };
  }
}

const cutter = { tokens: (text: string) => text.split(/\s+/) };

const request: SaveInterpretationRequest = {
  title: '灵活就业人员社保补贴怎么领',
  summary: '三步申领',
  bodyHtml: '<p>携带身份证<script>alert(1)</script>到窗口办理</p>',
  format: 'text',
  stages: ['employment'] as LifeEventStage[],
};

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    return (error as DomainException).code;
  }
  return 'OK';
}

describe('InterpretationsAdminService over in-memory repositories', () => {
  let store: InMemoryInterpretationStore;
  let service: InterpretationsAdminService;

  beforeEach(() => {
    store = new InMemoryInterpretationStore();
    service = new InterpretationsAdminService(store, cutter, new Clock());
  });

  it('runs draft → three approvals → published: sanitised, indexed once, one event and one audit row per step', async () => {
    const created = await service.create(drafter, request);
    expect(created).toMatchObject({ status: 'draft', bodyHtml: '<p>携带身份证到窗口办理</p>', stages: ['employment'], allowedActions: ['edit', 'submit'] });
    await service.submit(drafter, created.id);
    expect((await service.queue(head)).map((item) => item.id)).toEqual([created.id]);
    expect(await service.queue(drafter)).toEqual([]);
    await service.approve(head, created.id);
    await service.approve(officeStaff, created.id, '同意');
    expect(store.state.indexed).toEqual([]);
    const published = await service.approve(officeHead, created.id);

    expect(published.status).toBe('published');
    expect(store.state.items[0].publishedAt).toBeInstanceOf(Date);
    expect(store.state.indexed).toEqual([created.id]);
    expect(published.events.map((e) => [e.action, e.level, e.toStatus])).toEqual([
      ['create', null, 'draft'],
      ['submit', null, 'agency_review'],
      ['approve', 1, 'office_review'],
      ['approve', 2, 'final_review'],
      ['approve', 3, 'published'],
    ]);
    expect(store.state.audit.map((row) => row.action)).toEqual([
      AuditAction.InterpretationCreated,
      AuditAction.InterpretationSubmitted,
      AuditAction.InterpretationApproved,
      AuditAction.InterpretationApproved,
      AuditAction.InterpretationPublished,
      AuditAction.InterpretationApproved,
    ]);
    expect(await service.get(officeHead, created.id)).toMatchObject({ allowedActions: ['withdraw'] });
  });

  it('refuses a step with the code that names why, and writes nothing for it', async () => {
    const created = await service.create(drafter, request);
    await service.submit(drafter, created.id);
    const before = structuredClone(store.state);

    expect(await codeOf(() => service.approve(officeStaff, created.id))).toBe('INTERPRETATION_NOT_YOUR_REVIEW_LEVEL');
    expect(await codeOf(() => service.submit(drafter, created.id))).toBe('INTERPRETATION_UNDER_REVIEW');
    expect(await codeOf(() => service.withdraw(officeHead, created.id, '未发布'))).toBe('INTERPRETATION_UNDER_REVIEW');
    expect(store.state).toEqual(before);

    const own = await service.create(caller(12, AGENCY, ['agency_staff', 'agency_head']), request);
    await service.submit(caller(12, AGENCY, ['agency_staff', 'agency_head']), own.id);
    expect(await codeOf(() => service.approve(caller(12, AGENCY, ['agency_staff', 'agency_head']), own.id))).toBe('INTERPRETATION_OWN_DRAFT');
  });

  it('answers INTERPRETATION_CHANGED_MEANWHILE when another reviewer moved the item first, leaving no history or audit row behind', async () => {
    const created = await service.create(drafter, request);
    await service.submit(drafter, created.id);
    const events = store.state.events.length;
    const audits = store.state.audit.length;
    store.raceNextUpdate = true;
    expect(await codeOf(() => service.approve(head, created.id))).toBe('INTERPRETATION_CHANGED_MEANWHILE');
    expect(store.state.events).toHaveLength(events);
    expect(store.state.audit).toHaveLength(audits);
    expect(store.state.items[0].status).toBe('agency_review');
  });

  it('returns to the drafter with the comment, and withdraws a published item out of search', async () => {
    const created = await service.create(drafter, request);
    await service.submit(drafter, created.id);
    const returned = await service.return(head, created.id, '请补充申请条件');
    expect(returned).toMatchObject({ status: 'returned', allowedActions: ['edit', 'submit'] }); // the head drafts too
    expect(returned.events.at(-1)).toMatchObject({ action: 'return', level: 1, comment: '请补充申请条件' });
    await service.submit(drafter, created.id);
    for (const reviewer of [head, officeStaff, officeHead]) await service.approve(reviewer, created.id);
    expect(store.state.indexed).toEqual([created.id]);

    const withdrawn = await service.withdraw(officeStaff, created.id, '政策已废止');
    expect(withdrawn).toMatchObject({ status: 'withdrawn', withdrawReason: '政策已废止', allowedActions: [] });
    expect(store.state.indexed).toEqual([]);
    expect(await codeOf(() => service.withdraw(officeStaff, created.id, '再撤'))).toBe('INTERPRETATION_ALREADY_WITHDRAWN');
  });

  it('checks what a drafter sent before anything is written: an empty body and unknown links are 400 with the field', async () => {
    let details: unknown;
    try {
      await service.create(drafter, { ...request, bodyHtml: '<script>x</script>', relatedIds: [99] });
    } catch (error) {
      details = (error as DomainException).details;
    }
    expect(details).toEqual([
      { field: 'bodyHtml', messages: ['解读正文不能为空'] },
      { field: 'relatedIds', messages: ['关联的解读不存在'] },
    ]);
    expect(store.state.items).toEqual([]);
  });
});
