/**
 * 政府信息公开工作年度报告 (docs/domain.md §8): the annual report of 条例 第四十九条 / 第五十条, in the format of
 * 国办公开办函〔2021〕30号. GET /api/admin/reports/annual?year=YYYY[&agencyId=] answers with AnnualReport.
 */
import { DISCLOSURE_OUTCOMES, ORGANISATION_KIND_LABELS, REMEDY_KIND_LABELS, REMEDY_RESULT_LABELS } from './disclosure';
import type { DisclosureOutcome, OrganisationKind, RemedyKind, RemedyResult } from './disclosure';

/** Table 三's applicant columns: 自然人, the five kinds of 法人或其他组织, 总计. */
export type TableThreeColumn = 'person' | OrganisationKind | 'total';
export const TABLE_THREE_COLUMNS: readonly TableThreeColumn[] = ['person', 'business', 'research', 'social_welfare', 'legal_service', 'other', 'total'];
export const TABLE_THREE_COLUMN_LABELS: Record<TableThreeColumn, string> = { person: '自然人', ...ORGANISATION_KIND_LABELS, total: '总计' };

export type TableThreeCells = Record<TableThreeColumn, number>;

/**
 * One row of table 三. `key` is `received`, `carried_over`, an outcome (`disclosed`), an outcome's reason
 * (`withheld.3`, 1-based as in the report), `total` or `carried_forward`. A category with reasons is a heading row whose
 * `cells` are null (the report counts its reasons only).
 */
export interface TableThreeRow {
  key: string;
  /** 一、本年新收政府信息公开申请数量 / （三）不予公开 / 1．属于国家秘密 … in the report's words. */
  label: string;
  level: 0 | 1 | 2;
  cells: TableThreeCells | null;
}

/** The report's own check for one column: 本年新收 + 上年结转 = 办理结果总计 + 结转下年度继续办理. */
export interface TableThreeColumnCheck {
  column: TableThreeColumn;
  columnLabel: string;
  received: number;
  carriedOver: number;
  total: number;
  carriedForward: number;
  holds: boolean;
  /** Why the column does not add up (null when it does). */
  problem: string | null;
}

export interface TableThreeCheck {
  holds: boolean;
  columns: TableThreeColumnCheck[];
}

/** Table 四's fifteen columns: for 行政复议, 行政诉讼（未经复议直接起诉）and（复议后起诉）: 维持/纠正/其他/尚未审结/总计. */
export type TableFourResult = RemedyResult | 'total';
export const TABLE_FOUR_RESULTS: readonly TableFourResult[] = ['upheld', 'corrected', 'other', 'pending', 'total'];
export const TABLE_FOUR_RESULT_LABELS: Record<TableFourResult, string> = { ...REMEDY_RESULT_LABELS, total: '总计' };
export const TABLE_FOUR_KINDS: readonly RemedyKind[] = ['reconsideration', 'litigation_direct', 'litigation_after'];
export const TABLE_FOUR_KIND_LABELS: Record<RemedyKind, string> = REMEDY_KIND_LABELS;
export type TableFour = Record<RemedyKind, Record<TableFourResult, number>>;

export interface AnnualReport {
  year: number;
  /** The city whose government reports (the BFF's CITY_NAME): clients take it from here, never from a constant. */
  cityName: string;
  /** 「临溪市政府信息公开工作年度报告（2026年）」, or a department's 「临溪市教育局2026年政府信息公开工作年度报告」. */
  title: string;
  /** Null: the whole government (本级政府); otherwise one department. */
  agencyId: number | null;
  agencyName: string;
  /** 三、收到和处理政府信息公开申请情况 */
  tableThree: TableThreeRow[];
  check: TableThreeCheck;
  /** 四、政府信息公开行政复议、行政诉讼情况 */
  tableFour: TableFour;
  /** 一、总体情况: the office's text and the figures Weimin knows. */
  overview: { text: ReportTextView; figures: OverviewFigures };
  /** 二、主动公开政府信息情况: documents (the whole government's; null in a department's report) and the entered rows. */
  proactive: { regulations: DocumentCounts | null; normativeDocuments: DocumentCounts | null; manual: ManualFigures };
  /** 五 and 六: the office's text. */
  problems: ReportTextView;
  other: ReportTextView;
  /** 六's 信息处理费 figures, from the replies sent in the year. */
  processingFees: ProcessingFeeFigures;
  generatedAt: string;
}

/**
 * 六、其他需要报告的事项: 信息处理费 (国办函〔2020〕109号) charged by the replies sent in the year (by the day the
 * reply went out) within the report's scope. The official table states the amount in 万元; yuan is kept exact beside it.
 */
export interface ProcessingFeeFigures {
  /** Replies that charged a fee. */
  count: number;
  amountYuan: number;
  /** amountYuan / 10,000, with up to six decimals (one fen is 0.000001 万元). */
  amountWanYuan: number;
}
/** 「本年度共收取信息处理费3件，合计0.0215万元（215.00元）。」 */
export const processingFeeSentence = (fees: ProcessingFeeFigures): string =>
  fees.count === 0 ? '本年度未收取信息处理费。' : `本年度共收取信息处理费${fees.count}件，合计${fees.amountWanYuan}万元（${fees.amountYuan.toFixed(2)}元）。`;

export const REPORT_YEAR_MIN = 2008;

export const REPORT_SECTION_HEADINGS = {
  overview: '一、总体情况',
  proactive: '二、主动公开政府信息情况',
  applications: '三、收到和处理政府信息公开申请情况',
  remedies: '四、政府信息公开行政复议、行政诉讼情况',
  problems: '五、存在的主要问题及改进情况',
  other: '六、其他需要报告的事项',
} as const;

/** Table 三's row labels in the report's words, with the outcome categories of DISCLOSURE_OUTCOMES. */
export const TABLE_THREE_HEADINGS = {
  received: '一、本年新收政府信息公开申请数量',
  carriedOver: '二、上年结转政府信息公开申请数量',
  results: '三、本年度办理结果',
  total: '（七）总计',
  carriedForward: '四、结转下年度继续办理',
} as const;

export const OUTCOME_ORDER: readonly DisclosureOutcome[] = ['disclosed', 'partly_disclosed', 'withheld', 'unavailable', 'not_processed', 'other'];
export const OUTCOME_NUMERALS = ['（一）', '（二）', '（三）', '（四）', '（五）', '（六）'] as const;
export { DISCLOSURE_OUTCOMES as REPORT_OUTCOMES };

/** The office's text sections: 一、总体情况, 五、存在的主要问题及改进情况, 六、其他需要报告的事项. */
export type ReportTextSection = 'overview' | 'problems' | 'other';
export const REPORT_TEXT_SECTIONS: readonly ReportTextSection[] = ['overview', 'problems', 'other'];
export const REPORT_TEXT_MAX = 20000;

export interface ReportTextView {
  section: ReportTextSection;
  /** 0 while nothing is written. */
  version: number;
  text: string;
  authorId: number | null;
  savedAt: string | null;
}
/** PUT /api/admin/reports/annual/texts/:section?year=&agencyId=: a new version; `baseVersion` is the one the editor started from. */
export interface SaveReportTextRequest {
  text: string;
  baseVersion: number;
}

/** 二's figures for 规章 or 规范性文件 (from the policy documents). */
export interface DocumentCounts {
  issued: number;
  repealed: number;
  inForce: number;
}
/** 二's rows entered by hand per agency per year, summed over the report's scope. */
export interface ManualFigures {
  licensing: number;
  penalties: number;
  enforcement: number;
  /** 行政事业性收费, 万元 with up to four decimals. */
  feesWanYuan: number;
  /** How many agencies entered figures for the year. */
  agenciesReporting: number;
}
/** PUT /api/admin/reports/manual-figures?year=&agencyId= */
export interface SaveManualFiguresRequest {
  licensing: number;
  penalties: number;
  enforcement: number;
  feesWanYuan: number;
}
export interface ManualFiguresRow extends SaveManualFiguresRequest {
  agencyId: number;
  agencyName: string;
  year: number;
  updatedAt: string;
}

/** 一's figures Weimin knows, for the year. */
export interface OverviewFigures {
  interpretationsByStage: { stage: string; label: string; published: number }[];
  noticesBySection: { section: string; label: string; published: number }[];
  messages: { received: number; replied: number; onTime: number; summary: string };
}

/**
 * The report's title: the whole government's 「临溪市政府信息公开工作年度报告（2026年）」, a department's
 * 「临溪市教育局2026年政府信息公开工作年度报告」 (the city is not repeated when the department's name starts with it).
 */
export function annualReportTitle(cityName: string, year: number, departmentName: string | null): string {
  if (departmentName === null) return `${cityName}政府信息公开工作年度报告（${year}年）`;
  const publisher = departmentName.startsWith(cityName) ? departmentName : `${cityName}${departmentName}`;
  return `${publisher}${year}年政府信息公开工作年度报告`;
}
/** Who published: the city's government (「临溪市人民政府」) or the department by name. */
export const reportPublisherName = (cityName: string, departmentName: string | null): string => departmentName ?? `${cityName}人民政府`;

/** GET /api/reports/annual?publisher=: `government`, or a department's agency id; absent: every publisher. */
export interface PublishedReportListQuery {
  publisher?: 'government' | number;
}

/**
 * GET /api/reports/annual: one published report; a corrected one republished for the same year and publisher supersedes
 * it (已更正). Art. 49 of the 条例: departments publish theirs by 31 January, governments by 31 March.
 */
export interface PublishedReportSummary {
  id: number;
  year: number;
  /** Null: the whole government's report; otherwise the department that published its own. */
  agencyId: number | null;
  publisher: string;
  title: string;
  publishedAt: string;
  superseded: boolean;
  /** When the correction replaced it; null while it is the current version. */
  supersededAt: string | null;
}
/** GET /api/reports/annual/:id: the report as it stood when published. */
export interface PublishedReport extends PublishedReportSummary {
  report: AnnualReport;
}
