import { CloudUploadOutlined, DownloadOutlined, PrinterOutlined } from '@ant-design/icons';
import { processingFeeSentence, REPORT_SECTION_HEADINGS, type AnnualReport, type ReportTextSection, type ReportTextView } from '@weimin/contracts';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useAccess } from '../../access';
import { ApiError } from '../../api/client';
import { downloadAnnualReport, getAnnualReport, publishAnnualReport, saveManualFigures, saveReportText, type ReportQuery } from '../../api/reports';
import { AgencySelect } from '../../components/AgencySelect';
import { LoadError } from '../../components/LoadError';
import { useApiData } from '../../hooks/useApiData';
import { useMe } from '../../stores/session';
import './annual-report.css';
import { TableFour, TableThree } from './ReportTables';

const thisYear = new Date().getFullYear();
const YEARS = Array.from({ length: 6 }, (_v, i) => thisYear - i);

/** One text section of the office's: shown as written, edited in place; a save on a stale version is refused (409). */
function TextSection({ query, section, text, onSaved }: { query: ReportQuery; section: ReportTextSection; text: ReportTextView; onSaved: () => void }) {
  const { message } = App.useApp();
  const [draft, setDraft] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const save = async () => {
    setSaving(true);
    try {
      await saveReportText(query, section, { text: draft ?? '', baseVersion: text.version });
      message.success('已保存');
      setDraft(null);
      onSaved();
    } catch (error) {
      if (error instanceof ApiError) message.error(error.message);
      else throw error;
    } finally {
      setSaving(false);
    }
  };
  if (draft === null) {
    return (
      <Flex vertical gap={8}>
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', marginBottom: 0 }}>{text.text || '（暂无）'}</Typography.Paragraph>
        <Space className="no-print">
          <Button size="small" onClick={() => setDraft(text.text)}>
            编辑
          </Button>
          {text.version > 0 ? <Typography.Text type="secondary">第 {text.version} 版</Typography.Text> : null}
        </Space>
      </Flex>
    );
  }
  return (
    <Flex vertical gap={8} className="no-print">
      <Input.TextArea aria-label={`${section} 文字`} value={draft} onChange={(e) => setDraft(e.target.value)} autoSize={{ minRows: 4 }} maxLength={20000} />
      <Space>
        <Button type="primary" size="small" loading={saving} onClick={() => void save()}>
          保存
        </Button>
        <Button size="small" onClick={() => setDraft(null)}>
          取消
        </Button>
      </Space>
    </Flex>
  );
}

/** 二's rows entered by hand for one agency and the year. */
function ManualFiguresForm({ year, agencyId, onSaved }: { year: number; agencyId?: number; onSaved: () => void }) {
  const { message } = App.useApp();
  const me = useMe();
  const [form] = Form.useForm<{ agencyId: number; licensing: number; penalties: number; enforcement: number; feesWanYuan: number }>();
  const [saving, setSaving] = useState(false);
  useEffect(() => form.setFieldValue('agencyId', agencyId ?? undefined), [agencyId, form]);
  const submit = async (values: { agencyId: number; licensing: number; penalties: number; enforcement: number; feesWanYuan: number }) => {
    setSaving(true);
    try {
      await saveManualFigures(year, values.agencyId, values);
      message.success('已录入');
      onSaved();
    } catch (error) {
      if (error instanceof ApiError) message.error(error.message);
      else throw error;
    } finally {
      setSaving(false);
    }
  };
  return (
    <Form form={form} layout="inline" className="no-print" onFinish={(values) => void submit(values)} initialValues={{ agencyId: agencyId ?? me.agency.id }}>
      <Form.Item name="agencyId" label="单位" rules={[{ required: true, message: '请选择单位' }]}>
        <AgencySelect style={{ width: 220 }} />
      </Form.Item>
      <Form.Item name="licensing" label="行政许可" rules={[{ required: true, message: '必填' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="penalties" label="行政处罚" rules={[{ required: true, message: '必填' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="enforcement" label="行政强制" rules={[{ required: true, message: '必填' }]}>
        <InputNumber min={0} precision={0} />
      </Form.Item>
      <Form.Item name="feesWanYuan" label="行政事业性收费（万元）" rules={[{ required: true, message: '必填' }]}>
        <InputNumber min={0} precision={4} step={0.0001} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={saving}>
        录入
      </Button>
    </Form>
  );
}

function ProactiveSection({ report }: { report: AnnualReport }) {
  const docs = (label: string, counts: AnnualReport['proactive']['regulations']) =>
    counts ? `${label}：本年制发 ${counts.issued} 件，本年废止 ${counts.repealed} 件，现行有效 ${counts.inForce} 件` : `${label}：部门报告不含本级政府文件`;
  const manual = report.proactive.manual;
  return (
    <Descriptions size="small" column={1} bordered>
      <Descriptions.Item label="规章">{docs('规章', report.proactive.regulations)}</Descriptions.Item>
      <Descriptions.Item label="行政规范性文件">{docs('行政规范性文件', report.proactive.normativeDocuments)}</Descriptions.Item>
      <Descriptions.Item label="行政许可">{manual.licensing}</Descriptions.Item>
      <Descriptions.Item label="行政处罚">{manual.penalties}</Descriptions.Item>
      <Descriptions.Item label="行政强制">{manual.enforcement}</Descriptions.Item>
      <Descriptions.Item label="行政事业性收费（万元）">{manual.feesWanYuan}</Descriptions.Item>
    </Descriptions>
  );
}

/**
 * 统计分析 → 年度报告 (docs/domain.md §8): the report of a year as the BFF builds it, for the whole government or one
 * department; the office edits its text and enters 二's rows here; 导出 Word / Excel, and a print layout.
 */
export default function AnnualReportPage() {
  const { message, modal } = App.useApp();
  const access = useAccess();
  const me = useMe();
  const officeWide = access.canViewStats;
  const [query, setQuery] = useState<ReportQuery>(officeWide ? { year: thisYear } : { year: thisYear, agencyId: me.agency.id });
  const { data, error, loading, reload } = useApiData((signal) => getAnnualReport(query, signal), [query.year, query.agencyId]);

  const [publishing, setPublishing] = useState(false);
  // The office publishes the whole government's report or any department's; a department's head their own only.
  const mayPublish = access.canPublishAnnualReport && (officeWide || query.agencyId === me.agency.id);
  const publish = (report: AnnualReport) =>
    modal.confirm({
      title: '发布到小程序',
      content: `将「${report.title}」按当前内容发布到小程序（政务公开 → 年度报告）。已发布过的，本次发布为更正版本，原版本标为“已更正”并保留。`,
      okText: '确认发布',
      onOk: async () => {
        setPublishing(true);
        try {
          const published = await publishAnnualReport(query);
          message.success(`已发布：${published.title}`);
        } catch (failure) {
          if (!(failure instanceof ApiError)) throw failure;
          message.error(failure.message);
        } finally {
          setPublishing(false);
        }
      },
    });

  const exportFile = async (format: 'xlsx' | 'docx') => {
    try {
      const { blob, filename } = await downloadAnnualReport(query, format);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename ?? `年度报告.${format}`;
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      message.success('已导出');
    } catch (failure) {
      if (!(failure instanceof ApiError)) throw failure;
    }
  };

  return (
    <Flex vertical gap={16} className="annual-report-page">
      <Card
        title={data ? data.title : '年度报告'}
        extra={
          <Space className="no-print">
            {mayPublish && data ? (
              <Button type="primary" icon={<CloudUploadOutlined />} loading={publishing} onClick={() => void publish(data)}>
                发布到小程序
              </Button>
            ) : null}
            <Button icon={<DownloadOutlined />} onClick={() => void exportFile('docx')}>
              导出 Word
            </Button>
            <Button icon={<DownloadOutlined />} onClick={() => void exportFile('xlsx')}>
              导出 Excel
            </Button>
            <Button icon={<PrinterOutlined />} onClick={() => window.print()}>
              打印
            </Button>
          </Space>
        }
      >
        <Space className="no-print" wrap>
          {/* Not virtual: a virtual list adds a hidden listbox without a name, which axe reports (aria-input-field-name). */}
          <Select<number>
            aria-label="年度"
            virtual={false}
            value={query.year}
            options={YEARS.map((y) => ({ value: y, label: `${y}年` }))}
            onChange={(year) => setQuery({ ...query, year })}
          />
          {officeWide ? (
            <AgencySelect
              aria-label="单位"
              allowClear
              placeholder="本级政府（全部单位）"
              value={query.agencyId}
              onChange={(agencyId) => setQuery({ year: query.year, agencyId })}
              style={{ width: 260 }}
            />
          ) : null}
        </Space>
      </Card>
      {error ? <LoadError error={error} onRetry={reload} /> : null}
      {!data && !error ? <Skeleton active /> : null}
      {data ? (
        <Flex vertical gap={16} style={{ opacity: loading ? 0.6 : 1 }}>
          {data.check.holds ? null : (
            <Alert
              type="error"
              showIcon
              title="表三勾稽关系不成立"
              description={data.check.columns
                .filter((c) => !c.holds)
                .map((c) => `${c.columnLabel}：${c.problem}`)
                .join('\n')}
            />
          )}
          <Card title={REPORT_SECTION_HEADINGS.overview} size="small">
            <TextSection query={query} section="overview" text={data.overview.text} onSaved={reload} />
            <Typography.Paragraph style={{ marginTop: 12 }}>
              本年发布政策解读：
              {data.overview.figures.interpretationsByStage
                .filter((s) => s.published > 0)
                .map((s) => `${s.label}${s.published}篇`)
                .join('、') || '无'}
              。公共企事业单位发布信息：{data.overview.figures.noticesBySection.map((s) => `${s.label}${s.published}条`).join('、')}。
            </Typography.Paragraph>
            <Typography.Paragraph>留言办理：{data.overview.figures.messages.summary}</Typography.Paragraph>
          </Card>
          <Card title={REPORT_SECTION_HEADINGS.proactive} size="small">
            <Flex vertical gap={12}>
              <ProactiveSection report={data} />
              <ManualFiguresForm year={data.year} agencyId={data.agencyId ?? undefined} onSaved={reload} />
            </Flex>
          </Card>
          <Card title={REPORT_SECTION_HEADINGS.applications} size="small">
            <TableThree report={data} />
          </Card>
          <Card title={REPORT_SECTION_HEADINGS.remedies} size="small">
            <TableFour report={data} />
          </Card>
          <Card title={REPORT_SECTION_HEADINGS.problems} size="small">
            <TextSection query={query} section="problems" text={data.problems} onSaved={reload} />
          </Card>
          <Card title={REPORT_SECTION_HEADINGS.other} size="small">
            <TextSection query={query} section="other" text={data.other} onSaved={reload} />
            <Descriptions
              size="small"
              column={2}
              style={{ marginTop: 12 }}
              title={<Typography.Text>{processingFeeSentence(data.processingFees)}</Typography.Text>}
              items={[
                { key: 'count', label: '收取信息处理费（件）', children: data.processingFees.count },
                { key: 'amount', label: '收取金额（万元）', children: data.processingFees.amountWanYuan },
              ]}
            />
          </Card>
        </Flex>
      ) : null}
    </Flex>
  );
}
