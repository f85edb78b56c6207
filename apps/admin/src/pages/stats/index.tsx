import { DownloadOutlined } from '@ant-design/icons';
import type { MessageStatsQuery } from '@weimin/contracts';
import { App, Button, Card, Flex, Tabs } from 'antd';
import { useState, type ComponentType } from 'react';
import { ApiError } from '../../api/client';
import { downloadStatsWorkbook } from '../../api/stats';
import { defaultStatsQuery, StatsFilters } from './components/StatsFilters';
import { InterpretationStatsTab } from './interpretations/InterpretationStatsTab';
import { MessageStatsTab } from './messages/MessageStatsTab';
import { NoticeStatsTab } from './notices/NoticeStatsTab';
import { InterviewStatsTab } from './participation/InterviewStatsTab';
import { SolicitationStatsTab } from './participation/SolicitationStatsTab';

/** One tab of 统计分析; each loads its own figures for the page's filters and uses the filters that apply to it. */
export interface StatsSection {
  key: string;
  label: string;
  Tab: ComponentType<{ query: MessageStatsQuery }>;
}

/** The three parts of docs/domain.md §4, in the order the annual report takes them, then 公众参与 (§6). */
const SECTIONS: StatsSection[] = [
  { key: 'messages', label: '留言', Tab: MessageStatsTab },
  { key: 'interpretations', label: '政策解读', Tab: InterpretationStatsTab },
  { key: 'notices', label: '公共企事业单位', Tab: NoticeStatsTab },
  { key: 'solicitations', label: '意见征集', Tab: SolicitationStatsTab },
  { key: 'interviews', label: '在线访谈', Tab: InterviewStatsTab },
];

/**
 * 统计分析 (office and admins): the figures the office reports (docs/domain.md §4) for any period, agency, type and
 * channel, as figures, charts and tables, and 导出 Excel of the same (one sheet per table, audited by the BFF).
 */
export default function StatsPage() {
  const { message } = App.useApp();
  const [query, setQuery] = useState<MessageStatsQuery>(defaultStatsQuery);
  const [exporting, setExporting] = useState(false);

  const exportWorkbook = async () => {
    setExporting(true);
    try {
      const { blob, filename } = await downloadStatsWorkbook(query);
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = filename ?? '统计分析.xlsx';
      link.click();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
      message.success('已导出');
    } catch (error) {
      if (!(error instanceof ApiError)) throw error; // the client has shown it
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card
        title="统计分析"
        extra={
          <Button icon={<DownloadOutlined />} loading={exporting} onClick={() => void exportWorkbook()}>
            导出 Excel
          </Button>
        }
      >
        <StatsFilters value={query} onChange={setQuery} />
      </Card>
      <Tabs items={SECTIONS.map(({ key, label, Tab }) => ({ key, label, children: <Tab query={query} /> }))} />
    </Flex>
  );
}
