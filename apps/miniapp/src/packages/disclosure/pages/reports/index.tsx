import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PublishedReportSummary } from '@weimin/contracts';
import { pageRoot } from '../../../../a11y/page-root';
import { BackBar } from '../../../../components/BackBar';
import { StatusView } from '../../../../components/StatusView';
import { Tappable } from '../../../../components/Tappable';
import { formatDate } from '../../../../format/datetime';
import { useRemote } from '../../../../hooks/useRemote';
import { listPublishedReports } from '../../../../services/reports';
import './index.scss';

function open(report: PublishedReportSummary) {
  void Taro.navigateTo({ url: `/packages/disclosure/pages/report/index?id=${report.id}` });
}

/** 政务公开 → 年度报告: the government's annual reports as published; a corrected one stays listed as 已更正. */
export default function ReportsPage() {
  const reports = useRemote(() => listPublishedReports(), []);

  return (
    <View {...pageRoot('reports')}>
      <BackBar />
      <View className="reports__intro">政府信息公开工作年度报告，依《政府信息公开条例》第四十九条每年公布。</View>
      {reports.loading && <StatusView kind="loading" />}
      {reports.error && <StatusView kind="error" message={reports.error.message} onRetry={reports.reload} />}
      {reports.data && reports.data.length === 0 && <StatusView kind="empty" message="尚未发布年度报告" />}
      {reports.data?.map((report) => {
        const state = report.superseded ? `已更正（${formatDate(report.supersededAt!)}）` : '';
        return (
          <Tappable
            key={report.id}
            role="link"
            className="card reports__item"
            label={`${report.title}，${formatDate(report.publishedAt)}发布${state ? `，${state}` : ''}`}
            onTap={() => open(report)}
          >
            <Text className="reports__title">{report.title}</Text>
            <View className="reports__meta">
              <Text>{formatDate(report.publishedAt)} 发布</Text>
              {report.superseded && <Text className="reports__superseded">{state}</Text>}
            </View>
          </Tappable>
        );
      })}
    </View>
  );
}
