import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import {
  processingFeeSentence,
  REPORT_SECTION_HEADINGS,
  TABLE_FOUR_KIND_LABELS,
  TABLE_FOUR_KINDS,
  TABLE_FOUR_RESULT_LABELS,
  TABLE_FOUR_RESULTS,
  TABLE_THREE_COLUMN_LABELS,
  TABLE_THREE_COLUMNS,
  type AnnualReport,
  type DocumentCounts,
  type PublishedReport,
} from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusView } from '../../../../components/StatusView';
import { formatDate } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { ApiError } from '../../../../services/http';
import { getPublishedReport } from '../../../../services/reports';
import { ReportTable } from './ReportTable';
import './index.scss';

function loadReport(idParam: string | undefined): Promise<PublishedReport> {
  const id = Number(idParam);
  if (!Number.isInteger(id) || id <= 0) return Promise.reject(new ApiError(400, 'VALIDATION_FAILED', '报告编号无效'));
  return getPublishedReport(id);
}

function Paragraphs({ text }: { text: string }) {
  const lines = text.split(/\n+/).filter((line) => line.trim() !== '');
  if (lines.length === 0) return <View className="report__text muted">无。</View>;
  return (
    <>
      {lines.map((line, index) => (
        <View key={index} className="report__text">
          {line}
        </View>
      ))}
    </>
  );
}

const documentCells = (counts: DocumentCounts | null) => (counts ? [counts.issued, counts.repealed, counts.inForce] : ['—', '—', '—']);

/** 二 as two small tables: documents (本年制发 / 本年废止 / 现行有效) and the rows entered by hand. */
function Proactive({ proactive }: { proactive: AnnualReport['proactive'] }) {
  const { manual } = proactive;
  return (
    <>
      <ReportTable
        caption="主动公开：规章和规范性文件"
        columns={['本年制发件数', '本年废止件数', '现行有效件数']}
        rows={[
          { key: 'regulations', label: '规章', cells: documentCells(proactive.regulations) },
          { key: 'normative', label: '行政规范性文件', cells: documentCells(proactive.normativeDocuments) },
        ]}
      />
      <ReportTable
        caption="主动公开：行政许可、处罚、强制和收费"
        columns={['本年处理决定数量']}
        rows={[
          { key: 'licensing', label: '行政许可', cells: [manual.licensing] },
          { key: 'penalties', label: '行政处罚', cells: [manual.penalties] },
          { key: 'enforcement', label: '行政强制', cells: [manual.enforcement] },
          { key: 'fees', label: '行政事业性收费（万元）', cells: [manual.feesWanYuan] },
        ]}
      />
    </>
  );
}

/** One published annual report, its six parts in the official order, each table scrolling inside its own box. */
export default function ReportPage() {
  const { params } = useRouter();
  const published = useRemote(() => loadReport(params.id), [params.id]);
  const data = published.data;
  const report = data?.report;

  return (
    <View {...pageRoot('report')}>
      <BackBar />
      {published.loading && <StatusView kind="loading" />}
      {published.error && <StatusView kind="error" message={published.error.message} onRetry={published.reload} />}
      {data && report && (
        <>
          <View className="card">
            <View className="report__title">{data.title}</View>
            <View className="report__meta">
              <Text>{formatDate(data.publishedAt)} 发布</Text>
              {data.superseded && <Text className="report__superseded">已更正（{formatDate(data.supersededAt!)}），请查看更正后的版本</Text>}
            </View>
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.overview}</View>
            <Paragraphs text={report.overview.text.text} />
            {report.overview.figures.messages.summary && <View className="report__text">{report.overview.figures.messages.summary}</View>}
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.proactive}</View>
            <Proactive proactive={report.proactive} />
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.applications}</View>
            <ReportTable
              caption="收到和处理政府信息公开申请情况"
              columns={TABLE_THREE_COLUMNS.map((column) => TABLE_THREE_COLUMN_LABELS[column])}
              rows={report.tableThree.map((row) => ({
                key: row.key,
                label: row.label,
                level: row.level,
                cells: row.cells ? TABLE_THREE_COLUMNS.map((column) => row.cells![column]) : null,
              }))}
            />
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.remedies}</View>
            <ReportTable
              caption="政府信息公开行政复议、行政诉讼情况"
              columns={TABLE_FOUR_RESULTS.map((result) => TABLE_FOUR_RESULT_LABELS[result])}
              rows={TABLE_FOUR_KINDS.map((kind) => ({
                key: kind,
                label: TABLE_FOUR_KIND_LABELS[kind],
                cells: TABLE_FOUR_RESULTS.map((result) => report.tableFour[kind][result]),
              }))}
            />
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.problems}</View>
            <Paragraphs text={report.problems.text} />
          </View>
          <View className="card report__section">
            <View className="report__heading">{REPORT_SECTION_HEADINGS.other}</View>
            <Paragraphs text={report.other.text} />
            {/* Reports published before the fee was recorded have no figures: nothing is said rather than a false 0. */}
            {report.processingFees && <View className="report__text">{processingFeeSentence(report.processingFees)}</View>}
          </View>
        </>
      )}
    </View>
  );
}
