import { Button, Input, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  APPLICANT_KIND_LABELS,
  CERTIFICATE_TYPE_LABELS,
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_DESCRIPTION_MAX,
  DISCLOSURE_FORM_LABELS,
  DISCLOSURE_TITLE_MAX,
  ORGANISATION_KIND_LABELS,
  type CitizenCorrectionRequest,
  type MyDisclosureDetail,
} from '@weimin/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { StatusView } from '../../../../components/StatusView';
import { formatDateTime } from '../../../../format/datetime';
import { usePageRefresh } from '../../../../hooks/usePageRefresh';
import { useRemote } from '../../../../hooks/useRemote';
import { correctMyDisclosure, getMyDisclosure, letterPath } from '../../../../services/disclosure';
import { ApiError, downloadFile } from '../../../../services/http';
import { BackLink } from '../../BackLink';
import { askDisclosureNotices } from '../../notify';
import { outcomeWords, statusTone } from '../../status';
import { serverFieldErrors } from '../form/form';
import '../../disclosure.scss';

const CORRECTION_FIELDS = ['infoTitle', 'infoDocumentNumber', 'infoDescription'] as const;
type CorrectionField = (typeof CORRECTION_FIELDS)[number];

function load(idParam: string | undefined): Promise<MyDisclosureDetail> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '申请编号无效'));
  return getMyDisclosure(id);
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <View className="dis__row">
      <Text className="dis__row-label">{label}</Text>
      <Text className="dis__row-value">{children}</Text>
    </View>
  );
}

/** The 补正 the office asked for: the information sought, stated again; the 20 days restart from today. */
function CorrectionForm({ application, onCorrected }: { application: MyDisclosureDetail; onCorrected: (view: MyDisclosureDetail) => void }) {
  const [body, setBody] = useState<CitizenCorrectionRequest>({
    infoTitle: application.infoTitle,
    infoDocumentNumber: application.infoDocumentNumber ?? '',
    infoDescription: application.infoDescription,
  });
  const [errors, setErrors] = useState<Partial<Record<CorrectionField, string>>>({});
  const [notice, setNotice] = useState<string>();
  const [sending, setSending] = useState(false);

  const update = (field: CorrectionField, value: string) => {
    setBody((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: undefined }));
  };

  async function send() {
    if (sending) return;
    setSending(true);
    setNotice(undefined);
    try {
      await askDisclosureNotices();
      onCorrected(await correctMyDisclosure(application.id, { ...body, infoDocumentNumber: body.infoDocumentNumber?.trim() || undefined }));
      void Taro.showToast({ title: '补正已提交', icon: 'success' });
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      const { fields, other } = serverFieldErrors(error, CORRECTION_FIELDS);
      setErrors(fields);
      setNotice(Object.keys(fields).length > 0 ? ['请按提示修改后再提交', ...other].join('；') : error.message);
    } finally {
      setSending(false);
    }
  }

  const field = (name: CorrectionField, label: string, max: number) => (
    <View className={errors[name] ? 'dis-field dis-field--invalid' : 'dis-field'}>
      <Text className="dis-field__label">{label}</Text>
      {name === 'infoDescription' ? (
        <View className="dis__textarea-box">
          <Textarea
            className="dis__textarea"
            value={body.infoDescription}
            maxlength={max}
            nativeProps={{ 'aria-label': label, name }}
            onInput={(event) => update(name, event.detail.value)}
          />
        </View>
      ) : (
        <Input
          className="dis__input"
          value={body[name] ?? ''}
          maxlength={max}
          nativeProps={{ 'aria-label': label, name }}
          onInput={(event) => update(name, event.detail.value)}
        />
      )}
      {errors[name] && <Text className="dis-field__error">{errors[name]}</Text>}
    </View>
  );

  return (
    <View className="card">
      <View className="section-title">补正申请</View>
      <Text className="dis__hint">请按补正通知修改后提交。提交之日起重新计算 20 个工作日的答复期限。</Text>
      {field('infoTitle', '信息名称', DISCLOSURE_TITLE_MAX)}
      {field('infoDocumentNumber', '文号（如知道）', 64)}
      {field('infoDescription', '信息描述', DISCLOSURE_DESCRIPTION_MAX)}
      {notice && (
        <View className="dis__notice" style={{ marginTop: '24px' }}>
          {notice}
        </View>
      )}
      <View className="dis-field">
        <Button className="dis__submit" loading={sending} disabled={sending || undefined} onClick={() => void send()}>
          提交补正
        </Button>
      </View>
    </View>
  );
}

/** One application: where it is, every step, the 补正 asked for, the due day, the reply and its letter. */
export default function DisclosureDetailPage() {
  const { params } = useRouter();
  const remote = useRemote(() => load(params.id), [params.id]);
  const [corrected, setCorrected] = useState<MyDisclosureDetail>();
  const [downloading, setDownloading] = useState(false);
  const application = corrected ?? remote.data;

  useEffect(() => setCorrected(undefined), [remote.data]);
  usePageRefresh(remote.refresh);

  async function download(view: MyDisclosureDetail) {
    setDownloading(true);
    try {
      await downloadFile(letterPath(view.id), `${view.reply?.letterNumber ?? view.caseNo}.docx`);
    } catch {
      // downloadFile has told the citizen.
    } finally {
      setDownloading(false);
    }
  }

  return (
    <View {...pageRoot()}>
      <BackLink />
      {remote.loading && !application && <StatusView kind="loading" />}
      {remote.error && <StatusView kind="error" message={remote.error.message} onRetry={remote.reload} />}
      {application && !remote.error && (
        <>
          <View className="card">
            <View className="dis__item-head">
              <Text className="dis__item-title">{application.infoTitle}</Text>
              <Text className={`dis__tag dis__tag--${statusTone(application.status)}`}>{application.statusLabel}</Text>
            </View>
            <Row label="受理编号">{application.caseNo}</Row>
            <Row label="收到申请">{application.receivedOn}</Row>
            <Row label="承办机关">{application.agencyName ?? '待政务公开办转办'}</Row>
            <Row label="答复期限">{application.dueOn ?? (application.status === 'correction' ? '补正期间暂停计算' : '—')}</Row>
            {application.extension?.status === 'approved' && <Row label="延期">延长 {application.extension.workdays} 个工作日</Row>}
          </View>

          {application.correction && (
            <View className="card">
              <View className="section-title">补正通知</View>
              <Text className="dis__lead">{application.correction.missing}</Text>
              <Text className="dis__hint">
                {application.correction.noticedOn} 发出，请于 {application.correction.correctBy} 前补正。
                {application.correction.correctedOn ? `已于 ${application.correction.correctedOn} 补正。` : ''}
              </Text>
            </View>
          )}
          {application.mayCorrect && <CorrectionForm application={application} onCorrected={setCorrected} />}

          {application.reply && (
            <View className="card">
              <View className="section-title">答复</View>
              <Row label="答复结果">{outcomeWords(application.reply.outcomeLabel)}</Row>
              {application.reply.outcomeReasonLabel && <Row label="具体情形">{application.reply.outcomeReasonLabel}</Row>}
              {application.reply.letterNumber && <Row label="答复书">{application.reply.letterNumber}</Row>}
              {application.reply.feeYuan ? <Row label="信息处理费">{`${application.reply.feeYuan.toFixed(2)}元（缴费后提供，也可撤回申请）`}</Row> : null}
              <Text className="dis__lead">{application.reply.facts}</Text>
              {application.reply.letterNumber && (
                <View className="dis-field">
                  <Button className="dis__secondary" loading={downloading} onClick={() => void (downloading || download(application))}>
                    下载答复书
                  </Button>
                </View>
              )}
            </View>
          )}

          <View className="card">
            <View className="section-title">办理过程</View>
            <View className="dis__steps">
              {application.steps.map((step, index) => (
                <View key={`${step.at}-${index}`} className="dis__step">
                  <Text className="dis__step-label">{step.label}</Text>
                  <Text className="dis__step-time">{formatDateTime(step.at)}</Text>
                  {step.detail && <Text className="dis__step-detail">{step.detail}</Text>}
                </View>
              ))}
            </View>
          </View>

          <View className="card">
            <View className="section-title">申请内容</View>
            <Row label="申请人">
              {application.applicantName}（{APPLICANT_KIND_LABELS[application.applicantKind]}
              {application.organisationKind ? ` · ${ORGANISATION_KIND_LABELS[application.organisationKind]}` : ''}）
            </Row>
            <Row label={CERTIFICATE_TYPE_LABELS[application.certificateType]}>{application.certificateNumberMasked}</Row>
            <Row label="联系电话">{application.contactPhoneMasked}</Row>
            <Row label="通信地址">{application.postalAddress}</Row>
            {application.infoDocumentNumber && <Row label="文号">{application.infoDocumentNumber}</Row>}
            <Row label="信息描述">{application.infoDescription}</Row>
            <Row label="获取方式">
              {DISCLOSURE_FORM_LABELS[application.form]} · {DELIVERY_METHOD_LABELS[application.deliveryMethod]}
            </Row>
            <Text className="dis__hint">申请不会公开，仅您本人和承办机关可见。</Text>
          </View>
        </>
      )}
    </View>
  );
}
