import { createHash } from 'node:crypto';
import { DISCLOSURE_OUTCOMES, type DisclosureOutcome } from '@weimin/contracts';
import { AlignmentType, Document, Packer, Paragraph, TextRun } from 'docx';

/** What a reply letter (答复书) states (条例 第三十六条). */
export interface ReplyLetterFacts {
  number: string;
  agencyName: string;
  applicantName: string;
  receivedOn: string;
  infoTitle: string;
  outcome: DisclosureOutcome;
  outcomeReason: number | null;
  facts: string;
  legalBasis: string;
  /** 信息处理费 in fen, null when none. */
  feeFen: number | null;
  issuedOn: string;
}

/** The remedy every letter names: 行政复议 within 60 days, 行政诉讼 within 6 months (条例 第五十一条). */
export const REMEDY_NOTICE = '如对本答复不服，可以自收到本答复书之日起60日内依法申请行政复议，或者自收到本答复书之日起6个月内依法向人民法院提起行政诉讼。';

export function letterNumber(prefix: string, year: number, serial: number): string {
  return `${prefix}〔${year}〕第${serial}号`;
}

/**
 * The fee paragraph of 国办函〔2020〕109号: the amount, and that the information is provided once it is paid; the
 * applicant may instead withdraw the application.
 */
export function feeText(feeFen: number): string {
  return `根据《政府信息公开信息处理费管理办法》，本申请须缴纳信息处理费${(feeFen / 100).toFixed(2)}元。本机关在您缴纳后提供上述信息；您也可以撤回申请。`;
}

export function outcomeText(outcome: DisclosureOutcome, reason: number | null): string {
  const category = DISCLOSURE_OUTCOMES[outcome];
  return reason ? `${category.label}（${category.reasons[reason - 1]}）` : category.label;
}

const day = (iso: string) => `${Number(iso.slice(0, 4))}年${Number(iso.slice(5, 7))}月${Number(iso.slice(8, 10))}日`;
const paragraph = (text: string, options: { bold?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) =>
  new Paragraph({ alignment: options.align, spacing: { after: 200 }, children: [new TextRun({ text, bold: options.bold, font: '仿宋', size: 32 })] });

/** The letter as a .docx (docx library), and the SHA-256 of exactly those bytes. */
export async function renderReplyLetter(facts: ReplyLetterFacts): Promise<{ content: Buffer; sha256: string }> {
  const document = new Document({
    creator: facts.agencyName,
    title: `政府信息公开申请答复书 ${facts.number}`,
    sections: [
      {
        children: [
          paragraph('政府信息公开申请答复书', { bold: true, align: AlignmentType.CENTER }),
          paragraph(facts.number, { align: AlignmentType.CENTER }),
          paragraph(`${facts.applicantName}：`),
          paragraph(`本机关于${day(facts.receivedOn)}收到您（单位）提出的政府信息公开申请，申请获取“${facts.infoTitle}”。现答复如下：`),
          paragraph(facts.facts),
          paragraph(`处理结果：${outcomeText(facts.outcome, facts.outcomeReason)}。`),
          paragraph(`依据：${facts.legalBasis}。`),
          ...(facts.feeFen ? [paragraph(feeText(facts.feeFen))] : []),
          paragraph(REMEDY_NOTICE),
          paragraph(facts.agencyName, { align: AlignmentType.RIGHT }),
          paragraph(day(facts.issuedOn), { align: AlignmentType.RIGHT }),
        ],
      },
    ],
  });
  const content = await Packer.toBuffer(document);
  return { content, sha256: createHash('sha256').update(content).digest('hex') };
}
