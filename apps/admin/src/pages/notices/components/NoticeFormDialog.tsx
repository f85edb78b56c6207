import { NOTICE_SECTION_LABELS, NOTICE_SECTIONS, type CreateNoticeRequest, type NoticeSection, type StaffNoticeView } from '@weimin/contracts';
import { App, Flex, Form, Input, Modal, Select } from 'antd';
import { createNotice, updateNotice } from '../../../api/notices';
import { RichTextPreview } from '../../../components/RichText';
import { editorTextToHtml, htmlToEditorText } from '../../../components/editor-text';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

const BODY_MAX = 5000;

interface NoticeForm {
  section: NoticeSection;
  title: string;
  text: string;
  /** `datetime-local` values, in the reader's local time. */
  validFrom?: string;
  validUntil?: string;
}

/** An ISO instant as a `datetime-local` value in local time. */
function toLocalInput(iso: string | null): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  return new Date(date.getTime() - date.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
}

const fromLocalInput = (value?: string) => (value ? new Date(value).toISOString() : null);

/** 发布信息 / 修改信息: plain text with paragraphs and **bold** (as replies), and a validity for 便民公告. */
export function NoticeFormDialog({ notice, open, onClose, onSaved }: { notice?: StaffNoticeView; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<NoticeForm>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const section = Form.useWatch('section', form);
  const html = editorTextToHtml(Form.useWatch('text', form) ?? '');

  const onFinish = async (values: NoticeForm) => {
    const announcement = values.section === 'announcements';
    const request: CreateNoticeRequest = {
      section: values.section,
      title: values.title.trim(),
      bodyHtml: editorTextToHtml(values.text),
      validFrom: announcement ? fromLocalInput(values.validFrom) : null,
      validUntil: announcement ? fromLocalInput(values.validUntil) : null,
    };
    if (await submit(() => (notice ? updateNotice(notice.id, request) : createNotice(request)))) {
      void message.success(notice ? '信息已修改' : '信息已发布');
      onSaved();
    }
  };

  return (
    <Modal
      title={notice ? `修改信息：${notice.title}` : '发布信息'}
      open={open}
      onCancel={onClose}
      okText={notice ? '保存' : '发布'}
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      width={720}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<NoticeForm>
          form={form}
          layout="vertical"
          onFinish={(values) => void onFinish(values)}
          clearOnDestroy
          initialValues={
            notice
              ? {
                  section: notice.section,
                  title: notice.title,
                  text: htmlToEditorText(notice.bodyHtml),
                  validFrom: toLocalInput(notice.validFrom),
                  validUntil: toLocalInput(notice.validUntil),
                }
              : { section: 'announcements' }
          }
        >
          {dialog}
        </Form>
      )}
    >
      <Form.Item name="section" label="栏目" rules={[{ required: true, message: '请选择栏目' }]}>
        <Select options={NOTICE_SECTIONS.map((value) => ({ value, label: NOTICE_SECTION_LABELS[value] }))} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item
        name="title"
        label="标题"
        rules={[
          { required: true, whitespace: true, message: '请填写标题' },
          { min: 2, message: '标题至少2个字' },
          { max: 100, message: '标题不超过100个字' },
        ]}
      >
        <Input maxLength={100} />
      </Form.Item>
      {section === 'announcements' && (
        <Flex gap={16}>
          <Form.Item name="validFrom" label="有效期开始" extra="停水、停电等公告可填写影响时段，过期后显示为已过期">
            <Input type="datetime-local" aria-label="有效期开始" />
          </Form.Item>
          <Form.Item
            name="validUntil"
            label="有效期结束"
            dependencies={['validFrom']}
            rules={[
              ({ getFieldValue }) => ({
                validator: (_, value?: string) => {
                  const from = getFieldValue('validFrom') as string | undefined;
                  return !value || !from || value >= from ? Promise.resolve() : Promise.reject(new Error('结束时间不能早于开始时间'));
                },
              }),
            ]}
          >
            <Input type="datetime-local" aria-label="有效期结束" />
          </Form.Item>
        </Flex>
      )}
      <Form.Item
        name="text"
        label="正文"
        extra="空一行分段；用两个星号包住的文字显示为粗体，如 **停水时间**；每行以“- ”开头的段落为列表。"
        rules={[
          { required: true, whitespace: true, message: '请填写正文' },
          { max: BODY_MAX, message: `正文不超过${BODY_MAX}个字` },
        ]}
      >
        <Input.TextArea maxLength={BODY_MAX} showCount autoSize={{ minRows: 6, maxRows: 14 }} />
      </Form.Item>
      <Form.Item label="预览">
        <RichTextPreview html={html} placeholder="输入正文后在此预览" />
      </Form.Item>
    </Modal>
  );
}
