import { Form, Modal, type FormInstance } from 'antd';
import type { ReactNode } from 'react';

/** The frame of every dialog that acts on a message: a form in a modal, mounted while open. */
export function ActionDialog<Values extends object>({
  title,
  okText,
  danger,
  form,
  submitting,
  initialValues,
  onFinish,
  onClose,
  children,
}: {
  title: ReactNode;
  okText: string;
  danger?: boolean;
  form: FormInstance<Values>;
  submitting: boolean;
  initialValues?: Partial<Values>;
  onFinish: (values: Values) => void;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <Modal
      title={title}
      open
      onCancel={onClose}
      okText={okText}
      okButtonProps={{ htmlType: 'submit', loading: submitting, danger }}
      width={560}
      modalRender={(dialog) => (
        <Form<Values> form={form} layout="vertical" onFinish={onFinish} initialValues={initialValues} clearOnDestroy>
          {dialog}
        </Form>
      )}
    >
      {children}
    </Modal>
  );
}
