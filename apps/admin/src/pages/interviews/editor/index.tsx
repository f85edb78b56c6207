import { INTERVIEW_SUMMARY_MAX, INTERVIEW_TITLE_MAX, type SaveInterviewRequest, type StaffInterviewView } from '@weimin/contracts';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Result, Row } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useEffect } from 'react';
import { useNavigate, useParams } from 'react-router-dom';
import { createInterview, getInterview, updateInterview } from '../../../api/interviews';
import { AgencySelect } from '../../../components/AgencySelect';
import { BackTitle } from '../../../components/BackTitle';
import { LoadError } from '../../../components/LoadError';
import { PageLoading } from '../../../components/PageLoading';
import { useApiData } from '../../../hooks/useApiData';
import { useFormSubmit } from '../../../hooks/useFormSubmit';
import { useMe } from '../../../stores/session';

/** The host: the signed-in staff member, the account already set (someone else's), or a name alone. */
type HostMode = 'self' | 'kept' | 'name';

interface EditorValues {
  title: string;
  summary: string;
  guestAgencyId: number;
  guestName: string;
  guestTitle: string;
  time: [Dayjs, Dayjs];
  hostMode: HostMode;
  hostName?: string;
}

function valuesOf(item: StaffInterviewView, meId: number): EditorValues {
  return {
    title: item.title,
    summary: item.summary,
    guestAgencyId: item.guestAgencyId,
    guestName: item.guestName,
    guestTitle: item.guestTitle,
    time: [dayjs(item.startsAt), dayjs(item.endsAt)],
    hostMode: item.hostStaffId === null ? 'name' : item.hostStaffId === meId ? 'self' : 'kept',
    hostName: item.hostStaffId === null ? item.hostName : undefined,
  };
}

function requestOf(values: EditorValues, meId: number, existing?: StaffInterviewView): SaveInterviewRequest {
  const hostStaffId = values.hostMode === 'self' ? meId : values.hostMode === 'kept' ? (existing?.hostStaffId ?? null) : null;
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    guestAgencyId: values.guestAgencyId,
    guestName: values.guestName.trim(),
    guestTitle: values.guestTitle.trim(),
    startsAt: values.time[0].toISOString(),
    endsAt: values.time[1].toISOString(),
    hostStaffId,
    hostName: hostStaffId === null ? values.hostName?.trim() || null : null,
  };
}

/** 安排 / 修改在线访谈 (the office), while it is 预告 or 征集问题. */
export default function InterviewEditorPage() {
  const { id } = useParams();
  const itemId = id === undefined ? undefined : Number(id);
  if (itemId !== undefined && !(Number.isInteger(itemId) && itemId > 0)) return <Result status="404" title="访谈不存在" />;
  return <Editor key={itemId ?? 'new'} id={itemId} />;
}

function Editor({ id }: { id?: number }) {
  const navigate = useNavigate();
  const me = useMe();
  const { message } = App.useApp();
  const [form] = Form.useForm<EditorValues>();
  const { submitting, submit } = useFormSubmit(form);
  const existing = useApiData((signal) => (id ? getInterview(id, signal) : Promise.resolve(undefined)), [id]);
  const hostMode = Form.useWatch('hostMode', form);

  useEffect(() => {
    if (existing.data) form.setFieldsValue(valuesOf(existing.data, me.id));
  }, [existing.data, form, me.id]);

  if (existing.error) return <LoadError error={existing.error} onRetry={existing.reload} />;
  if (id && !existing.data) return <PageLoading />;

  const onFinish = (values: EditorValues) =>
    submit(async () => {
      const request = requestOf(values, me.id, existing.data);
      const saved = id ? await updateInterview(id, request) : await createInterview(request);
      void message.success(id ? '已保存修改' : '已安排访谈');
      navigate(`/interviews/${saved.id}`, { replace: true });
    });

  const kept = existing.data && existing.data.hostStaffId !== null && existing.data.hostStaffId !== me.id ? existing.data.hostName : undefined;

  return (
    <Card
      title={
        <BackTitle>
          <span>{id ? '修改访谈' : '安排访谈'}</span>
        </BackTitle>
      }
    >
      <Form<EditorValues>
        form={form}
        name="interview"
        layout="vertical"
        initialValues={{ hostMode: 'self' }}
        onFinish={(values) => void onFinish(values)}
        disabled={submitting}
        style={{ maxWidth: 1100 }}
      >
        <Row gutter={24}>
          <Col xs={24} xl={14}>
            <Form.Item
              name="title"
              label="访谈主题"
              rules={[
                { required: true, whitespace: true, message: '请输入访谈主题' },
                { min: 4, max: INTERVIEW_TITLE_MAX, message: `访谈主题为4-${INTERVIEW_TITLE_MAX}个字` },
              ]}
            >
              <Input maxLength={INTERVIEW_TITLE_MAX} showCount />
            </Form.Item>
            <Form.Item name="summary" label="访谈简介" rules={[{ required: true, whitespace: true, message: '请填写访谈简介' }]}>
              <Input.TextArea maxLength={INTERVIEW_SUMMARY_MAX} showCount autoSize={{ minRows: 6, maxRows: 14 }} />
            </Form.Item>
            <Form.Item
              name="time"
              label="访谈时间"
              rules={[
                { required: true, message: '请选择访谈的开始和结束时间' },
                {
                  validator: async (_rule, value: [Dayjs, Dayjs] | undefined) => {
                    if (value && !value[1].isAfter(value[0])) throw new Error('结束时间须晚于开始时间');
                  },
                },
              ]}
            >
              <DatePicker.RangePicker
                showTime={{ format: 'HH:mm', minuteStep: 5 }}
                format="YYYY-MM-DD HH:mm"
                aria-label="访谈时间"
                placeholder={['开始时间', '结束时间']}
              />
            </Form.Item>
          </Col>
          <Col xs={24} xl={10}>
            <Form.Item name="guestAgencyId" label="嘉宾单位" rules={[{ required: true, message: '请选择嘉宾单位' }]}>
              <AgencySelect placeholder="选择嘉宾单位" />
            </Form.Item>
            <Form.Item name="guestName" label="嘉宾姓名" rules={[{ required: true, whitespace: true, message: '请填写嘉宾姓名' }]}>
              <Input maxLength={40} />
            </Form.Item>
            <Form.Item name="guestTitle" label="嘉宾职务" rules={[{ required: true, whitespace: true, message: '请填写嘉宾职务' }]}>
              <Input maxLength={60} placeholder="如：市人力资源和社会保障局副局长" />
            </Form.Item>
            <Form.Item name="hostMode" label="主持人">
              <Radio.Group
                options={[
                  { value: 'self', label: `本人（${me.displayName}）` },
                  ...(kept ? [{ value: 'kept', label: `原主持人（${kept}）` }] : []),
                  { value: 'name', label: '填写姓名' },
                ]}
              />
            </Form.Item>
            {hostMode === 'name' && (
              <Form.Item name="hostName" label="主持人姓名" rules={[{ required: true, whitespace: true, message: '请填写主持人姓名' }]}>
                <Input maxLength={40} />
              </Form.Item>
            )}
          </Col>
        </Row>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            {id ? '保存修改' : '安排访谈'}
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </Card>
  );
}
