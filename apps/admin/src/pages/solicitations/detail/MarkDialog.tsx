import { OPINION_ADOPTION_LABELS, OPINION_REASON_MAX, OpinionAdoption, type MarkOpinionRequest, type StaffOpinionView } from '@weimin/contracts';
import { Form, Input, Radio, Typography } from 'antd';
import { markOpinion } from '../../../api/solicitations';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { ActionDialog } from '../../messages/components/ActionDialog';

/** 标注采纳情况: 采纳 / 部分采纳 / 未采纳 and why; may be changed until the feedback goes to review. */
export function MarkDialog({
  solicitationId,
  opinion,
  onClose,
  onDone,
}: {
  solicitationId: number;
  opinion: StaffOpinionView;
  onClose: () => void;
  onDone: () => void;
}) {
  const [form] = Form.useForm<MarkOpinionRequest>();
  const { submitting, submit } = useFormSubmit(form);
  const onFinish = async (values: MarkOpinionRequest) => {
    if (await submit(() => markOpinion(solicitationId, opinion.id, { adoption: values.adoption, reason: values.reason.trim() }))) onDone();
  };
  return (
    <ActionDialog<MarkOpinionRequest>
      title={`标注采纳情况：${opinion.name}的意见`}
      okText="保存标注"
      form={form}
      submitting={submitting}
      initialValues={{ adoption: opinion.adoption ?? undefined, reason: opinion.adoptionReason ?? undefined }}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', maxHeight: 200, overflow: 'auto' }} type="secondary">
        {opinion.content}
      </Typography.Paragraph>
      <Form.Item name="adoption" label="采纳情况" rules={[{ required: true, message: '请选择采纳情况' }]}>
        <Radio.Group options={Object.values(OpinionAdoption).map((value) => ({ value, label: OPINION_ADOPTION_LABELS[value] }))} />
      </Form.Item>
      <Form.Item
        name="reason"
        label="理由"
        extra="公开反馈时随意见一并显示"
        rules={[
          { required: true, whitespace: true, message: '请说明理由' },
          { min: 2, message: '理由至少2个字' },
        ]}
      >
        <Input.TextArea maxLength={OPINION_REASON_MAX} showCount autoSize={{ minRows: 3, maxRows: 8 }} />
      </Form.Item>
    </ActionDialog>
  );
}
