import {
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_CORRECTION_WINDOW_WORKDAYS,
  DISCLOSURE_EXTENSION_MAX_WORKDAYS,
  DISCLOSURE_FEE_MAX_YUAN,
  DISCLOSURE_OUTCOMES,
  DISCLOSURE_THIRD_PARTY_WORKDAYS,
  FEE_OUTCOMES,
  PAUSE_KIND_LABELS,
  REMEDY_KIND_LABELS,
  REMEDY_RESULT_LABELS,
  type DeliveryMethod,
  type DisclosureOutcome,
  type PauseKind,
  type RemedyKind,
  type RemedyResult,
} from '@weimin/contracts';
import { DatePicker, Form, Input, InputNumber, Radio, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { AgencySelect } from '../../../../components/AgencySelect';
import { afterChinaToday, chinaTodayDayjs } from '../../../../components/china-day';
import { noteRules, REASON_MAX, reasonRules } from '../../../../forms/rules';
import { ActionDialog } from '../../../messages/components/ActionDialog';
import { useDisclosureAction, type DisclosureDialogProps } from './useDisclosureAction';

const DAY = 'YYYY-MM-DD';
const dayRules = (what: string) => [{ required: true, message: `请选择${what}` }];
const options = <T extends string>(labels: Record<T, string>) => (Object.keys(labels) as T[]).map((value) => ({ value, label: labels[value] }));
const textRules = (what: string, min: number, max: number) => [
  { required: true, whitespace: true, message: `请填写${what}` },
  { min, message: `${what}至少${min}个字` },
  { max, message: `${what}不超过${max}个字` },
];

/** 转办 (the office): a 不确定 application goes to the agency that holds the information; the clock runs from receipt. */
export function RouteDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ agencyId: number; note?: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ agencyId: number; note?: string }>
      title={`转办：${props.application.caseNo}`}
      okText="转办"
      form={form}
      submitting={submitting}
      onFinish={({ agencyId, note }) => void run('route', { agencyId, note: note?.trim() || undefined }, '已转办')}
      onClose={props.onClose}
    >
      <Form.Item name="agencyId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
        <AgencySelect />
      </Form.Item>
      <Form.Item name="note" label="转办说明（选填）" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 补正通知: once, within 7 working days of receipt, saying exactly what is missing; the clock stops until corrected. */
export function CorrectionDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ missing: string; workdays?: number }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ missing: string; workdays?: number }>
      title={`补正通知：${props.application.caseNo}`}
      okText="发出补正通知"
      form={form}
      submitting={submitting}
      onFinish={({ missing, workdays }) => void run('correction', { missing: missing.trim(), workdays: workdays ?? undefined }, '已发出补正通知')}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">
        补正通知须在收到申请之日起{DISCLOSURE_CORRECTION_WINDOW_WORKDAYS}
        个工作日内一次性发出，写明需要补正的事项和合理的补正期限。答复期限自收到补正后的申请之日起计算。
      </Typography.Paragraph>
      <Form.Item name="missing" label="需要补正的事项" rules={textRules('需要补正的事项', 4, 1000)}>
        <Input.TextArea maxLength={1000} showCount autoSize={{ minRows: 3, maxRows: 8 }} placeholder="例如：请写明所需信息的年份和文件名称" />
      </Form.Item>
      <Form.Item name="workdays" label="补正期限（工作日，选填）" extra="不填按系统默认期限。">
        <InputNumber min={1} max={60} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 收到补正: the clock starts again from the day the corrected application arrived. */
export function CorrectedDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ receivedOn: Dayjs; note?: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ receivedOn: Dayjs; note?: string }>
      title={`登记补正：${props.application.caseNo}`}
      okText="登记补正"
      form={form}
      submitting={submitting}
      initialValues={{ receivedOn: chinaTodayDayjs() }}
      onFinish={({ receivedOn, note }) => void run('corrected', { receivedOn: receivedOn.format(DAY), note: note?.trim() || undefined }, '已登记补正')}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">答复期限自收到补正材料之日起重新计算。</Typography.Paragraph>
      <Form.Item name="receivedOn" label="收到补正材料的日期" rules={dayRules('收到补正材料的日期')}>
        <DatePicker disabledDate={afterChinaToday} />
      </Form.Item>
      <Form.Item name="note" label="说明（选填）" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 征求意见: a third party's or another agency's opinion; the time it takes does not count (条例第三十二条、第三十条). */
export function PauseDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ kind: PauseKind; party: string; startedOn: Dayjs }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ kind: PauseKind; party: string; startedOn: Dayjs }>
      title={`征求意见：${props.application.caseNo}`}
      okText="暂停计时"
      form={form}
      submitting={submitting}
      initialValues={{ kind: 'third_party', startedOn: chinaTodayDayjs() }}
      onFinish={({ kind, party, startedOn }) => void run('pause', { kind, party: party.trim(), startedOn: startedOn.format(DAY) }, '已暂停计时')}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">
        征求第三方（第三方答复期限{DISCLOSURE_THIRD_PARTY_WORKDAYS}个工作日）或其他机关意见所需时间不计入答复期限。收到意见后请“恢复计时”。
      </Typography.Paragraph>
      <Form.Item name="kind" label="征求对象类别" rules={[{ required: true }]}>
        <Radio.Group options={options(PAUSE_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="party" label="征求意见的对象和事项" rules={textRules('征求意见的对象', 2, 200)}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="startedOn" label="发出征求意见之日" rules={dayRules('发出征求意见的日期')}>
        <DatePicker disabledDate={afterChinaToday} />
      </Form.Item>
    </ActionDialog>
  );
}

export function ResumeDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ endedOn: Dayjs; note?: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ endedOn: Dayjs; note?: string }>
      title={`恢复计时：${props.application.caseNo}`}
      okText="恢复计时"
      form={form}
      submitting={submitting}
      initialValues={{ endedOn: chinaTodayDayjs() }}
      onFinish={({ endedOn, note }) => void run('resume', { endedOn: endedOn.format(DAY), note: note?.trim() || undefined }, '已恢复计时')}
      onClose={props.onClose}
    >
      <Form.Item name="endedOn" label="收到意见（或征求期满）之日" rules={dayRules('日期')}>
        <DatePicker disabledDate={afterChinaToday} />
      </Form.Item>
      <Form.Item name="note" label="意见摘要（选填）" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 申请延期: once, up to 20 working days, with a reason; the office head decides. */
export function ExtensionDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ workdays: number; reason: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ workdays: number; reason: string }>
      title={`申请延期：${props.application.caseNo}`}
      okText="提交延期申请"
      form={form}
      submitting={submitting}
      initialValues={{ workdays: DISCLOSURE_EXTENSION_MAX_WORKDAYS }}
      onFinish={({ workdays, reason }) => void run('extension', { workdays, reason: reason.trim() }, '延期申请已提交，待政务公开办负责人审批')}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">
        需要延长答复期限的，经政务公开办负责人同意可延长一次，延长期限最长不超过{DISCLOSURE_EXTENSION_MAX_WORKDAYS}个工作日，并告知申请人。
      </Typography.Paragraph>
      <Form.Item name="workdays" label="延长工作日数" rules={[{ required: true, message: '请填写延长的工作日数' }]}>
        <InputNumber min={1} max={DISCLOSURE_EXTENSION_MAX_WORKDAYS} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="reason" label="延期理由" rules={textRules('延期理由', 4, REASON_MAX)}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}

export function ExtensionDecisionDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ approve: boolean; comment?: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  const extension = props.application.extension;
  return (
    <ActionDialog<{ approve: boolean; comment?: string }>
      title={`审批延期：${props.application.caseNo}`}
      okText="提交审批"
      form={form}
      submitting={submitting}
      initialValues={{ approve: true }}
      onFinish={({ approve, comment }) =>
        void run('extension-decision', { approve, comment: comment?.trim() || undefined }, approve ? '已同意延期' : '已不同意延期')
      }
      onClose={props.onClose}
    >
      {extension && (
        <Typography.Paragraph>
          承办单位申请延长 {extension.workdays} 个工作日，理由：{extension.reason}
        </Typography.Paragraph>
      )}
      <Form.Item name="approve" label="审批意见" rules={[{ required: true }]}>
        <Radio.Group
          options={[
            { value: true, label: '同意' },
            { value: false, label: '不同意' },
          ]}
        />
      </Form.Item>
      <Form.Item name="comment" label="说明（选填）" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </ActionDialog>
  );
}

interface DraftValues {
  outcome: DisclosureOutcome;
  outcomeReason?: number;
  facts: string;
  legalBasis: string;
  /** 信息处理费, yuan; empty: none. */
  feeYuan?: number | null;
}

const OUTCOME_OPTIONS = (Object.keys(DISCLOSURE_OUTCOMES) as DisclosureOutcome[]).map((value) => ({ value, label: DISCLOSURE_OUTCOMES[value].label }));

/** 起草答复: the outcome and its reason in table 三's words, the facts found and the article relied on; the head approves. */
export function ReplyDraftDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<DraftValues>();
  const { submitting, run } = useDisclosureAction(form, props);
  const outcome = Form.useWatch('outcome', form);
  const reasons = outcome ? DISCLOSURE_OUTCOMES[outcome].reasons : [];
  const reply = props.application.reply;
  return (
    <ActionDialog<DraftValues>
      title={`起草答复：${props.application.caseNo}`}
      okText="提交审核"
      form={form}
      submitting={submitting}
      initialValues={
        reply
          ? {
              outcome: reply.outcome,
              outcomeReason: reply.outcomeReason ?? undefined,
              facts: reply.facts,
              legalBasis: reply.legalBasis,
              feeYuan: reply.feeYuan,
            }
          : undefined
      }
      onFinish={({ outcome: chosen, outcomeReason, facts, legalBasis, feeYuan }) =>
        void run(
          'reply-draft',
          {
            outcome: chosen,
            outcomeReason: DISCLOSURE_OUTCOMES[chosen].reasons.length > 0 ? outcomeReason : undefined,
            facts: facts.trim(),
            legalBasis: legalBasis.trim(),
            feeYuan: FEE_OUTCOMES.includes(chosen) && feeYuan ? feeYuan : undefined,
          },
          '答复已提交本单位负责人审核',
        )
      }
      onClose={props.onClose}
    >
      <Form.Item name="outcome" label="办理结果" rules={[{ required: true, message: '请选择办理结果' }]}>
        <Select<DisclosureOutcome> options={OUTCOME_OPTIONS} onChange={() => form.setFieldValue('outcomeReason', undefined)} />
      </Form.Item>
      {reasons.length > 0 && (
        <Form.Item name="outcomeReason" label="具体情形" rules={[{ required: true, message: '请选择具体情形' }]}>
          <Select<number> options={reasons.map((label, index) => ({ value: index + 1, label: `${index + 1}. ${label}` }))} />
        </Form.Item>
      )}
      <Form.Item name="facts" label="查明的事实和答复内容" rules={textRules('查明的事实和答复内容', 10, 5000)}>
        <Input.TextArea maxLength={5000} showCount autoSize={{ minRows: 5, maxRows: 14 }} />
      </Form.Item>
      <Form.Item name="legalBasis" label="答复依据" rules={textRules('答复依据的条款', 4, REASON_MAX)}>
        <Input maxLength={REASON_MAX} placeholder="例如：《中华人民共和国政府信息公开条例》第三十七条" />
      </Form.Item>
      {outcome && FEE_OUTCOMES.includes(outcome) && (
        <Form.Item
          name="feeYuan"
          label="信息处理费（元）"
          extra="仅在申请数量、频次明显超过合理范围时按《政府信息公开信息处理费管理办法》收取；不收取的留空。答复书将写明金额，申请人可缴费或撤回申请。"
        >
          <InputNumber<number> min={0} max={DISCLOSURE_FEE_MAX_YUAN} precision={2} step={10} style={{ width: 200 }} placeholder="不收取" />
        </Form.Item>
      )}
    </ActionDialog>
  );
}

export function ReturnReplyDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ reason: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ reason: string }>
      title={`退回答复：${props.application.caseNo}`}
      okText="退回修改"
      danger
      form={form}
      submitting={submitting}
      onFinish={({ reason }) => void run('reply-return', { reason: reason.trim() }, '答复已退回修改')}
      onClose={props.onClose}
    >
      <Form.Item name="reason" label="退回理由" rules={reasonRules('退回理由')}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}

export function DeliveryDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ method: DeliveryMethod; deliveredOn: Dayjs }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ method: DeliveryMethod; deliveredOn: Dayjs }>
      title={`登记送达：${props.application.caseNo}`}
      okText="登记送达"
      form={form}
      submitting={submitting}
      initialValues={{ method: props.application.deliveryMethod, deliveredOn: chinaTodayDayjs() }}
      onFinish={({ method, deliveredOn }) => void run('delivery', { method, deliveredOn: deliveredOn.format(DAY) }, '已登记送达')}
      onClose={props.onClose}
    >
      <Form.Item name="method" label="送达方式" rules={[{ required: true, message: '请选择送达方式' }]}>
        <Radio.Group options={options(DELIVERY_METHOD_LABELS)} />
      </Form.Item>
      <Form.Item name="deliveredOn" label="送达日期" rules={dayRules('送达日期')}>
        <DatePicker disabledDate={afterChinaToday} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 复议诉讼 (the office): a 行政复议 or 行政诉讼 that followed, and its result, for table 四 of the annual report. */
export function RemedyDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ kind: RemedyKind; result: RemedyResult; filedOn: Dayjs; note?: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ kind: RemedyKind; result: RemedyResult; filedOn: Dayjs; note?: string }>
      title={`登记复议诉讼：${props.application.caseNo}`}
      okText="登记"
      form={form}
      submitting={submitting}
      initialValues={{ kind: 'reconsideration', result: 'pending' }}
      onFinish={({ kind, result, filedOn, note }) =>
        void run('remedy', { kind, result, filedOn: filedOn.format(DAY), note: note?.trim() || undefined }, '已登记复议诉讼情况')
      }
      onClose={props.onClose}
    >
      <Form.Item name="kind" label="类别" rules={[{ required: true }]}>
        <Radio.Group options={options(REMEDY_KIND_LABELS)} />
      </Form.Item>
      <Form.Item name="result" label="结果" rules={[{ required: true }]}>
        <Radio.Group options={options(REMEDY_RESULT_LABELS)} />
      </Form.Item>
      <Form.Item name="filedOn" label="申请复议或起诉的日期" rules={dayRules('日期')}>
        <DatePicker disabledDate={afterChinaToday} />
      </Form.Item>
      <Form.Item name="note" label="说明（选填）" rules={noteRules}>
        <Input.TextArea maxLength={REASON_MAX} autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
    </ActionDialog>
  );
}

/** 催办 (the office): a notice to the handling agency; the application's state does not change. */
export function ChaseDialog(props: DisclosureDialogProps) {
  const [form] = Form.useForm<{ note: string }>();
  const { submitting, run } = useDisclosureAction(form, props);
  return (
    <ActionDialog<{ note: string }>
      title={`催办：${props.application.caseNo}`}
      okText="催办"
      form={form}
      submitting={submitting}
      onFinish={({ note }) => void run('chase', { note: note.trim() }, '已催办，承办单位将收到通知')}
      onClose={props.onClose}
    >
      <Typography.Paragraph type="secondary">
        承办单位{props.application.agencyName ? `（${props.application.agencyName}）` : ''}将收到催办通知。
      </Typography.Paragraph>
      <Form.Item name="note" label="催办意见" rules={reasonRules('催办意见')}>
        <Input.TextArea maxLength={REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}
