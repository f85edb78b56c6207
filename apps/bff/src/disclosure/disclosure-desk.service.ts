import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { CreateDisclosureRequest, DisclosureChannel, ErrorCode, FieldError } from '@weimin/contracts';
import type { Agencies } from '../agencies/agency.repository';
import { chinaDay, WorkingCalendar } from '../calendar/working-days';
import { Clock } from '../common/clock/clock';
import { DomainException } from '../common/errors/domain.exception';
import { ContactCipher } from '../common/privacy/contact-cipher';
import type { AppConfig } from '../config/configuration';
import { applicantNotice, type StepFacts } from './disclosure-applicant';
import { DisclosureApplication } from './disclosure-application.entity';
import { correctionWindowEnd, disclosureClock } from './disclosure-clock';
import type { DisclosurePause } from './disclosure-pause.entity';
import type { DisclosureFacts } from './disclosure-transitions';
import type { Decrypted } from './disclosure.mapper';
import type { QueuedNotices } from './disclosure.repository';

/** 18-digit resident ID (last may be X) / 18-character unified social credit code (GB 32100-2015 alphabet). */
const ID_CARD = /^[1-9]\d{5}(18|19|20)\d{2}(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3}[\dX]$/;
const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

const invalid = (field: string, message: string) =>
  new DomainException(ErrorCode.ValidationFailed, message, [{ field, messages: [message] } satisfies FieldError]);

/** What the citizen's and the staff's side share: the calendar, the cipher, the checks and the clock. */
@Injectable()
export class DisclosureDesk {
  readonly cipher: ContactCipher;
  readonly calendar = WorkingCalendar.fromConfig();
  readonly settings: AppConfig['disclosure'];

  constructor(
    config: ConfigService<AppConfig, true>,
    private readonly clock: Clock,
  ) {
    this.cipher = new ContactCipher(config.get('citizens.contactKey', { infer: true }));
    this.settings = config.get('disclosure', { infer: true });
  }

  /** The BFF's clock (common/clock), which DisclosureDemoSeeder pins to each demo step's moment. */
  now(): Date {
    return this.clock.now();
  }

  today(): string {
    return chinaDay(this.now());
  }

  /** Checks that need more than one field or the database; each refusal is a 400 naming the field. */
  async check(agencies: Agencies, request: CreateDisclosureRequest): Promise<void> {
    if (request.applicantKind === 'person' && request.certificateType !== 'id_card') throw invalid('certificateType', '自然人请使用居民身份证');
    if (request.applicantKind === 'organisation' && request.certificateType !== 'credit_code')
      throw invalid('certificateType', '法人或其他组织请使用统一社会信用代码');
    if (request.applicantKind === 'person' && request.organisationKind) throw invalid('organisationKind', '自然人无需选择组织类型');
    const pattern = request.certificateType === 'id_card' ? ID_CARD : CREDIT_CODE;
    if (!pattern.test(request.certificateNumber)) {
      throw invalid('certificateNumber', request.certificateType === 'id_card' ? '请填写18位居民身份证号码' : '请填写18位统一社会信用代码');
    }
    if (request.deliveryMethod === 'email' && !request.email) throw invalid('email', '选择电子邮件方式时请填写电子邮箱');
    if (request.agencyId !== undefined && request.agencyId !== null) {
      const agency = await agencies.findActive(request.agencyId);
      if (!agency) throw invalid('agencyId', '申请的机关不存在或已停用');
    }
  }

  /** A day the caller names (receipt, pause, delivery) may not be in the future nor before `notBefore`. */
  checkDay(field: string, day: string, notBefore: string | null, what: string): void {
    if (Number.isNaN(Date.parse(`${day}T00:00:00Z`)) || new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) throw invalid(field, '日期不存在');
    if (day > this.today()) throw invalid(field, `${what}不能晚于今天`);
    if (notBefore && day < notBefore) throw invalid(field, `${what}不能早于${notBefore}`);
  }

  /**
   * The corrected application is received (by the agency, or online from the applicant): the 20 working days restart
   * from this day once the caller recomputes the due day (`dueOn`).
   */
  receiveCorrection(application: DisclosureApplication, receivedOn: string): void {
    this.checkDay('receivedOn', receivedOn, application.correctionNoticedOn, '收到补正的日期');
    application.correctedOn = receivedOn;
  }

  newApplication(
    request: CreateDisclosureRequest,
    channel: DisclosureChannel,
    receivedOn: string,
    extra: Partial<DisclosureApplication>,
  ): Partial<DisclosureApplication> {
    const agencyId = request.agencyId ?? null;
    return {
      caseNo: `pending-${Math.random().toString(36).slice(2)}`,
      channel,
      receivedOn,
      createdAt: new Date(),
      applicantKind: request.applicantKind,
      organisationKind: request.applicantKind === 'organisation' ? (request.organisationKind ?? null) : null,
      applicantName: request.applicantName,
      certificateType: request.certificateType,
      certificateNumberEncrypted: this.cipher.encrypt(request.certificateNumber),
      contactPhoneEncrypted: this.cipher.encrypt(request.contactPhone),
      emailEncrypted: request.email ? this.cipher.encrypt(request.email) : null,
      postalAddress: request.postalAddress,
      infoTitle: request.infoTitle,
      infoDocumentNumber: request.infoDocumentNumber || null,
      infoDescription: request.infoDescription,
      requestedAgencyId: agencyId,
      agencyId,
      form: request.form,
      deliveryMethod: request.deliveryMethod,
      status: agencyId ? 'handling' : 'routing',
      dueOn: disclosureClock(this.calendar, { receivedOn }).dueOn,
      ...extra,
    };
  }

  /**
   * Tells an online applicant about the step by a subscribe message, queued in the step's transaction (the outbox,
   * docs/security.md §19): the case number and a status phrase only (docs/security.md §5). Once per kind of notice.
   */
  async notifyApplicant(outbox: QueuedNotices, application: DisclosureApplication, step: StepFacts): Promise<void> {
    const status = applicantNotice(step);
    if (!status || application.citizenId === null) return;
    await outbox.enqueue('citizen_subscribe', `disclosure-${step.action === 'route' ? 'submit' : step.action}:${application.id}`, application.citizenId, {
      caseNo: application.caseNo,
      status,
      page: `packages/disclosure/pages/detail/index?id=${application.id}`,
    });
  }

  /** 受理编号: YSQ, the day of receipt, the id. */
  caseNo(application: DisclosureApplication): string {
    return `YSQ${application.receivedOn.replace(/-/g, '')}${String(application.id).padStart(6, '0')}`;
  }

  decrypt(application: DisclosureApplication): Decrypted {
    return {
      certificateNumber: this.cipher.decrypt(application.certificateNumberEncrypted),
      contactPhone: this.cipher.decrypt(application.contactPhoneEncrypted),
      email: application.emailEncrypted ? this.cipher.decrypt(application.emailEncrypted) : null,
    };
  }

  /** The due day after any change; null once finished or while the clock is stopped. */
  dueOn(application: DisclosureApplication, pauses: readonly DisclosurePause[]): string | null {
    if (application.status === 'replied' || application.status === 'closed') return null;
    return disclosureClock(this.calendar, {
      receivedOn: application.receivedOn,
      correctionNoticedOn: application.correctionNoticedOn,
      correctedOn: application.correctedOn,
      pauses,
      extensionWorkdays: application.extensionStatus === 'approved' ? (application.extensionWorkdays ?? 0) : 0,
    }).dueOn;
  }

  facts(application: DisclosureApplication, delivered = !!application.deliveredOn): DisclosureFacts {
    return {
      status: application.status,
      agencyId: application.agencyId,
      today: this.today(),
      correctionNoticed: !!application.correctionNoticedOn,
      correctionWindowEnd: correctionWindowEnd(this.calendar, application.receivedOn),
      correctBy: application.correctBy,
      extensionAsked: application.extensionStatus !== null,
      extensionPending: application.extensionStatus === 'requested',
      delivered,
      replyNeedsOffice: this.settings.withholdNeedsOffice && application.outcome === 'withheld',
    };
  }

  /** Working days from today to the due day; negative when overdue. */
  workdaysLeft(dueOn: string | null): number | null {
    if (!dueOn) return null;
    const today = this.today();
    return dueOn >= today ? this.calendar.workdaysBetween(today, dueOn) : -this.calendar.workdaysBetween(dueOn, today);
  }
}
