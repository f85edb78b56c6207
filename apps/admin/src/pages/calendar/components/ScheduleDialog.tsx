import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import type { CalendarYearView, SaveCalendarYearRequest } from '@weimin/contracts';
import { App, Button, DatePicker, Divider, Form, Input, Modal, Space, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { saveCalendarYear } from '../../../api/calendar';
import { useFormSubmit } from '../../../hooks/useFormSubmit';

interface Values {
  holidays: Array<{ date?: string; name?: string | null }>;
  workdays: Array<{ date?: string; name?: string | null }>;
}

/** Form values hold dates as YYYY-MM-DD strings, the request's shape, so the BFF's field errors land on them. */
const dateProps = {
  getValueProps: (value?: string) => ({ value: value ? dayjs(value) : undefined }),
  normalize: (value?: Dayjs | null) => value?.format('YYYY-MM-DD'),
};

/**
 * 录入节假日安排 (administrators): the year's whole schedule as the State Council published it, prefilled with what the
 * calendar holds now (chinese-days or the file's provisional days, which have no names yet).
 */
export function ScheduleDialog({ year, open, onClose, onSaved }: { year: CalendarYearView; open: boolean; onClose: () => void; onSaved: () => void }) {
  const [form] = Form.useForm<Values>();
  const { submitting, submit } = useFormSubmit(form);
  const { message } = App.useApp();
  const inYear = (d: Dayjs) => d.year() !== year.year;

  const onFinish = async (values: Values) => {
    const schedule: SaveCalendarYearRequest = {
      holidays: (values.holidays ?? []).map((h) => ({ date: h.date ?? '', name: (h.name ?? '').trim() })),
      workdays: (values.workdays ?? []).map((w) => ({ date: w.date ?? '', name: w.name?.trim() || null })),
    };
    if (await submit(() => saveCalendarYear(year.year, schedule))) {
      void message.success(`${year.year}年节假日安排已保存，新交办的留言按此计算办理期限`);
      onSaved();
    }
  };

  const list = (name: 'holidays' | 'workdays', title: string, add: string, namePlaceholder: string, nameRequired: boolean) => (
    <Form.List name={name}>
      {(fields, { add: addRow, remove }) => (
        <>
          <Divider titlePlacement="start" orientationMargin={0} style={{ marginTop: 8 }}>
            {title}（{fields.length}天）
          </Divider>
          {fields.map((field) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item name={[field.name, 'date']} rules={[{ required: true, message: '请选择日期' }]} {...dateProps}>
                <DatePicker
                  aria-label={`${title}日期`}
                  disabledDate={inYear}
                  defaultPickerValue={dayjs(`${year.year}-01-01`)}
                  format="YYYY-MM-DD"
                  placeholder="YYYY-MM-DD"
                />
              </Form.Item>
              <Form.Item name={[field.name, 'name']} rules={nameRequired ? [{ required: true, whitespace: true, message: '请填写节日名称' }] : []}>
                <Input aria-label={`${title}名称`} placeholder={namePlaceholder} maxLength={20} style={{ width: 180 }} />
              </Form.Item>
              <Button type="text" icon={<DeleteOutlined />} aria-label="删除" onClick={() => remove(field.name)} />
            </Space>
          ))}
          <Button type="dashed" icon={<PlusOutlined />} onClick={() => addRow({})}>
            {add}
          </Button>
        </>
      )}
    </Form.List>
  );

  return (
    <Modal
      title={`录入${year.year}年节假日安排`}
      open={open}
      onCancel={onClose}
      okText="保存"
      okButtonProps={{ htmlType: 'submit', loading: submitting }}
      width={560}
      destroyOnHidden
      modalRender={(dialog) => (
        <Form<Values>
          form={form}
          onFinish={(values) => void onFinish(values)}
          clearOnDestroy
          initialValues={{
            holidays: year.holidays.map((h) => ({ date: h.date, name: h.name ?? '' })),
            workdays: year.workdays.map((w) => ({ date: w.date, name: w.name ?? '' })),
          }}
        >
          {dialog}
        </Form>
      )}
    >
      <Typography.Paragraph type="secondary">
        按国务院办公厅公布的通知录入全年的放假日期和调休上班日期；保存后替换该年度原有安排（含配置文件中的暂定日期）。已交办留言的办理期限不变，新交办的按新安排计算。
      </Typography.Paragraph>
      <div style={{ maxHeight: '55vh', overflowY: 'auto', paddingInlineEnd: 8 }}>
        {list('holidays', '放假日期', '添加放假日期', '节日名称，如：春节', true)}
        {list('workdays', '调休上班', '添加调休上班日期', '说明（可选），如：春节调休', false)}
      </div>
    </Modal>
  );
}
