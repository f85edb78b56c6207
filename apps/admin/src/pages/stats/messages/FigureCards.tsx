import type { MessageFigures } from '@weimin/contracts';
import { Card, Col, Row, Statistic } from 'antd';

/**
 * One decimal, rounded as the tables round it (toFixed). Not antd's `precision`, which cuts digits off: 2/3 would read
 * 66.6% on the card and 66.7% in the table.
 */
const oneDecimal = (value: number | null) => (value === null ? null : value.toFixed(1));
const percent = (rate: number | null) => oneDecimal(rate === null ? null : rate * 100);

/** The headline figures; a rate that cannot be computed (nothing to divide by) shows as "—". */
export function FigureCards({ figures }: { figures: MessageFigures }) {
  const cards: Array<{ title: string; value: number | string | null; suffix?: string; tip?: string }> = [
    { title: '收到', value: figures.received, suffix: '条' },
    { title: '有效', value: figures.valid, suffix: '条', tip: '收到减去屏蔽和待审核' },
    { title: '答复', value: figures.replied, suffix: '条' },
    { title: '答复率', value: percent(figures.replyRate), suffix: '%', tip: '答复 ÷ 有效' },
    { title: '按期答复', value: figures.onTime, suffix: '条' },
    { title: '按期答复率', value: percent(figures.onTimeRate), suffix: '%', tip: '按期答复 ÷ 答复' },
    { title: '平均答复用时', value: oneDecimal(figures.averageReplyWorkdays), suffix: '个工作日', tip: '从交办到答复' },
    { title: '满意率', value: percent(figures.satisfactionRate), suffix: '%', tip: '（满意 + 基本满意）÷ 已评价' },
    { title: '当前逾期', value: figures.overdueNow, suffix: '条' },
  ];
  return (
    <Row gutter={[16, 16]}>
      {cards.map((card) => (
        <Col key={card.title} xs={12} md={8} xl={6} xxl={4}>
          <Card size="small" aria-label={card.title}>
            <Statistic
              title={card.tip ? <span title={card.tip}>{card.title}</span> : card.title}
              value={card.value ?? '—'}
              suffix={card.value === null ? undefined : card.suffix}
              styles={card.title === '当前逾期' && figures.overdueNow > 0 ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
