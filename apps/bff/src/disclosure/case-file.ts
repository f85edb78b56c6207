import { createHash } from 'node:crypto';
import {
  APPLICANT_KIND_LABELS,
  CERTIFICATE_TYPE_LABELS,
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_CHANNEL_LABELS,
  DISCLOSURE_FORM_LABELS,
  DISCLOSURE_STATUS_LABELS,
  ORGANISATION_KIND_LABELS,
  PAUSE_KIND_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
  type StaffDisclosureView,
} from '@weimin/contracts';
import JSZip from 'jszip';
import { outcomeText } from './reply-letter';

/** The file inside the archive, as staff see it. */
export interface CaseFileEntry {
  name: string;
  content: Buffer;
}

const lines = (...rows: (string | false | null | undefined)[]) => Buffer.from(rows.filter((r): r is string => typeof r === 'string').join('\n') + '\n', 'utf8');

/**
 * 一件一档: everything about one application in one .zip — the application, the 补正 notice, the consultations, the
 * extension, the reply letter as sent, the delivery, any 复议/诉讼, the history — with a manifest of SHA-256 sums.
 * The view passed in must carry the unmasked applicant (the caller audits reading it).
 */
export async function buildCaseFile(view: StaffDisclosureView, letter: { fileName: string; content: Buffer } | null): Promise<Buffer> {
  const entries: CaseFileEntry[] = [];
  entries.push({
    name: '01-申请.txt',
    content: lines(
      `受理编号：${view.caseNo}`,
      `申请方式：${DISCLOSURE_CHANNEL_LABELS[view.channel]}`,
      `收到申请日期：${view.receivedOn}`,
      `申请人类型：${APPLICANT_KIND_LABELS[view.applicantKind]}${view.organisationKind ? `（${ORGANISATION_KIND_LABELS[view.organisationKind]}）` : ''}`,
      `申请人：${view.applicantName}`,
      `证件：${CERTIFICATE_TYPE_LABELS[view.certificateType]} ${view.applicant?.certificateNumber ?? view.certificateNumberMasked}`,
      `联系电话：${view.applicant?.contactPhone ?? view.contactPhoneMasked}`,
      view.applicant?.email ? `电子邮箱：${view.applicant.email}` : null,
      `通信地址：${view.postalAddress}`,
      `所需信息：${view.infoTitle}`,
      view.infoDocumentNumber ? `文号：${view.infoDocumentNumber}` : null,
      `描述：${view.infoDescription}`,
      `承办机关：${view.agencyName ?? '不确定（由政务公开办转办）'}`,
      `获取信息的方式：${DISCLOSURE_FORM_LABELS[view.form]}，${DELIVERY_METHOD_LABELS[view.deliveryMethod]}`,
      `当前状态：${DISCLOSURE_STATUS_LABELS[view.status]}`,
    ),
  });
  if (view.correction) {
    const c = view.correction;
    entries.push({
      name: '02-补正通知.txt',
      content: lines(`发出日期：${c.noticedOn}`, `需要补正的内容：${c.missing}`, `补正期限：${c.correctBy}`, `收到补正：${c.correctedOn ?? '未收到'}`),
    });
  }
  if (view.pauses.length > 0) {
    entries.push({
      name: '03-征求意见.txt',
      content: lines(...view.pauses.map((p) => `${PAUSE_KIND_LABELS[p.kind]}：${p.party}，${p.startedOn} 至 ${p.endedOn ?? '尚未结束'}`)),
    });
  }
  if (view.extension) {
    const statusLabel = { requested: '待审批', approved: '已批准', rejected: '未批准' }[view.extension.status];
    entries.push({ name: '04-延期.txt', content: lines(`延长${view.extension.workdays}个工作日（${statusLabel}）`, `理由：${view.extension.reason}`) });
  }
  if (view.reply) {
    entries.push({
      name: '05-答复.txt',
      content: lines(
        `处理结果：${outcomeText(view.reply.outcome, view.reply.outcomeReason)}`,
        `事实：${view.reply.facts}`,
        `依据：${view.reply.legalBasis}`,
        view.reply.letterNumber ? `答复书：${view.reply.letterNumber}（SHA-256 ${view.reply.letterSha256}）` : '答复书尚未发出',
      ),
    });
  }
  if (letter) entries.push({ name: `06-答复书-${letter.fileName}`, content: letter.content });
  if (view.delivery)
    entries.push({
      name: '07-送达.txt',
      content: lines(`送达方式：${DELIVERY_METHOD_LABELS[view.delivery.method]}`, `送达日期：${view.delivery.deliveredOn}`),
    });
  if (view.remedies.length > 0) {
    entries.push({
      name: '08-复议诉讼.txt',
      content: lines(
        ...view.remedies.map((r) => `${REMEDY_KIND_LABELS[r.kind]}：${r.filedOn}，${REMEDY_RESULT_LABELS[r.result]}${r.note ? `，${r.note}` : ''}`),
      ),
    });
  }
  entries.push({
    name: '09-办理记录.txt',
    content: lines(...view.history.map((e) => `${e.at}  ${e.action}  ${e.fromStatus ?? '-'} → ${e.toStatus ?? '-'}  ${e.reason ?? ''}`.trimEnd())),
  });

  const zip = new JSZip();
  const folder = zip.folder(view.caseNo)!;
  for (const entry of entries) folder.file(entry.name, entry.content);
  folder.file('清单-SHA256.txt', lines(...entries.map((e) => `${createHash('sha256').update(e.content).digest('hex')}  ${e.name}`)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}
