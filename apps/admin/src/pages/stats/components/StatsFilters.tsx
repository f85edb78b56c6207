import { MESSAGE_CHANNEL_LABELS, MESSAGE_TYPE_LABELS, MessageChannel, MessageType, type MessageStatsQuery } from '@weimin/contracts';
import { Button, DatePicker, Form, Select, Space } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { AgencySelect } from '../../../components/AgencySelect';
import { chinaTodayDayjs } from '../../../components/china-day';

interface FilterValues {
  dates?: [Dayjs | null, Dayjs | null] | null;
  agencyId?: number;
  type?: MessageType;
  channel?: MessageChannel;
}

const DAY_FORMAT = 'YYYY-MM-DD';

/** This year so far, in China's days: what the office reports most often. */
export function defaultStatsQuery(): MessageStatsQuery {
  const today = chinaTodayDayjs();
  return { from: today.startOf('year').format(DAY_FORMAT), to: today.format(DAY_FORMAT) };
}

function presets(): Array<{ label: string; value: [Dayjs, Dayjs] }> {
  const today = chinaTodayDayjs();
  const lastYear = today.subtract(1, 'year');
  return [
    { label: '本年', value: [today.startOf('year'), today] },
    { label: '上年', value: [lastYear.startOf('year'), lastYear.endOf('year')] },
    { label: '本月', value: [today.startOf('month'), today] },
    { label: '近 30 天', value: [today.subtract(29, 'day'), today] },
  ];
}

/** The filters of every statistics tab: period (China days, inclusive), agency, type, channel. */
export function StatsFilters({ value, onChange }: { value: MessageStatsQuery; onChange: (query: MessageStatsQuery) => void }) {
  const [form] = Form.useForm<FilterValues>();
  const initial: FilterValues = { ...value, dates: [value.from ? dayjs(value.from) : null, value.to ? dayjs(value.to) : null] };

  const apply = ({ dates, ...rest }: FilterValues) =>
    onChange({ ...rest, from: dates?.[0]?.format(DAY_FORMAT) ?? undefined, to: dates?.[1]?.format(DAY_FORMAT) ?? undefined });

  return (
    <Form form={form} layout="inline" initialValues={initial} onFinish={apply} style={{ rowGap: 12 }}>
      <Form.Item name="dates" label="统计期间">
        <DatePicker.RangePicker presets={presets()} allowEmpty={[true, true]} aria-label="统计期间" />
      </Form.Item>
      <Form.Item name="agencyId" label="承办单位">
        <AgencySelect allowClear placeholder="全部单位" style={{ width: 240 }} aria-label="承办单位" />
      </Form.Item>
      <Form.Item name="type" label="类型">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 110 }}
          aria-label="类型"
          options={Object.values(MessageType).map((type) => ({ value: type, label: MESSAGE_TYPE_LABELS[type] }))}
        />
      </Form.Item>
      <Form.Item name="channel" label="渠道">
        <Select
          allowClear
          placeholder="全部"
          style={{ width: 180 }}
          aria-label="渠道"
          options={Object.values(MessageChannel).map((channel) => ({ value: channel, label: MESSAGE_CHANNEL_LABELS[channel] }))}
        />
      </Form.Item>
      <Form.Item>
        <Space>
          <Button type="primary" htmlType="submit">
            查询
          </Button>
          <Button
            onClick={() => {
              form.setFieldsValue({ dates: null, agencyId: undefined, type: undefined, channel: undefined });
              onChange({});
            }}
          >
            全部时间
          </Button>
        </Space>
      </Form.Item>
    </Form>
  );
}
