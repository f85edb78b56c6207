import { AGENCY_KIND_LABELS, AgencyKind, INDUSTRY_LABELS, type AgencyAdminView, type CreateAgencyRequest, type Industry } from '@weimin/contracts';
import { App, Form, Input, InputNumber, Modal, Select, Typography } from 'antd';
import { createAgency, updateAgency } from '../../../api/agencies';
import { agencyCodeRules, agencyNameRules, hotlineRules } from '../../../forms/rules';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

interface AgencyFormValues {
  code: string;
  name: string;
  kind: AgencyKind;
  industry?: Industry;
  hotline?: string;
  description?: string;
  sortOrder?: number;
}

/** The office exists once, from the seed; new agencies are of the other kinds. */
const CREATABLE_KINDS = Object.values(AgencyKind).filter((kind) => kind !== AgencyKind.Office);
const INDUSTRY_OPTIONS = Object.entries(INDUSTRY_LABELS).map(([value, label]) => ({ value: value as Industry, label }));

/**
 * 新增机构 / 编辑机构 (admins). An agency's code and kind are fixed once it exists: accounts and routing rules refer to
 * them. Only public enterprises and institutions have an industry, and they must have one.
 */
export function AgencyFormDialog({
  agency,
  open,
  onClose,
  onSaved,
}: {
  /** The agency to edit; none to create one. */
  agency?: AgencyAdminView;
  open: boolean;
  onClose: () => void;
  onSaved: () => void;
}) {
  const [form] = Form.useForm<AgencyFormValues>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const kind = Form.useWatch('kind', form) ?? agency?.kind;

  const onFinish = async (values: AgencyFormValues) => {
    const fields = {
      name: values.name.trim(),
      industry: kind === AgencyKind.PublicEnterprise ? values.industry : null,
      hotline: values.hotline?.trim() || null,
      description: values.description?.trim() ?? '',
      sortOrder: values.sortOrder ?? undefined,
    };
    const saved = await submit(() =>
      agency ? updateAgency(agency.id, fields) : createAgency({ ...fields, code: values.code, kind: values.kind } satisfies CreateAgencyRequest),
    );
    if (saved) {
      void message.success(agency ? '机构已保存' : '机构已新增');
      onSaved();
    }
  };

  return (
    <Modal
      title={agency ? `编辑机构：${agency.name}` : '新增机构'}
      open={open}
      onCancel={onClose}
      okText={agency ? '保存' : '新增'}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<AgencyFormValues>
          form={form}
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          clearOnDestroy
          initialValues={
            agency && {
              name: agency.name,
              industry: agency.industry ?? undefined,
              hotline: agency.hotline ?? undefined,
              description: agency.description,
              sortOrder: agency.sortOrder,
            }
          }
        >
          {dialog}
        </Form>
      )}
    >
      {agency ? (
        <Form.Item label="机构代码 · 类型">
          <Typography.Text>
            {agency.code} · {AGENCY_KIND_LABELS[agency.kind]}
          </Typography.Text>
        </Form.Item>
      ) : (
        <>
          <Form.Item name="code" label="机构代码" extra="创建后不能修改，如 dept-sports" rules={agencyCodeRules}>
            <Input autoComplete="off" spellCheck={false} />
          </Form.Item>
          <Form.Item name="kind" label="类型" rules={[{ required: true, message: '请选择类型' }]}>
            <Select options={CREATABLE_KINDS.map((value) => ({ value, label: AGENCY_KIND_LABELS[value] }))} />
          </Form.Item>
        </>
      )}
      <Form.Item name="name" label="机构名称" rules={agencyNameRules}>
        <Input maxLength={64} />
      </Form.Item>
      {kind === AgencyKind.PublicEnterprise && (
        <Form.Item name="industry" label="行业" rules={[{ required: true, message: '公共企事业单位须选择行业' }]}>
          <Select options={INDUSTRY_OPTIONS} />
        </Form.Item>
      )}
      <Form.Item name="hotline" label="服务热线" rules={hotlineRules}>
        <Input maxLength={32} />
      </Form.Item>
      <Form.Item name="description" label="简介">
        <Input.TextArea maxLength={500} showCount autoSize={{ minRows: 2, maxRows: 6 }} />
      </Form.Item>
      <Form.Item name="sortOrder" label="排序" extra="数字小的排在前面">
        <InputNumber min={0} max={1_000_000} precision={0} style={{ width: 160 }} />
      </Form.Item>
    </Modal>
  );
}
