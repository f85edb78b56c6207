import {
  APPLICANT_KIND_LABELS,
  DELIVERY_METHOD_LABELS,
  DISCLOSURE_CHANNEL_LABELS,
  DISCLOSURE_DESCRIPTION_MAX,
  DISCLOSURE_FORM_LABELS,
  DISCLOSURE_TITLE_MAX,
  DisclosureChannel,
  ORGANISATION_KIND_LABELS,
  RECEIPT_DAY_RULES,
  type OrganisationKind,
  type RegisterDisclosureRequest,
} from '@weimin/contracts';
import { App, Button, Card, Col, DatePicker, Flex, Form, Input, Radio, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import { useAccess } from '../../../access';
import { registerDisclosure } from '../../../api/disclosure';
import { AgencySelect } from '../../../components/AgencySelect';
import { BackTitle } from '../../../components/BackTitle';
import { afterChinaToday } from '../../../components/china-day';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

/** Staff register what came on paper or by email; online applications come from the mini-program. */
const CHANNELS = Object.values(DisclosureChannel).filter((channel) => channel !== DisclosureChannel.Online);

/** Why the receipt day is that day, per channel (国办公开办函〔2015〕207号), shown under the date field. */
const RECEIPT_DAY_HELP: Record<DisclosureChannel, string> = {
  online: '网上申请以系统收到之日为收到申请之日。',
  in_person: '当面提交的，以提交当日为收到申请之日。',
  registered_mail: '以挂号信等需签收的邮寄方式提交的，以双方签收之日为收到申请之日。',
  ordinary_mail: '以平常信函等无需签收的方式提交的，以与申请人确认之日为收到申请之日。',
  fax: '以传真提交的，以双方确认之日为收到申请之日。',
  email: '以电子邮件提交的，以系统收到之日为收到申请之日。',
};

interface RegisterValues extends Omit<RegisterDisclosureRequest, 'receivedOn' | 'certificateType'> {
  receivedOn: Dayjs;
}

const options = <T extends string>(labels: Record<T, string>, only?: readonly T[]) =>
  (only ?? (Object.keys(labels) as T[])).map((value) => ({ value, label: labels[value] }));

/**
 * 登记申请: an application that came by letter, in person, by fax or by email, with the day of receipt its channel
 * sets (the clock starts from it). An agency registers what it received itself; the office may leave the agency open
 * (不确定), and the application waits in 待转办.
 */
export default function RegisterDisclosurePage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const { canOverseeDisclosure } = useAccess();
  const [form] = Form.useForm<RegisterValues>();
  const { submitting, submit } = useFormSubmit(form);
  const channel = Form.useWatch('channel', form);
  const applicantKind = Form.useWatch('applicantKind', form);
  const deliveryMethod = Form.useWatch('deliveryMethod', form);

  const onFinish = async ({ receivedOn, ...values }: RegisterValues) => {
    let id: number | undefined;
    const registered = await submit(async () => {
      const view = await registerDisclosure({
        ...values,
        certificateType: values.applicantKind === 'person' ? 'id_card' : 'credit_code',
        receivedOn: receivedOn.format('YYYY-MM-DD'),
      });
      id = view.id;
    });
    if (registered && id) {
      void message.success('申请已登记');
      navigate(`/disclosure/${id}`, { replace: true });
    }
  };

  return (
    <Card title={<BackTitle>登记申请</BackTitle>}>
      <Form<RegisterValues>
        form={form}
        layout="vertical"
        onFinish={(values) => void onFinish(values)}
        initialValues={{ channel: DisclosureChannel.RegisteredMail, applicantKind: 'person', form: 'paper', deliveryMethod: 'post' }}
        style={{ maxWidth: 960 }}
      >
        <Typography.Title level={5}>收件</Typography.Title>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="channel" label="提交方式" rules={[{ required: true, message: '请选择提交方式' }]}>
              <Select<DisclosureChannel> options={options(DISCLOSURE_CHANNEL_LABELS, CHANNELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="receivedOn"
              label={channel ? `收到申请之日（${RECEIPT_DAY_RULES[channel]}）` : '收到申请之日'}
              extra={channel ? RECEIPT_DAY_HELP[channel] : undefined}
              rules={[{ required: true, message: '请选择收到申请的日期' }]}
            >
              <DatePicker style={{ width: '100%' }} disabledDate={afterChinaToday} />
            </Form.Item>
          </Col>
          {canOverseeDisclosure && (
            <Col xs={24} md={12}>
              <Form.Item name="agencyId" label="申请的机关" extra="申请人未写明或无法确定时留空，申请进入“待转办”。">
                <AgencySelect allowClear placeholder="不确定" />
              </Form.Item>
            </Col>
          )}
        </Row>

        <Typography.Title level={5}>申请人</Typography.Title>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item name="applicantKind" label="申请人类型" rules={[{ required: true }]}>
              <Radio.Group options={options(APPLICANT_KIND_LABELS)} />
            </Form.Item>
          </Col>
          {applicantKind === 'organisation' && (
            <Col xs={24} md={12}>
              <Form.Item name="organisationKind" label="组织类型" rules={[{ required: true, message: '请选择组织类型' }]}>
                <Select<OrganisationKind> options={options(ORGANISATION_KIND_LABELS)} />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Row gutter={24}>
          <Col xs={24} md={12}>
            <Form.Item
              name="applicantName"
              label={applicantKind === 'organisation' ? '名称' : '姓名'}
              rules={[
                { required: true, whitespace: true, message: '请填写申请人名称' },
                { max: 100, message: '不超过100个字' },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="certificateNumber"
              label={applicantKind === 'organisation' ? '统一社会信用代码' : '居民身份证号码'}
              rules={[{ required: true, len: 18, message: '请填写18位号码' }]}
            >
              <Input maxLength={18} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="contactPhone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
              <Input maxLength={20} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item
              name="email"
              label="电子邮箱"
              rules={[
                { type: 'email', message: '电子邮箱格式不正确' },
                { required: deliveryMethod === 'email', message: '选择电子邮件方式时请填写电子邮箱' },
              ]}
            >
              <Input maxLength={100} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="postalAddress"
              label="通信地址"
              rules={[
                { required: true, whitespace: true, message: '请填写通信地址' },
                { min: 4, message: '请填写通信地址' },
              ]}
            >
              <Input maxLength={200} />
            </Form.Item>
          </Col>
        </Row>

        <Typography.Title level={5}>所需信息</Typography.Title>
        <Row gutter={24}>
          <Col xs={24} md={16}>
            <Form.Item
              name="infoTitle"
              label="所需信息名称"
              rules={[
                { required: true, whitespace: true, message: '请填写所需信息名称' },
                { min: 4, message: '所需信息名称至少4个字' },
              ]}
            >
              <Input maxLength={DISCLOSURE_TITLE_MAX} showCount />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="infoDocumentNumber" label="文件名称、文号（选填）">
              <Input maxLength={64} />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="infoDescription"
              label="所需信息的描述"
              rules={[
                { required: true, whitespace: true, message: '请描述所需信息' },
                { min: 10, message: '所需信息描述至少10个字' },
              ]}
            >
              <Input.TextArea maxLength={DISCLOSURE_DESCRIPTION_MAX} showCount autoSize={{ minRows: 4, maxRows: 12 }} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="form" label="获取信息的载体形式" rules={[{ required: true }]}>
              <Radio.Group options={options(DISCLOSURE_FORM_LABELS)} />
            </Form.Item>
          </Col>
          <Col xs={24} md={12}>
            <Form.Item name="deliveryMethod" label="获取信息的方式" rules={[{ required: true }]}>
              <Radio.Group options={options(DELIVERY_METHOD_LABELS)} />
            </Form.Item>
          </Col>
        </Row>
        <Flex gap={8}>
          <Button type="primary" htmlType="submit" loading={submitting}>
            登记
          </Button>
          <Button onClick={() => navigate(-1)}>取消</Button>
        </Flex>
      </Form>
    </Card>
  );
}
