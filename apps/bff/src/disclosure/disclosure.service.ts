import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import {
  AuditAction,
  CitizenCorrectionRequest,
  CreateDisclosureRequest,
  DisclosureSummary,
  ErrorCode,
  MyDisclosureDetail,
  MyDisclosureView,
} from '@weimin/contracts';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { DomainException } from '../common/errors/domain.exception';
import { isUniqueViolation } from '../common/errors/unique-violation';
import { RATE_LIMIT_STORE, RateLimiter, type RateLimitStore } from '../common/http/rate-limiter';
import type { AppConfig } from '../config/configuration';
import { applicantSteps } from './disclosure-applicant';
import { DisclosureApplication } from './disclosure-application.entity';
import { DisclosureDesk } from './disclosure-desk.service';
import { citizenCorrectionStep, type DisclosureFacts } from './disclosure-transitions';
import { toDisclosureSummary, toMyDisclosureView } from './disclosure.mapper';
import { DisclosureApplications } from './disclosure.repository';
import { DisclosureStore } from './disclosure.store';
import { LetterFile, readLetter } from './letter-file';

const IDEMPOTENCY_KEY = /^[\w-]{16,64}$/;

/** The applicant's side of 依申请公开: apply online, follow, download the reply letter (docs/domain.md §5). */
@Injectable()
export class DisclosureService {
  private readonly limiter: RateLimiter;

  constructor(
    private readonly store: DisclosureStore,
    private readonly desk: DisclosureDesk,
    config: ConfigService<AppConfig, true>,
    @Inject(RATE_LIMIT_STORE) rateLimits: RateLimitStore,
  ) {
    // The same budget as messages, counted separately (docs/security.md §20).
    this.limiter = new RateLimiter(config.get('citizens.postsPerHour', { infer: true }), 3_600_000, rateLimits);
  }

  /**
   * docs/security.md §18, as for messages: the same Idempotency-Key from the same citizen yields the same application,
   * however often and however concurrently it is sent; the same key with another body is 422. All or nothing.
   */
  async apply(
    caller: CitizenCaller,
    idempotencyKey: string | undefined,
    request: CreateDisclosureRequest,
  ): Promise<{ created: boolean; view: MyDisclosureView }> {
    if (!idempotencyKey || !IDEMPOTENCY_KEY.test(idempotencyKey)) {
      throw new DomainException(ErrorCode.ValidationFailed, '缺少或无效的 Idempotency-Key', [
        { field: 'Idempotency-Key', messages: ['a 16-64 character key is required'] },
      ]);
    }
    const requestHash = createHash('sha256')
      .update(JSON.stringify(request, Object.keys(request).sort()))
      .digest('hex');
    const replay = await this.replay(caller, idempotencyKey, requestHash);
    if (replay) return { created: false, view: replay };

    await this.limiter.take([`disclosure-citizen:${caller.id}`, `disclosure-ip:${caller.ip ?? 'unknown'}`]);
    await this.desk.check(this.store.repositories.agencies, request);
    try {
      const id = await this.store.transaction(async ({ applications, audit, outbox }) => {
        const now = this.desk.now();
        const application = await applications.insert(
          this.desk.newApplication(request, 'online', this.desk.today(), { citizenId: caller.id, idempotencyKey, requestHash, createdAt: now }),
        );
        application.caseNo = this.desk.caseNo(application);
        await applications.save(application);
        await applications.addEvent({
          applicationId: application.id,
          at: now,
          action: 'submit',
          actorType: 'citizen',
          actorId: caller.id,
          agencyId: application.agencyId,
          fromStatus: null,
          toStatus: application.status,
          reason: application.agencyId ? null : '申请人不确定受理机关，由政务公开办转办',
        });
        await this.desk.notifyApplicant(outbox, application, { action: 'submit', fromStatus: null, toStatus: application.status, reason: null });
        await audit.recordCitizen(caller, {
          action: AuditAction.DisclosureSubmitted,
          objectType: 'disclosure',
          objectId: application.id,
          agencyId: application.agencyId,
        });
        return application.id;
      });
      return { created: true, view: await this.mine(caller, id) };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      const winner = await this.replay(caller, idempotencyKey, requestHash, true);
      if (!winner) throw error;
      return { created: false, view: winner };
    }
  }

  async listMine(caller: CitizenCaller): Promise<DisclosureSummary[]> {
    const applications = this.store.repositories.applications;
    const rows = await applications.listForCitizen(caller.id);
    const names = await this.store.repositories.agencies.namesOf(rows.map((r) => r.agencyId));
    // The outcome shows once the reply is sent (or the application ended).
    return rows.map((row) => ({
      ...toDisclosureSummary(row, row.agencyId ? (names.get(row.agencyId) ?? null) : null),
      outcome: finished(row) ? row.outcome : null,
    }));
  }

  /** Another citizen's application is 404, never 403. */
  async mine(caller: CitizenCaller, id: number): Promise<MyDisclosureDetail> {
    const applications = this.store.repositories.applications;
    const application = await this.ownOr404(applications, caller, id);
    const [names, pauses, letter, history] = await Promise.all([
      this.store.repositories.agencies.namesOf([application.agencyId]),
      applications.pauses(id),
      this.store.repositories.letters.findForApplication(id),
      applications.history(id),
    ]);
    const view = toMyDisclosureView(
      application,
      application.agencyId ? (names.get(application.agencyId) ?? null) : null,
      this.desk.decrypt(application),
      pauses,
      letter,
      false,
    );
    return { ...view, steps: applicantSteps(history), mayCorrect: mayCorrect(this.desk.facts(application)) };
  }

  /**
   * The applicant sends the corrected application online, only while a 补正 is awaited (409 otherwise). Received today:
   * the clock restarts from today exactly as when the agency records a correction (DisclosureDesk.receiveCorrection).
   * One transaction with the history and the audit log; a second send finds the state moved on (409).
   */
  async correct(caller: CitizenCaller, id: number, request: CitizenCorrectionRequest): Promise<MyDisclosureDetail> {
    await this.store.transaction(async ({ applications, audit }) => {
      const application = await this.ownOr404(applications, caller, id);
      const from = application.status;
      const to = citizenCorrectionStep(this.desk.facts(application));
      if (!(await applications.claim(application))) throw new DomainException(ErrorCode.Conflict, '申请刚被处理过，请刷新后再试');
      const now = this.desk.now();
      this.desk.receiveCorrection(application, this.desk.today());
      application.infoTitle = request.infoTitle;
      application.infoDocumentNumber = request.infoDocumentNumber || null;
      application.infoDescription = request.infoDescription;
      application.status = to;
      application.dueOn = this.desk.dueOn(application, await applications.pauses(id));
      await applications.save(application);
      await applications.addEvent({
        applicationId: id,
        at: now,
        action: 'citizen-corrected',
        actorType: 'citizen',
        actorId: caller.id,
        agencyId: application.agencyId,
        fromStatus: from,
        toStatus: to,
        reason: '申请人在线补正',
      });
      await audit.recordCitizen(caller, {
        action: AuditAction.DisclosureCorrected,
        objectType: 'disclosure',
        objectId: id,
        agencyId: application.agencyId,
      });
    });
    return this.mine(caller, id);
  }

  async letter(caller: CitizenCaller, id: number): Promise<LetterFile> {
    await this.ownOr404(this.store.repositories.applications, caller, id);
    return this.store.transaction(async ({ letters, audit }) => {
      const file = readLetter(await letters.findForApplication(id));
      await audit.recordCitizen(caller, { action: AuditAction.DisclosureLetterDownloaded, objectType: 'disclosure', objectId: id });
      return file;
    });
  }

  private async ownOr404(applications: DisclosureApplications, caller: CitizenCaller, id: number): Promise<DisclosureApplication> {
    const application = await applications.findForCitizen(id, caller.id);
    if (!application) throw DomainException.notFound('申请');
    return application;
  }

  private async replay(caller: CitizenCaller, key: string, requestHash: string, waitForWinner = false): Promise<MyDisclosureView | null> {
    for (let attempt = 0; attempt < (waitForWinner ? 50 : 1); attempt++) {
      const existing = await this.store.repositories.applications.findByIdempotencyKey(caller.id, key);
      if (existing && existing.requestHash !== requestHash) throw new DomainException(ErrorCode.Unprocessable, '同一个 Idempotency-Key 不能用于不同的申请内容');
      if (existing) return this.mine(caller, existing.id);
      if (waitForWinner) await new Promise((r) => setTimeout(r, 100));
    }
    return null;
  }
}

const mayCorrect = (facts: DisclosureFacts): boolean => {
  try {
    citizenCorrectionStep(facts);
    return true;
  } catch {
    return false;
  }
};

const finished = (application: DisclosureApplication) => application.status === 'replied' || application.status === 'closed';
