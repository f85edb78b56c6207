import type { CreatePolicyDocumentRequest, PolicyDocumentView } from '@weimin/contracts';
import { App, Form, Input, Radio } from 'antd';
import { createPolicyDocument } from '../../../api/interpretations';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { ActionDialog } from '../../messages/components/ActionDialog';

/** 登记政策文件: the document an interpretation explains (文号 unique). */
export function PolicyDocumentDialog({ onClose, onCreated }: { onClose: () => void; onCreated: (document: PolicyDocumentView) => void }) {
  const [form] = Form.useForm<CreatePolicyDocumentRequest>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const onFinish = (values: CreatePolicyDocumentRequest) =>
    submit(async () => {
      const document = await createPolicyDocument({ ...values, title: values.title.trim(), docNumber: values.docNumber.trim(), issuer: values.issuer.trim() });
      void message.success('已登记政策文件');
      onCreated(document);
    });
  const required = (what: string) => [{ required: true, whitespace: true, message: `请填写${what}` }];
  return (
    <ActionDialog<CreatePolicyDocumentRequest>
      title="登记政策文件"
      okText="登记"
      form={form}
      submitting={submitting}
      initialValues={{ validity: 'valid' }}
      onFinish={(values) => void onFinish(values)}
      onClose={onClose}
    >
      <Form.Item name="title" label="文件标题" rules={[...required('文件标题'), { min: 2, max: 200, message: '标题为2-200个字' }]}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="docNumber" label="文号" rules={[...required('文号'), { min: 2, max: 64, message: '文号为2-64个字' }]}>
        <Input maxLength={64} placeholder="如：临政办发〔2026〕12号" />
      </Form.Item>
      <Form.Item name="issuer" label="发文机关" rules={[...required('发文机关'), { min: 2, max: 100, message: '发文机关为2-100个字' }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="issuedOn" label="成文日期" rules={[{ required: true, pattern: /^\d{4}-\d{2}-\d{2}$/, message: '请按 2026-03-01 的格式填写日期' }]}>
        <Input maxLength={10} placeholder="2026-03-01" />
      </Form.Item>
      <Form.Item name="validity" label="效力">
        <Radio.Group
          options={[
            { value: 'valid', label: '有效' },
            { value: 'invalid', label: '失效' },
          ]}
        />
      </Form.Item>
    </ActionDialog>
  );
}
