import { EditOutlined, LeftOutlined, RightOutlined } from '@ant-design/icons';
import { CALENDAR_SOURCE_LABELS, type CalendarYearView } from '@weimin/contracts';
import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { useAccess } from '../../access';
import { getCalendarYear } from '../../api/calendar';
import { DateTime } from '../../components/DateTime';
import { LoadError } from '../../components/LoadError';
import { chinaToday } from '../../components/china-day';
import { useApiData } from '../../hooks/useApiData';
import { notifyCalendarSaved } from '../../layouts/CalendarWarning';
import { ScheduleDialog } from './components/ScheduleDialog';
import { KIND_LABELS, Legend, YearGrid } from './components/YearGrid';

const THIS_YEAR = Number(chinaToday().slice(0, 4));

/**
 * 节假日安排: a year's working-day calendar as deadlines count it (holidays 休, make-up working days 班), where each day
 * comes from, and, for administrators, entering the year's schedule once the State Council has published it.
 */
export default function CalendarPage() {
  const { canManageCalendar } = useAccess();
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('year')) || THIS_YEAR;
  const [editing, setEditing] = useState(false);
  const { data, error, loading, reload } = useApiData((signal) => getCalendarYear(year, signal), [year]);
  const go = (next: number) => setParams({ year: String(next) }, { replace: true });

  return (
    <Card
      title="节假日安排"
      extra={
        <Space>
          <Button icon={<LeftOutlined />} aria-label="上一年" onClick={() => go(year - 1)} />
          <Typography.Text strong style={{ fontSize: 16, minWidth: 64, display: 'inline-block', textAlign: 'center' }}>
            {year}年
          </Typography.Text>
          <Button icon={<RightOutlined />} aria-label="下一年" onClick={() => go(year + 1)} />
          {canManageCalendar && data && (
            <Button type="primary" icon={<EditOutlined />} onClick={() => setEditing(true)}>
              录入本年安排
            </Button>
          )}
        </Space>
      }
      loading={loading && !data}
    >
      {error ? (
        <LoadError error={error} onRetry={reload} />
      ) : (
        data && (
          <Flex vertical gap={16}>
            {data.scheduleSource === null && (
              <Alert
                type="info"
                showIcon
                message={`${data.year}年的安排尚未录入：目前按周末和配置文件中的暂定日期计算办理期限。国务院办公厅公布后，请由系统管理员录入全年的放假和调休上班日期。`}
              />
            )}
            <Summary year={data} />
            <Legend />
            <YearGrid days={data.days} />
            <Entries year={data} />
          </Flex>
        )
      )}
      {data && canManageCalendar && (
        <ScheduleDialog
          year={data}
          open={editing}
          onClose={() => setEditing(false)}
          onSaved={() => {
            setEditing(false);
            reload();
            notifyCalendarSaved();
          }}
        />
      )}
    </Card>
  );
}

function Summary({ year }: { year: CalendarYearView }) {
  return (
    <Descriptions size="small" column={{ xs: 1, md: 2, xl: 4 }} bordered>
      <Descriptions.Item label="安排来源">
        {year.scheduleSource ? (
          <Tag color={year.scheduleSource === 'stored' ? 'success' : 'default'}>{CALENDAR_SOURCE_LABELS[year.scheduleSource]}</Tag>
        ) : (
          <Tag color="warning">未录入</Tag>
        )}
      </Descriptions.Item>
      <Descriptions.Item label="录入人">{year.enteredBy ?? '—'}</Descriptions.Item>
      <Descriptions.Item label="录入时间">{year.enteredAt ? <DateTime value={year.enteredAt} /> : '—'}</Descriptions.Item>
      <Descriptions.Item label="放假 / 调休上班">
        {year.holidays.length} 天 / {year.workdays.length} 天
      </Descriptions.Item>
    </Descriptions>
  );
}

/** The same days as a list, for reading names and sources without hovering. */
function Entries({ year }: { year: CalendarYearView }) {
  const rows = year.days.filter((d) => d.kind === 'holiday' || d.kind === 'makeup_workday');
  return (
    <Table
      size="small"
      rowKey="date"
      pagination={false}
      dataSource={rows}
      locale={{ emptyText: '本年没有节假日或调休上班' }}
      columns={[
        { title: '日期', dataIndex: 'date', width: 140 },
        {
          title: '类型',
          dataIndex: 'kind',
          width: 120,
          render: (kind: keyof typeof KIND_LABELS) => <Tag color={kind === 'holiday' ? 'error' : 'processing'}>{KIND_LABELS[kind]}</Tag>,
        },
        { title: '名称', dataIndex: 'name', render: (name: string | null) => name ?? <Typography.Text type="secondary">未命名</Typography.Text> },
        { title: '来源', dataIndex: 'source', width: 140, render: (source: keyof typeof CALENDAR_SOURCE_LABELS) => CALENDAR_SOURCE_LABELS[source] },
      ]}
    />
  );
}
