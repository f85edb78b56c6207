import type {
  ApplicantKind,
  CertificateType,
  DeliveryMethod,
  DisclosureChannel,
  DisclosureForm,
  DisclosureOutcome,
  DisclosureStatus,
  OrganisationKind,
} from '@weimin/contracts';
import { Column, Entity, Index, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

/**
 * 政府信息公开申请 (docs/domain.md §5). Never public. The certificate number, phone and email are personal data: stored
 * encrypted like message contacts (docs/security.md §23), shown masked. Days are China calendar days kept as
 * YYYY-MM-DD text, so both dialects read them back the same.
 */
@Entity('disclosure_application')
@Index('uq_disclosure_citizen_key', ['citizenId', 'idempotencyKey'], { unique: true })
@Index('idx_disclosure_agency_status', ['agencyId', 'status'])
@Index('idx_disclosure_citizen', ['citizenId', 'id'])
@Index('idx_disclosure_status_due', ['status', 'dueOn'])
// The annual report (apps/bff/src/reports) selects by day of receipt and by reply.
@Index('idx_disclosure_received', ['receivedOn', 'agencyId'])
@Index('idx_disclosure_finished', ['finishedAt', 'agencyId'])
export class DisclosureApplication {
  @PrimaryGeneratedColumn()
  id: number;

  /** 受理编号, e.g. YSQ20261009000012. */
  @Column({ type: 'varchar', length: 32, unique: true })
  caseNo: string;

  /** The citizen who applied online; null for applications staff registered. */
  @Column({ type: 'int', nullable: true })
  citizenId: number | null;

  /** docs/security.md §18: the same key from the same citizen yields the same application. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  idempotencyKey: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  requestHash: string | null;

  @Column({ type: 'varchar', length: 16 })
  channel: DisclosureChannel;

  /** The day of receipt for the channel. */
  @Column({ type: 'varchar', length: 10 })
  receivedOn: string;

  @Column({ type: 'datetime' })
  createdAt: Date;

  @Column({ type: 'int', nullable: true })
  registeredById: number | null;

  @Column({ type: 'varchar', length: 16 })
  applicantKind: ApplicantKind;

  @Column({ type: 'varchar', length: 16, nullable: true })
  organisationKind: OrganisationKind | null;

  @Column({ type: 'varchar', length: 100 })
  applicantName: string;

  @Column({ type: 'varchar', length: 16 })
  certificateType: CertificateType;

  @Column({ type: 'text' })
  certificateNumberEncrypted: string;

  @Column({ type: 'text' })
  contactPhoneEncrypted: string;

  @Column({ type: 'text', nullable: true })
  emailEncrypted: string | null;

  @Column({ type: 'varchar', length: 200 })
  postalAddress: string;

  @Column({ type: 'varchar', length: 100 })
  infoTitle: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  infoDocumentNumber: string | null;

  @Column({ type: 'text' })
  infoDescription: string;

  /** The agency the applicant asked; null: 不确定. */
  @Column({ type: 'int', nullable: true })
  requestedAgencyId: number | null;

  /** The handling agency; null until the office routes a 不确定 application. */
  @Column({ type: 'int', nullable: true })
  agencyId: number | null;

  @Column({ type: 'varchar', length: 16 })
  form: DisclosureForm;

  @Column({ type: 'varchar', length: 16 })
  deliveryMethod: DeliveryMethod;

  @Column({ type: 'varchar', length: 16 })
  status: DisclosureStatus;

  /** The reply deadline as last computed (null while the clock is stopped or once finished): for lists and boards. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  // 补正
  @Column({ type: 'varchar', length: 1000, nullable: true })
  correctionMissing: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  correctionNoticedOn: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  correctBy: string | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  correctedOn: string | null;

  // 延期
  @Column({ type: 'int', nullable: true })
  extensionWorkdays: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  extensionReason: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  extensionStatus: 'requested' | 'approved' | 'rejected' | null;

  // 答复
  @Column({ type: 'varchar', length: 24, nullable: true })
  outcome: DisclosureOutcome | null;

  @Column({ type: 'int', nullable: true })
  outcomeReason: number | null;

  @Column({ type: 'text', nullable: true })
  replyFacts: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  replyLegalBasis: string | null;

  @Column({ type: 'int', nullable: true })
  replyDraftedById: number | null;

  /** 信息处理费 in fen (分), exact; null when none is charged (docs/domain.md §5). */
  @Column({ type: 'int', nullable: true })
  replyFeeFen: number | null;

  @Column({ type: 'datetime', nullable: true })
  finishedAt: Date | null;

  // 送达
  @Column({ type: 'varchar', length: 16, nullable: true })
  deliveredBy: DeliveryMethod | null;

  @Column({ type: 'varchar', length: 10, nullable: true })
  deliveredOn: string | null;

  /** The due day a reminder (3 working days before) was queued for: once per due day, however many instances run. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  reminderQueuedFor: string | null;

  /** The due day an overdue alert was queued for. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  overdueQueuedFor: string | null;

  @VersionColumn()
  version: number;
}
