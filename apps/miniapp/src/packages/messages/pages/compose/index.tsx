import { Button, Input, Picker, Switch, Text, Textarea, View } from '@tarojs/components';
import Taro, { useRouter } from '@tarojs/taro';
import {
  AgencyKind,
  MESSAGE_CHANNEL_LABELS,
  MESSAGE_CONTENT_MAX,
  MESSAGE_TITLE_MAX,
  MESSAGE_TYPE_LABELS,
  MessageChannel,
  MessageType,
  type AgencyView,
  type MessageDeadlinesView,
} from '@weimin/contracts';
import { useEffect, useState, type ReactNode } from 'react';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { useRemote } from '../../../../hooks/useRemote';
import { getAgency, listAgencies } from '../../../../services/agencies';
import { getMe } from '../../../../services/auth';
import { ApiError } from '../../../../services/http';
import { createMessage, getMessageDeadlines } from '../../../../services/messages';
import { randomUuid } from '../../../../services/random';
import type { SubscribeOutcome } from '../../notification/subscribe-outcome';
import { ImagePicker, type PickedImage } from './ImagePicker';
import { PhoneBindButton } from './PhoneBindButton';
import { Segmented } from './Segmented';
import {
  CONTACT_NAME_MAX,
  charCount,
  formFromRequest,
  hasErrors,
  questionTitle,
  serverFieldErrors,
  toRequest,
  validateForm,
  type ComposeForm,
  type FieldErrors,
} from './form';
import { clearPending, loadPending, savePending, type PendingSubmission } from './pending-submission';
import { askReplyNotification, replyNotificationAvailable } from './reply-notification';
import './index.scss';

const TYPE_OPTIONS = (Object.keys(MESSAGE_TYPE_LABELS) as MessageType[]).map((value) => ({ value, label: MESSAGE_TYPE_LABELS[value] }));
const TYPE_HINTS: Record<MessageType, string> = {
  consultation: '询问政策规定、办事流程等',
  suggestion: '对政府工作和公共服务提出意见建议',
  complaint: '反映问题、投诉服务不到位等',
};

/** The type's hint, with the answer deadline the BFF counts (GET /api/messages/deadlines) once it is known. */
function typeHint(type: MessageType, deadlines: MessageDeadlinesView | undefined): string {
  const workdays = deadlines?.workdays[type];
  return workdays ? `${TYPE_HINTS[type]}，一般 ${workdays} 个工作日内答复` : TYPE_HINTS[type];
}

type GeneralChannel = typeof MessageChannel.OnlineConsultation | typeof MessageChannel.MayorMailbox;
const CHANNEL_OPTIONS: Array<{ value: GeneralChannel; label: string }> = [
  { value: MessageChannel.OnlineConsultation, label: MESSAGE_CHANNEL_LABELS.online_consultation },
  { value: MessageChannel.MayorMailbox, label: MESSAGE_CHANNEL_LABELS.mayor_mailbox },
];
const CHANNEL_HINTS: Record<GeneralChannel, string> = {
  online_consultation: '由政务公开办交办相关单位答复；知道该找哪个单位，也可以直接选择。',
  mayor_mailbox: '写给市长的信，由政务公开办登记后交办相关单位答复。',
};
const NO_TARGET_LABEL = '不指定，由政务公开办交办';

const DEFAULT_NOTICE = '请按提示修改后再提交';
const UNCONFIRMED_NOTICE = '留言可能已经送达。请点“重新提交”确认结果，不会重复提交。';
const NETWORK_RETRY_DELAY_MS = 1500;

function parseId(value: string | undefined): number | undefined {
  const id = Number(value);
  return Number.isInteger(id) && id > 0 ? id : undefined;
}

/** WeChat hands page parameters over still encoded; Taro's H5 router decodes them. */
function decodeParam(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** 就此政策咨询 (?interpretationId=&interpretationTitle=&agencyName=): what the interpretation page handed over. */
interface AskedInterpretation {
  id: number;
  title: string;
  agencyName?: string;
}

function emptyForm(unitId: number | undefined, asked: AskedInterpretation | undefined): ComposeForm {
  return {
    type: MessageType.Consultation,
    channel: unitId ? MessageChannel.UnitBoard : MessageChannel.OnlineConsultation,
    targetAgencyId: unitId,
    interpretationId: asked?.id,
    title: asked ? questionTitle(asked.title) : '',
    content: '',
    contactName: '',
    contactPhone: '',
    useBoundPhone: false,
    isPublic: false,
    wantsNotification: false,
  };
}

/** Departments and townships a general message may be addressed to. */
async function listTargets(): Promise<AgencyView[]> {
  const [departments, townships] = await Promise.all([listAgencies({ kind: AgencyKind.Department }), listAgencies({ kind: AgencyKind.Township })]);
  return [...departments, ...townships];
}

/** No answer, or the server failed after receiving it: the message may be stored. Any other answer means it is not. */
function outcomeUnknown(error: ApiError): boolean {
  return error.status === 0 || error.status >= 500;
}

/** One quiet retry on a network failure, with the same key; then the citizen decides. */
async function createOnce(submission: PendingSubmission) {
  try {
    return await createMessage(submission.body, submission.idempotencyKey);
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 0)) throw error;
    await new Promise((resolve) => setTimeout(resolve, NETWORK_RETRY_DELAY_MS));
    return createMessage(submission.body, submission.idempotencyKey);
  }
}

function Field({ label, error, counter, children }: { label: string; error?: string; counter?: string; children: ReactNode }) {
  return (
    <View className={error ? 'field field--invalid' : 'field'}>
      <View className="field__head">
        <Text className="field__label">{label}</Text>
        {counter && <Text className="field__counter">{counter}</Text>}
      </View>
      {children}
      {error && <Text className="field__error">{error}</Text>}
    </View>
  );
}

/** 我要留言: a consultation, suggestion or complaint to the general board, the mayor's mailbox, or (with ?unitId=) one public enterprise. */
export default function ComposePage() {
  const { params } = useRouter();
  // A submission left unconfirmed last time comes back first, exactly as it was sent.
  const [restored] = useState(loadPending);
  const unitId = restored ? (restored.body.channel === MessageChannel.UnitBoard ? restored.body.targetAgencyId : undefined) : parseId(params.unitId);
  const askedId = restored ? restored.body.interpretationId : unitId ? undefined : parseId(params.interpretationId);
  const asked: AskedInterpretation | undefined = askedId
    ? { id: askedId, title: restored?.targetName ?? decodeParam(params.interpretationTitle) ?? '', agencyName: decodeParam(params.agencyName) }
    : undefined;

  const [form, setForm] = useState<ComposeForm>(() => (restored ? formFromRequest(restored.body) : emptyForm(unitId, asked)));
  const [pending, setPending] = useState<PendingSubmission | undefined>(restored);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [notice, setNotice] = useState<string | undefined>(restored ? `您上次的留言提交后没有收到确认。${UNCONFIRMED_NOTICE}` : undefined);
  const [submitting, setSubmitting] = useState(false);
  const [boundPhone, setBoundPhone] = useState<string | null>(null);
  const [images, setImages] = useState<PickedImage[]>([]);

  const me = useRemote(() => getMe(), []);
  // Without it the hints leave the deadline out rather than hold up the form.
  const deadlines = useRemote(() => getMessageDeadlines(), []);
  const unit = useRemote(() => (unitId ? getAgency(unitId) : Promise.resolve(undefined)), [unitId]);
  const targets = useRemote(() => (unitId ? Promise.resolve([]) : listTargets()), [unitId]);
  const unitName = unit.data?.name ?? restored?.targetName ?? decodeParam(params.unitName);
  const locked = pending !== undefined || submitting;

  useEffect(() => {
    void Taro.setNavigationBarTitle({ title: unitId ? '给单位留言' : askedId ? '就此政策咨询' : '我要留言' });
  }, [unitId, askedId]);

  useEffect(() => {
    if (me.data) setBoundPhone(me.data.phoneMasked);
  }, [me.data]);

  function update<K extends keyof ComposeForm>(key: K, value: ComposeForm[K]) {
    setForm((current) => ({ ...current, [key]: value }));
    setErrors((current) => (key in current ? { ...current, [key]: undefined } : current));
  }

  /** `subscribed`: what came of asking for a reply notification, told on the message's page when it was not accepted. */
  async function send(submission: PendingSubmission, subscribed?: SubscribeOutcome) {
    setSubmitting(true);
    setNotice(undefined);
    try {
      const created = await createOnce(submission);
      clearPending();
      setPending(undefined);
      void Taro.showToast({ title: '提交成功', icon: 'success' });
      const notify = subscribed && subscribed !== 'accepted' ? `&notify=${subscribed}` : '';
      void Taro.redirectTo({ url: `/packages/messages/pages/detail/index?id=${created.id}${notify}` });
    } catch (reason) {
      const error = reason instanceof ApiError ? reason : new ApiError(0, 'INTERNAL', '提交失败，请稍后重试');
      if (outcomeUnknown(error)) {
        savePending(submission);
        setPending(submission);
        setNotice(`${error.message}。${UNCONFIRMED_NOTICE}`);
        return;
      }
      // The server answered and stored nothing: the form is the citizen's again, and the next submission gets a new key.
      clearPending();
      setPending(undefined);
      const { fields, other } = serverFieldErrors(error);
      setErrors(fields);
      // The BFF refused the bound number (none bound any more, or no support for it): let the citizen type one.
      if (fields.contactPhone && submission.body.contactPhone === '') update('useBoundPhone', false);
      if (error.code === 'UNPROCESSABLE') setNotice('这次提交与上次未确认的提交内容不一致，请检查后重新提交。');
      else setNotice([error.message, ...other].join('；'));
    } finally {
      setSubmitting(false);
    }
  }

  async function submit() {
    if (submitting) return;
    if (pending) return send(pending);
    if (images.some((image) => image.uploading)) {
      setNotice('图片上传中，请稍候再提交');
      return;
    }
    const found = validateForm(form);
    setErrors(found);
    if (hasErrors(found)) {
      setNotice(DEFAULT_NOTICE);
      return;
    }
    setSubmitting(true);
    // Whatever throws on the way (an old engine, the subscribe dialog), the button does not stay loading.
    try {
      // Before any other await: WeChat opens its subscribe dialog only straight from a tap.
      const outcome = replyNotificationAvailable && form.wantsNotification ? await askReplyNotification() : undefined;
      const submission = {
        idempotencyKey: randomUuid(),
        body: toRequest(
          form,
          outcome === 'accepted',
          images.flatMap((image) => (image.id === undefined ? [] : [image.id])),
        ),
        targetName: unitId ? unitName : asked ? asked.title : undefined,
      };
      await send(submission, outcome);
    } catch {
      setNotice('提交失败，请稍后重试');
    } finally {
      setSubmitting(false);
    }
  }

  async function discard() {
    const { confirm } = await Taro.showModal({
      title: '放弃这次提交？',
      content: '这条留言可能已经送达。放弃前，可以先到“我的”查看是否已有这条留言。',
      confirmText: '放弃',
      cancelText: '再等等',
    });
    if (!confirm) return;
    clearPending();
    setPending(undefined);
    setNotice(undefined);
  }

  if (unitId && unit.error) {
    return (
      <View {...pageRoot()}>
        <BackBar />
        <StatusView kind="error" message={unit.error.message} onRetry={unit.reload} />
      </View>
    );
  }

  const targetIndex = form.targetAgencyId && targets.data ? targets.data.findIndex((agency) => agency.id === form.targetAgencyId) + 1 : 0;

  return (
    <View {...pageRoot('compose')}>
      <BackBar />
      {me.error && (
        <View className="compose__notice compose__notice--top">
          <Text>暂时无法登录：{me.error.message}</Text>
          <Tappable inline className="compose__link" onTap={me.reload}>
            重试
          </Tappable>
        </View>
      )}

      <View className="card">
        <View className="section-title">留言类型</View>
        <Segmented label="留言类型" options={TYPE_OPTIONS} value={form.type} disabled={locked} onChange={(type) => update('type', type)} />
        <Text className="compose__hint">{typeHint(form.type, deadlines.data)}</Text>
      </View>

      <View className="card">
        <View className="section-title">留言对象</View>
        {unitId ? (
          <View className="compose__unit">
            <Text className="compose__unit-name">{unitName ?? '加载中…'}</Text>
            <Text className="compose__hint">{MESSAGE_CHANNEL_LABELS.unit_board}：留言直接送达该单位，由该单位答复。</Text>
          </View>
        ) : asked ? (
          <View className="compose__unit compose__asked">
            <Text className="compose__hint">就此政策咨询</Text>
            <Text className="compose__unit-name">{asked.title}</Text>
            <Text className="compose__hint">留言将直接送达这篇解读的起草单位{asked.agencyName ? `（${asked.agencyName}）` : ''}，由其答复。</Text>
          </View>
        ) : (
          <>
            <Segmented
              label="留言对象"
              options={CHANNEL_OPTIONS}
              value={form.channel as GeneralChannel}
              disabled={locked}
              onChange={(channel) => {
                update('channel', channel);
                // The mayor's mailbox goes to the office, which dispatches it.
                if (channel === MessageChannel.MayorMailbox) update('targetAgencyId', undefined);
              }}
            />
            <Text className="compose__hint">{CHANNEL_HINTS[form.channel as GeneralChannel]}</Text>
            {form.channel === MessageChannel.OnlineConsultation && (
              <Field label="承办单位（可选）">
                {targets.error ? (
                  <View className="compose__picker">
                    <Text className="muted">单位列表加载失败</Text>
                    <Tappable inline className="compose__link" onTap={targets.reload}>
                      重试
                    </Tappable>
                  </View>
                ) : (
                  <Picker
                    mode="selector"
                    range={[NO_TARGET_LABEL, ...(targets.data ?? []).map((agency) => agency.name)]}
                    value={targetIndex}
                    disabled={locked || !targets.data}
                    onChange={(event) => {
                      const index = Number(event.detail.value);
                      update('targetAgencyId', index > 0 ? targets.data?.[index - 1]?.id : undefined);
                    }}
                  >
                    <View className="compose__picker">
                      <Text>{targetIndex > 0 ? targets.data![targetIndex - 1].name : targets.loading ? '加载中…' : NO_TARGET_LABEL}</Text>
                      <Text className="compose__arrow">›</Text>
                    </View>
                  </Picker>
                )}
              </Field>
            )}
          </>
        )}
      </View>

      <View className="card">
        <View className="section-title">留言内容</View>
        <Field label="标题" error={errors.title} counter={`${charCount(form.title)}/${MESSAGE_TITLE_MAX}`}>
          <Input
            className="compose__input"
            value={form.title}
            maxlength={MESSAGE_TITLE_MAX}
            placeholder="一句话说明您的问题"
            disabled={locked}
            nativeProps={{ 'aria-label': '标题' }}
            onInput={(event) => update('title', event.detail.value)}
          />
        </Field>
        <Field label="内容" error={errors.content} counter={`${charCount(form.content)}/${MESSAGE_CONTENT_MAX}`}>
          <View className="compose__textarea-box">
            <Textarea
              className="compose__textarea"
              value={form.content}
              maxlength={MESSAGE_CONTENT_MAX}
              placeholder="请写明事情经过、时间地点和您的诉求。请勿填写身份证号等敏感信息。"
              disabled={locked}
              nativeProps={{ 'aria-label': '内容' }}
              onInput={(event) => update('content', event.detail.value)}
            />
          </View>
        </Field>
      </View>

      <View className="card">
        <View className="section-title">联系方式</View>
        <Text className="compose__hint compose__hint--lead">仅供承办单位与您联系，任何情况下都不会公开。</Text>
        <Field label="姓名" error={errors.contactName}>
          <Input
            className="compose__input"
            value={form.contactName}
            maxlength={CONTACT_NAME_MAX}
            placeholder="您的姓名"
            disabled={locked}
            nativeProps={{ 'aria-label': '姓名' }}
            onInput={(event) => update('contactName', event.detail.value)}
          />
        </Field>
        <Field label="联系电话" error={errors.contactPhone}>
          {form.useBoundPhone && boundPhone ? (
            <View className="compose__bound">
              <Text>已绑定手机号 {boundPhone}</Text>
              {!locked && (
                <Tappable inline className="compose__link" onTap={() => update('useBoundPhone', false)}>
                  改用其他号码
                </Tappable>
              )}
            </View>
          ) : (
            <>
              <Input
                className="compose__input"
                type="number"
                value={form.contactPhone}
                maxlength={11}
                placeholder="11 位手机号码"
                disabled={locked}
                nativeProps={{ 'aria-label': '联系电话' }}
                onInput={(event) => update('contactPhone', event.detail.value)}
              />
              {!locked && boundPhone && (
                <Tappable inline className="compose__link compose__use-bound" onTap={() => update('useBoundPhone', true)}>
                  使用已绑定手机号 {boundPhone}
                </Tappable>
              )}
              {!locked && !boundPhone && me.data && (
                <PhoneBindButton
                  onBound={(citizen) => {
                    setBoundPhone(citizen.phoneMasked);
                    if (citizen.phoneMasked) update('useBoundPhone', true);
                  }}
                />
              )}
            </>
          )}
        </Field>
      </View>

      <View className="card">
        <Field label="图片（选填）">
          <Text className="compose__hint">可拍照或从相册选择，最多 9 张，每张不超过 5MB。图片中的位置等信息会被去除；经审核后才可能随留言公开。</Text>
          <ImagePicker images={images} disabled={locked} onChange={setImages} />
        </Field>
      </View>

      <View className="card">
        <View className="compose__switch-row">
          <View className="compose__switch-text">
            <Text className="compose__switch-label">同意公开</Text>
            <Text className="compose__hint">
              同意后，留言和答复可在留言板展示，供其他市民参考。您的姓名、电话不会公开，正文中的电话号码、身份证号也会被遮盖。
            </Text>
          </View>
          <Switch
            className="compose__switch"
            checked={form.isPublic}
            disabled={locked}
            color="#1f5fbf"
            nativeProps={{ 'aria-label': '同意公开' }}
            onChange={(event) => update('isPublic', event.detail.value)}
          />
        </View>
        {replyNotificationAvailable && (
          <View className="compose__switch-row compose__switch-row--divided">
            <View className="compose__switch-text">
              <Text className="compose__switch-label">答复后通知我</Text>
              <Text className="compose__hint">提交时微信会询问您是否接收答复通知，您同意后才会发送。</Text>
            </View>
            <Switch
              className="compose__switch"
              checked={form.wantsNotification}
              disabled={locked}
              color="#1f5fbf"
              onChange={(event) => update('wantsNotification', event.detail.value)}
            />
          </View>
        )}
      </View>

      {notice && <View className="compose__notice">{notice}</View>}

      <Button className="compose__submit" loading={submitting} disabled={submitting || undefined} onClick={() => void submit()}>
        {pending ? '重新提交' : '提交留言'}
      </Button>
      {pending && !submitting && (
        <Button className="compose__discard" onClick={() => void discard()}>
          放弃这次提交
        </Button>
      )}
      <View className="compose__privacy">
        <Text>提交即表示您已阅读</Text>
        <Tappable inline role="link" className="compose__link" onTap={() => void Taro.navigateTo({ url: '/packages/messages/pages/privacy/index' })}>
          《隐私说明》
        </Tappable>
      </View>
    </View>
  );
}
