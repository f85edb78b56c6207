/**
 * 依申请公开 (disclosure on application) under the 政府信息公开条例 (2019), docs/domain.md §5. The outcome categories and
 * their wording follow table 三 of the annual-report format (国办公开办函〔2021〕30号).
 */

/** 申请人: 自然人, or 法人或其他组织 (table 三's columns). */
export const ApplicantKind = { Person: 'person', Organisation: 'organisation' } as const;
export type ApplicantKind = (typeof ApplicantKind)[keyof typeof ApplicantKind];
export const APPLICANT_KIND_LABELS: Record<ApplicantKind, string> = { person: '自然人', organisation: '法人或其他组织' };

export const OrganisationKind = {
  Business: 'business',
  Research: 'research',
  SocialWelfare: 'social_welfare',
  LegalService: 'legal_service',
  Other: 'other',
} as const;
export type OrganisationKind = (typeof OrganisationKind)[keyof typeof OrganisationKind];
export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  business: '商业企业',
  research: '科研机构',
  social_welfare: '社会公益组织',
  legal_service: '法律服务机构',
  other: '其他',
};

export const CertificateType = { IdCard: 'id_card', CreditCode: 'credit_code' } as const;
export type CertificateType = (typeof CertificateType)[keyof typeof CertificateType];
export const CERTIFICATE_TYPE_LABELS: Record<CertificateType, string> = { id_card: '居民身份证', credit_code: '统一社会信用代码' };

/** How the application reached the agency; it decides the day of receipt (国办公开办函〔2015〕207号). */
export const DisclosureChannel = {
  Online: 'online',
  InPerson: 'in_person',
  RegisteredMail: 'registered_mail',
  OrdinaryMail: 'ordinary_mail',
  Fax: 'fax',
  Email: 'email',
} as const;
export type DisclosureChannel = (typeof DisclosureChannel)[keyof typeof DisclosureChannel];
export const DISCLOSURE_CHANNEL_LABELS: Record<DisclosureChannel, string> = {
  online: '网上申请',
  in_person: '当面提交',
  registered_mail: '挂号信',
  ordinary_mail: '平信',
  fax: '传真',
  email: '电子邮件',
};
/** What the receipt date means for each channel registered by staff. */
export const RECEIPT_DAY_RULES: Record<DisclosureChannel, string> = {
  online: '系统收到之日',
  in_person: '当面提交之日',
  registered_mail: '签收之日',
  ordinary_mail: '与申请人确认之日',
  fax: '双方确认之日',
  email: '系统收到之日',
};

export const DisclosureForm = { Paper: 'paper', Electronic: 'electronic' } as const;
export type DisclosureForm = (typeof DisclosureForm)[keyof typeof DisclosureForm];
export const DISCLOSURE_FORM_LABELS: Record<DisclosureForm, string> = { paper: '纸质', electronic: '电子' };

export const DeliveryMethod = { Post: 'post', Pickup: 'pickup', Email: 'email', Online: 'online' } as const;
export type DeliveryMethod = (typeof DeliveryMethod)[keyof typeof DeliveryMethod];
export const DELIVERY_METHOD_LABELS: Record<DeliveryMethod, string> = { post: '邮寄', pickup: '自行领取', email: '电子邮件', online: '在线查看' };

/**
 * routing 待转办 (agency 不确定) → handling 办理中 ⇄ correction 待补正 / paused 征求意见中 → reply_review 答复待审核
 * (→ office_review 公开办审核, for 不予公开 when configured) → replied 已答复; closed 已终止 when no correction came.
 */
export const DisclosureStatus = {
  Routing: 'routing',
  Handling: 'handling',
  Correction: 'correction',
  Paused: 'paused',
  ReplyReview: 'reply_review',
  OfficeReview: 'office_review',
  Replied: 'replied',
  Closed: 'closed',
} as const;
export type DisclosureStatus = (typeof DisclosureStatus)[keyof typeof DisclosureStatus];
export const DISCLOSURE_STATUS_LABELS: Record<DisclosureStatus, string> = {
  routing: '待转办',
  handling: '办理中',
  correction: '待补正',
  paused: '征求意见中',
  reply_review: '答复待审核',
  office_review: '公开办审核',
  replied: '已答复',
  closed: '已终止',
};

/** The staff actions, one POST each under /api/admin/disclosure/applications/:id/. */
export const DisclosureAction = {
  Route: 'route',
  RequestCorrection: 'correction',
  ReceiveCorrection: 'corrected',
  LapseCorrection: 'correction-lapsed',
  Pause: 'pause',
  Resume: 'resume',
  RequestExtension: 'extension',
  DecideExtension: 'extension-decision',
  DraftReply: 'reply-draft',
  ApproveReply: 'reply-approve',
  ReturnReply: 'reply-return',
  RecordDelivery: 'delivery',
  RecordRemedy: 'remedy',
  /** 催办: the office urges the handling agency (a notice; the state does not change). */
  Chase: 'chase',
} as const;
export type DisclosureAction = (typeof DisclosureAction)[keyof typeof DisclosureAction];

/** The pauses that stop the clock (条例 第三十二条、第三十条). */
export const PauseKind = { ThirdParty: 'third_party', OtherAgency: 'other_agency' } as const;
export type PauseKind = (typeof PauseKind)[keyof typeof PauseKind];
export const PAUSE_KIND_LABELS: Record<PauseKind, string> = { third_party: '征求第三方意见', other_agency: '征求其他机关意见' };

export const DISCLOSURE_REPLY_WORKDAYS = 20;
export const DISCLOSURE_EXTENSION_MAX_WORKDAYS = 20;
export const DISCLOSURE_CORRECTION_WINDOW_WORKDAYS = 7;
export const DISCLOSURE_THIRD_PARTY_WORKDAYS = 15;

/** 表三 「三、本年度办理结果」: the outcome categories and, for four of them, their reasons, in the report's words. */
export const DisclosureOutcome = {
  Disclosed: 'disclosed',
  PartlyDisclosed: 'partly_disclosed',
  Withheld: 'withheld',
  Unavailable: 'unavailable',
  NotProcessed: 'not_processed',
  Other: 'other',
} as const;
export type DisclosureOutcome = (typeof DisclosureOutcome)[keyof typeof DisclosureOutcome];

export interface OutcomeCategory {
  label: string;
  /** The reasons, numbered 1.. as in the report; empty when the category has none. */
  reasons: readonly string[];
}

export const DISCLOSURE_OUTCOMES: Record<DisclosureOutcome, OutcomeCategory> = {
  disclosed: { label: '予以公开', reasons: [] },
  partly_disclosed: { label: '部分公开（区分处理的，只计这一情形，不计其他情形）', reasons: [] },
  withheld: {
    label: '不予公开',
    reasons: [
      '属于国家秘密',
      '其他法律行政法规禁止公开',
      '危及“三安全一稳定”',
      '保护第三方合法权益',
      '属于三类内部事务信息',
      '属于四类过程性信息',
      '属于行政执法案卷',
      '属于行政查询事项',
    ],
  },
  unavailable: { label: '无法提供', reasons: ['本机关不掌握相关政府信息', '没有现成信息需要另行制作', '补正后申请内容仍不明确'] },
  not_processed: {
    label: '不予处理',
    reasons: ['信访举报投诉类申请', '重复申请', '要求提供公开出版物', '无正当理由大量反复申请', '要求行政机关确认或重新出具已获取信息'],
  },
  other: {
    label: '其他处理',
    reasons: [
      '申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '其他',
    ],
  },
};

/** The reason number (1-based) of 其他处理 used when no correction came in time. */
export const OUTCOME_REASON_CORRECTION_LAPSED = 1;

/** 行政复议 / 行政诉讼 that followed an application (table 四). */
export const RemedyKind = {
  Reconsideration: 'reconsideration',
  LitigationDirect: 'litigation_direct',
  LitigationAfterReconsideration: 'litigation_after',
} as const;
export type RemedyKind = (typeof RemedyKind)[keyof typeof RemedyKind];
export const REMEDY_KIND_LABELS: Record<RemedyKind, string> = {
  reconsideration: '行政复议',
  litigation_direct: '行政诉讼（未经复议直接起诉）',
  litigation_after: '行政诉讼（复议后起诉）',
};
export const RemedyResult = { Upheld: 'upheld', Corrected: 'corrected', Other: 'other', Pending: 'pending' } as const;
export type RemedyResult = (typeof RemedyResult)[keyof typeof RemedyResult];
export const REMEDY_RESULT_LABELS: Record<RemedyResult, string> = { upheld: '结果维持', corrected: '结果纠正', other: '其他结果', pending: '尚未审结' };

export const DISCLOSURE_TITLE_MAX = 100;
export const DISCLOSURE_DESCRIPTION_MAX = 2000;

/** What a citizen (online) or staff (any channel) submits. */
export interface CreateDisclosureRequest {
  applicantKind: ApplicantKind;
  /** Required for 法人或其他组织. */
  organisationKind?: OrganisationKind;
  applicantName: string;
  certificateType: CertificateType;
  certificateNumber: string;
  contactPhone: string;
  postalAddress: string;
  email?: string;
  infoTitle: string;
  infoDocumentNumber?: string;
  infoDescription: string;
  /** The agency asked; absent means 不确定 (the office routes it). */
  agencyId?: number;
  form: DisclosureForm;
  deliveryMethod: DeliveryMethod;
}

/** Staff registering an application that came by letter, in person, by fax or by email. */
export interface RegisterDisclosureRequest extends CreateDisclosureRequest {
  channel: DisclosureChannel;
  /** The day of receipt for the channel (YYYY-MM-DD, China), see RECEIPT_DAY_RULES. */
  receivedOn: string;
}

export interface RouteDisclosureRequest {
  agencyId: number;
  note?: string;
}
export interface DisclosureCorrectionRequest {
  /** Exactly what is missing or unclear. */
  missing: string;
  /** Working days the applicant has to correct (default from config). */
  workdays?: number;
}
export interface DisclosureCorrectedRequest {
  /** The day the corrected application was received (YYYY-MM-DD). */
  receivedOn: string;
  note?: string;
}
/** The applicant corrects online (POST /api/disclosure/applications/mine/:id/correction): what the 补正 notice asked for. */
export interface CitizenCorrectionRequest {
  infoTitle: string;
  infoDocumentNumber?: string;
  infoDescription: string;
}
export interface DisclosurePauseRequest {
  kind: PauseKind;
  /** Whom the agency asked, and about what. */
  party: string;
  startedOn: string;
}
export interface DisclosureResumeRequest {
  endedOn: string;
  note?: string;
}
export interface DisclosureExtensionRequest {
  workdays: number;
  reason: string;
}
export interface DisclosureExtensionDecision {
  approve: boolean;
  comment?: string;
}
export interface DisclosureReplyDraft {
  outcome: DisclosureOutcome;
  /** 1-based reason number within the outcome, required when the outcome has reasons. */
  outcomeReason?: number;
  /** The facts found and the answer, in the letter's words. */
  facts: string;
  /** The article relied on, e.g. 《中华人民共和国政府信息公开条例》第三十六条第（一）项. */
  legalBasis: string;
  /**
   * 信息处理费 in yuan (at most two decimals), charged only above the volume threshold of 《政府信息公开信息处理费管理办法》
   * (国办函〔2020〕109号) and only when information is provided (公开 / 部分公开). Absent or 0: none.
   */
  feeYuan?: number;
}
/** The largest 信息处理费 one reply may charge, in yuan: a bound on typing errors, far above what the 管理办法's rates reach. */
export const DISCLOSURE_FEE_MAX_YUAN = 100000;
/** Outcomes that provide information, the only ones a 信息处理费 may go with. */
export const FEE_OUTCOMES: readonly DisclosureOutcome[] = ['disclosed', 'partly_disclosed'];
export interface DisclosureReturnReply {
  reason: string;
}
export interface DisclosureDeliveryRequest {
  method: DeliveryMethod;
  deliveredOn: string;
}
export interface DisclosureChaseRequest {
  note: string;
}
export interface DisclosureRemedyRequest {
  kind: RemedyKind;
  result: RemedyResult;
  filedOn: string;
  note?: string;
}

export interface DisclosureListQuery {
  status?: DisclosureStatus;
  agencyId?: number;
  /** Due on or before this day (YYYY-MM-DD): the due and overdue lists. */
  dueBy?: string;
  page?: number;
  pageSize?: number;
}
export interface DisclosurePage {
  items: StaffDisclosureSummary[];
  total: number;
  page: number;
  pageSize: number;
}

export interface DisclosureEventView {
  at: string;
  action: string;
  actorType: 'staff' | 'citizen' | 'system';
  fromStatus: DisclosureStatus | null;
  toStatus: DisclosureStatus | null;
  reason: string | null;
}
export interface DisclosurePauseView {
  kind: PauseKind;
  party: string;
  startedOn: string;
  endedOn: string | null;
}
export interface DisclosureReplyView {
  outcome: DisclosureOutcome;
  outcomeLabel: string;
  outcomeReason: number | null;
  outcomeReasonLabel: string | null;
  facts: string;
  legalBasis: string;
  /** 信息处理费 in yuan; null when none is charged. */
  feeYuan: number | null;
  /** 临人社依公开〔2026〕第12号, once sent. */
  letterNumber: string | null;
  letterSha256: string | null;
  sentAt: string | null;
}

export interface DisclosureSummary {
  id: number;
  caseNo: string;
  status: DisclosureStatus;
  statusLabel: string;
  infoTitle: string;
  agencyId: number | null;
  agencyName: string | null;
  receivedOn: string;
  /** Null while the clock is stopped (补正) or the application is finished. */
  dueOn: string | null;
  outcome: DisclosureOutcome | null;
}

/** A row of the console's lists: who applied and how much time is left (negative when overdue). */
export interface StaffDisclosureSummary extends DisclosureSummary {
  applicantKind: ApplicantKind;
  workdaysLeft: number | null;
  overdue: boolean;
}

/** The applicant's view: their own data, certificate number masked. */
export interface MyDisclosureView extends DisclosureSummary {
  applicantKind: ApplicantKind;
  organisationKind: OrganisationKind | null;
  applicantName: string;
  certificateType: CertificateType;
  certificateNumberMasked: string;
  contactPhoneMasked: string;
  postalAddress: string;
  infoDocumentNumber: string | null;
  infoDescription: string;
  form: DisclosureForm;
  deliveryMethod: DeliveryMethod;
  channel: DisclosureChannel;
  correction: { missing: string; noticedOn: string; correctBy: string; correctedOn: string | null } | null;
  pauses: DisclosurePauseView[];
  extension: { workdays: number; reason: string; status: 'requested' | 'approved' | 'rejected' } | null;
  reply: DisclosureReplyView | null;
  delivery: { method: DeliveryMethod; deliveredOn: string } | null;
}

/** One step the applicant sees in their own history (internal steps such as drafts and 催办 are left out). */
export interface MyDisclosureStep {
  at: string;
  label: string;
  /** What the applicant needs to know: the 补正 notice's words, the letter number. */
  detail: string | null;
}

/** GET /api/disclosure/applications/mine/:id: the applicant's view with every step they may see. */
export interface MyDisclosureDetail extends MyDisclosureView {
  steps: MyDisclosureStep[];
  /** True while a 补正 is awaited and its period has not run out: the applicant may correct online. */
  mayCorrect: boolean;
}

export interface StaffDisclosureView extends MyDisclosureView {
  /** Unmasked for the handling agency and the office, and every such reading is audited; absent otherwise. */
  applicant: { certificateNumber: string; contactPhone: string; email: string | null } | null;
  /** Working days left to the due day (negative when overdue), null while the clock is stopped. */
  workdaysLeft: number | null;
  overdue: boolean;
  allowedActions: DisclosureAction[];
  remedies: { kind: RemedyKind; result: RemedyResult; filedOn: string; note: string | null }[];
  history: DisclosureEventView[];
}
