import type { TranscriptEntryView } from '@weimin/contracts';
import { Card, Empty, Flex, Tag, Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { DateTime } from '../../../components/DateTime';

/** 访谈实录 as published: numbered Q&A pairs and host remarks, oldest first; follows the newest while live. */
export function TranscriptCard({
  entries,
  guestName,
  hostName,
  follow,
}: {
  entries: readonly TranscriptEntryView[];
  guestName: string;
  hostName: string;
  follow: boolean;
}) {
  const log = useRef<HTMLDivElement>(null);
  const last = entries.at(-1)?.seq;
  useEffect(() => {
    // Scrolls the log itself, never the page: the host may be typing further down.
    if (follow && last !== undefined && log.current) log.current.scrollTop = log.current.scrollHeight;
  }, [follow, last]);

  return (
    <Card title={`访谈实录（${entries.length}）`} size="small">
      {entries.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description="尚未发布实录" />
      ) : (
        <Flex ref={log} vertical gap={12} style={{ maxHeight: 560, overflow: 'auto' }} tabIndex={0} aria-label="访谈实录" role="log">
          {entries.map((entry) => (
            <Flex key={entry.seq} vertical gap={4} style={{ borderBottom: '1px solid rgba(5,5,5,0.06)', paddingBottom: 8 }}>
              <Flex gap={6} align="center">
                <Tag style={{ marginInlineEnd: 0 }}>#{entry.seq}</Tag>
                <Tag color={entry.kind === 'qa' ? 'blue' : 'default'} style={{ marginInlineEnd: 0 }}>
                  {entry.kind === 'qa' ? '问答' : '主持人'}
                </Tag>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  <DateTime value={entry.at} />
                </Typography.Text>
              </Flex>
              {entry.kind === 'qa' ? (
                <>
                  <Typography.Text>
                    <Typography.Text strong>{entry.askerName ? `网友${entry.askerName}` : `主持人${hostName}`}：</Typography.Text>
                    {entry.question}
                  </Typography.Text>
                  <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                    <Typography.Text strong>{guestName}：</Typography.Text>
                    {entry.text}
                  </Typography.Text>
                </>
              ) : (
                <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>
                  <Typography.Text strong>主持人{hostName}：</Typography.Text>
                  {entry.text}
                </Typography.Text>
              )}
            </Flex>
          ))}
        </Flex>
      )}
    </Card>
  );
}
