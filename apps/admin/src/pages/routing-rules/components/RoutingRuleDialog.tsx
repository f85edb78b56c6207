import type { RoutingRuleView, SaveRoutingRuleRequest } from '@weimin/contracts';
import { App, Form, Input, InputNumber, Modal, Switch } from 'antd';
import { createRoutingRule, updateRoutingRule } from '../../../api/routing';
import { AgencySelect } from '../../../components/AgencySelect';
import { ROUTING_PRIORITY, routingKeywordRules } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

/** 新增规则 / 编辑规则 (admins). */
export function RoutingRuleDialog({
  rule,
  open,
  onClose,
  onSaved,
}: {
  /** The rule to edit; none to create one. */
  rule?: RoutingRuleView;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<SaveRoutingRuleRequest>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();

  const onFinish = async (values: SaveRoutingRuleRequest) => {
    const fields = { ...values, keyword: values.keyword.trim(), priority: values.priority ?? 0 };
    if (await submit(() => (rule ? updateRoutingRule(rule.id, fields) : createRoutingRule(fields)))) {
      void message.success(rule ? `规则「${fields.keyword}」已保存` : `规则「${fields.keyword}」已新增`);
      onSaved();
    }
  };

  return (
    <Modal
      title={rule ? `编辑规则：${rule.keyword}` : '新增派单规则'}
      open={open}
      onCancel={onClose}
      okText={rule ? '保存' : '新增'}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<SaveRoutingRuleRequest>
          form={form}
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          clearOnDestroy
          initialValues={
            rule ? { keyword: rule.keyword, agencyId: rule.agencyId, priority: rule.priority, active: rule.active } : { priority: 0, active: true }
          }
        >
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="keyword" label="关键词" extra="留言标题或内容包含此词时分派，如：公积金" rules={routingKeywordRules}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="agencyId" label="承办单位" rules={[{ required: true, message: '请选择承办单位' }]}>
        <AgencySelect />
      </Form.Item>
      <Form.Item name="priority" label="优先级" extra="同时匹配多条规则时，数字大的优先">
        <InputNumber min={ROUTING_PRIORITY.min} max={ROUTING_PRIORITY.max} precision={0} style={{ width: 160 }} />
      </Form.Item>
      <Form.Item name="active" label="启用" valuePropName="checked">
        <Switch />
      </Form.Item>
    </Modal>
  );
}
