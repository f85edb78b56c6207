import { Button, Input, Picker, Text, Textarea, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import {
  AgencyKind,
  APPLICANT_KIND_LABELS,
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_DESCRIPTION_MAX,
  DISCLOSURE_FORM_LABELS,
  DISCLOSURE_TITLE_MAX,
  ORGANISATION_KIND_LABELS,
  type AgencyView,
  type ApplicantKind,
  type DeliveryMethod,
  type DisclosureForm,
  type OrganisationKind,
} from '@weimin/contracts';
import { useRef, useState, type ReactNode } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { Tappable } from '../../../../components/Tappable';
import { useRemote } from '../../../../hooks/useRemote';
import { listAgencies } from '../../../../services/agencies';
import { applyForDisclosure } from '../../../../services/disclosure';
import { ApiError } from '../../../../services/http';
import { randomUuid } from '../../../../services/random';
import { BackLink } from '../../BackLink';
import { askDisclosureNotices } from '../../notify';
import { emptyApplication, FORM_FIELDS, hasErrors, missingFields, serverFieldErrors, toRequest, type ApplicationForm, type FieldErrors } from './form';
import '../../disclosure.scss';

const UNSURE = '不确定（由政务公开办转办）';
const ORGANISATION_KINDS = Object.keys(ORGANISATION_KIND_LABELS) as OrganisationKind[];

function Field({ label, error, children }: { label: string; error?: string; children: ReactNode }) {
  return (
    <View className={error ? 'dis-field dis-field--invalid' : 'dis-field'}>
      <Text className="dis-field__label">{label}</Text>
      {children}
      {error && <Text className="dis-field__error">{error}</Text>}
    </View>
  );
}

function Choices<T extends string>({ value, labels, onChange }: { value: T; labels: Record<T, string>; onChange: (value: T) => void }) {
  return (
    <View className="dis__choices" role="radiogroup">
      {(Object.keys(labels) as T[]).map((key) => (
        <Tappable
          key={key}
          role="radio"
          selected={key === value}
          className={key === value ? 'dis__choice dis__choice--selected' : 'dis__choice'}
          onTap={() => onChange(key)}
        >
          {labels[key]}
        </Tappable>
      ))}
    </View>
  );
}

/** Departments and townships an application may be addressed to. */
async function listTargets(): Promise<AgencyView[]> {
  const [departments, townships] = await Promise.all([listAgencies({ kind: AgencyKind.Department }), listAgencies({ kind: AgencyKind.Township })]);
  return [...departments, ...townships];
}

/** 申请政府信息公开 (依申请公开): who applies, what they seek, from whom, and how they want the answer. */
export default function DisclosureFormPage() {
  const [form, setForm] = useState<ApplicationForm>(emptyApplication);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string>();
  const [submitting, setSubmitting] = useState(false);
  // One key per submission, kept across retries until the server answers (docs/security.md §18).
  const key = useRef<string>();
  const targets = useRemote(() => listTargets(), []);

  function update<K extends keyof ApplicationForm>(field: K, value: ApplicationForm[K]) {
    key.current = undefined;
    setForm((current) => ({ ...current, [field]: value }));
    setErrors((current) => (field in current ? { ...current, [field]: undefined } : current));
  }

  async function submit() {
    if (submitting) return;
    const missing = missingFields(form);
    setErrors(missing);
    if (hasErrors(missing)) {
      setNotice('请按提示补充后再提交');
      return;
    }
    setSubmitting(true);
    setNotice(undefined);
    try {
      // Before any other await: WeChat opens its subscribe dialog only straight from a tap.
      await askDisclosureNotices();
      key.current ??= randomUuid();
      const created = await applyForDisclosure(toRequest(form), key.current);
      key.current = undefined;
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      void Taro.redirectTo({ url: `/packages/disclosure/pages/detail/index?id=${created.id}` });
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      // No answer: the same key is sent again on the next tap, so the application is not made twice.
      if (error.status !== 0 && error.status < 500) key.current = undefined;
      const { fields, other } = serverFieldErrors(error, FORM_FIELDS);
      setErrors(fields);
      setNotice(hasErrors(fields) ? ['请按提示修改后再提交', ...other].join('；') : error.message);
    } finally {
      setSubmitting(false);
    }
  }

  const person = form.applicantKind === 'person';
  const agencies = targets.data ?? [];
  const agencyIndex = form.agencyId ? agencies.findIndex((a) => a.id === form.agencyId) + 1 : 0;
  const input = (
    field: 'applicantName' | 'certificateNumber' | 'contactPhone' | 'postalAddress' | 'email' | 'infoTitle' | 'infoDocumentNumber',
    label: string,
    placeholder: string,
    max = 100,
  ) => (
    <Input
      className="dis__input"
      value={form[field]}
      maxlength={max}
      placeholder={placeholder}
      disabled={submitting}
      nativeProps={{ 'aria-label': label, name: field }}
      onInput={(event) => update(field, event.detail.value)}
    />
  );

  return (
    <View {...pageRoot()}>
      <BackLink fallback="/pages/home/index" />
      <View className="card">
        <Text className="dis__lead">
          依据《中华人民共和国政府信息公开条例》，您可以向行政机关申请获取政府信息。申请不会公开，一般在收到申请之日起 20 个工作日内答复。
        </Text>
      </View>

      <View className="card">
        <View className="section-title">申请人</View>
        <Field label="申请人类型" error={errors.applicantKind}>
          <Choices<ApplicantKind> value={form.applicantKind} labels={APPLICANT_KIND_LABELS} onChange={(kind) => update('applicantKind', kind)} />
        </Field>
        {!person && (
          <Field label="组织类型" error={errors.organisationKind}>
            <Picker
              mode="selector"
              range={ORGANISATION_KINDS.map((kind) => ORGANISATION_KIND_LABELS[kind])}
              value={form.organisationKind ? ORGANISATION_KINDS.indexOf(form.organisationKind) : 0}
              onChange={(event) => update('organisationKind', ORGANISATION_KINDS[Number(event.detail.value)])}
            >
              <View className="dis__picker">
                <Text>{form.organisationKind ? ORGANISATION_KIND_LABELS[form.organisationKind] : '请选择'}</Text>
                <Text>›</Text>
              </View>
            </Picker>
          </Field>
        )}
        <Field label={person ? '姓名' : '组织名称'} error={errors.applicantName}>
          {input('applicantName', person ? '姓名' : '组织名称', person ? '与身份证一致' : '与营业执照或登记证书一致')}
        </Field>
        <Field label={person ? '居民身份证号码' : '统一社会信用代码'} error={errors.certificateNumber ?? errors.certificateType}>
          {input('certificateNumber', person ? '居民身份证号码' : '统一社会信用代码', '18 位', 18)}
        </Field>
        <Field label="联系电话" error={errors.contactPhone}>
          {input('contactPhone', '联系电话', '手机或固定电话', 20)}
        </Field>
        <Field label="通信地址" error={errors.postalAddress}>
          {input('postalAddress', '通信地址', '邮寄答复时使用', 200)}
        </Field>
        <Text className="dis__hint">证件号码和电话加密保存，仅承办单位可见，页面上只显示部分号码。</Text>
      </View>

      <View className="card">
        <View className="section-title">所需信息</View>
        <Field label="信息名称" error={errors.infoTitle}>
          {input('infoTitle', '信息名称', '例如：2025年城乡居民养老保险基金收支情况', DISCLOSURE_TITLE_MAX)}
        </Field>
        <Field label="文号（如知道）" error={errors.infoDocumentNumber}>
          {input('infoDocumentNumber', '文号', '例如：临人社发〔2025〕3号', 64)}
        </Field>
        <Field label="信息描述" error={errors.infoDescription}>
          <View className="dis__textarea-box">
            <Textarea
              className="dis__textarea"
              value={form.infoDescription}
              maxlength={DISCLOSURE_DESCRIPTION_MAX}
              placeholder="请写明所需信息的内容、年份和范围，便于查找"
              disabled={submitting}
              nativeProps={{ 'aria-label': '信息描述', name: 'infoDescription' }}
              onInput={(event) => update('infoDescription', event.detail.value)}
            />
          </View>
        </Field>
        <Field label="向哪个机关申请" error={errors.agencyId}>
          <Picker
            mode="selector"
            range={[UNSURE, ...agencies.map((agency) => agency.name)]}
            value={agencyIndex}
            disabled={!targets.data}
            onChange={(event) => {
              const index = Number(event.detail.value);
              update('agencyId', index > 0 ? agencies[index - 1]?.id : undefined);
            }}
          >
            <View className="dis__picker">
              <Text>{agencyIndex > 0 ? agencies[agencyIndex - 1].name : targets.loading ? '加载中…' : UNSURE}</Text>
              <Text>›</Text>
            </View>
          </Picker>
        </Field>
      </View>

      <View className="card">
        <View className="section-title">获取方式</View>
        <Field label="信息的形式" error={errors.form}>
          <Choices<DisclosureForm> value={form.form} labels={DISCLOSURE_FORM_LABELS} onChange={(value) => update('form', value)} />
        </Field>
        <Field label="获取方式" error={errors.deliveryMethod}>
          <Choices<DeliveryMethod> value={form.deliveryMethod} labels={DELIVERY_METHOD_LABELS} onChange={(value) => update('deliveryMethod', value)} />
        </Field>
        {form.deliveryMethod === 'email' && (
          <Field label="电子邮箱" error={errors.email}>
            {input('email', '电子邮箱', 'name@example.com', 100)}
          </Field>
        )}
      </View>

      {notice && <View className="dis__notice">{notice}</View>}
      <Button className="dis__submit" loading={submitting} disabled={submitting || undefined} onClick={() => void submit()}>
        提交申请
      </Button>
    </View>
  );
}
