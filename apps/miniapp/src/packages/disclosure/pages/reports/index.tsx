import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { PublishedReportSummary } from '@weimin/contracts';
import { useState } from 'react';
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

/** Publishers in the list's order (the government's reports first when it has any), named as the BFF names them. */
function publishersOf(reports: PublishedReportSummary[]): { key: string; name: string }[] {
  const seen = new Map<string, string>();
  for (const report of [...reports].sort((a, b) => (a.agencyId === null ? 0 : 1) - (b.agencyId === null ? 0 : 1))) {
    seen.set(String(report.agencyId ?? 'government'), report.publisher);
  }
  return [...seen].map(([key, name]) => ({ key, name }));
}

/**
 * 政务公开 → 年度报告: the annual reports as published, the government's and its departments' (条例 第四十九条), with a
 * filter by publisher; a corrected one stays listed as 已更正.
 */
export default function ReportsPage() {
  const reports = useRemote(() => listPublishedReports(), []);
  const [publisher, setPublisher] = useState<string>('all');
  const publishers = reports.data ? publishersOf(reports.data) : [];
  const shown = reports.data?.filter((r) => publisher === 'all' || String(r.agencyId ?? 'government') === publisher);

  return (
    <View {...pageRoot('reports')}>
      <BackBar />
      <View className="reports__intro">政府信息公开工作年度报告，依《政府信息公开条例》第四十九条每年公布。</View>
      {reports.loading && <StatusView kind="loading" />}
      {reports.error && <StatusView kind="error" message={reports.error.message} onRetry={reports.reload} />}
      {reports.data && reports.data.length === 0 && <StatusView kind="empty" message="尚未发布年度报告" />}
      {publishers.length > 1 && (
        <View className="reports__publishers" role="tablist" aria-label="发布机关">
          {[{ key: 'all', name: '全部' }, ...publishers].map((p) => (
            <Tappable
              key={p.key}
              role="tab"
              selected={p.key === publisher}
              className={p.key === publisher ? 'reports__publisher reports__publisher--active' : 'reports__publisher'}
              onTap={() => setPublisher(p.key)}
            >
              {p.name}
            </Tappable>
          ))}
        </View>
      )}
      {shown?.map((report) => {
        const state = report.superseded ? `已更正（${formatDate(report.supersededAt!)}）` : '';
        return (
          <Tappable
            key={report.id}
            role="link"
            className="card reports__item"
            label={`${report.title}，${report.publisher}${formatDate(report.publishedAt)}发布${state ? `，${state}` : ''}`}
            onTap={() => open(report)}
          >
            <Text className="reports__title">{report.title}</Text>
            <View className="reports__meta">
              <Text>
                {report.publisher} {formatDate(report.publishedAt)} 发布
              </Text>
              {report.superseded && <Text className="reports__superseded">{state}</Text>}
            </View>
          </Tappable>
        );
      })}
    </View>
  );
}
