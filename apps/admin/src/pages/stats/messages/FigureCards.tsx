import type { MessageFigures } from '@weimin/contracts';
import { Card, Col, Row, Statistic } from 'antd';

const percent = (rate: number | null) => (rate === null ? null : rate * 100);

/** The headline figures; a rate that cannot be computed (nothing to divide by) shows as "—". */
export function FigureCards({ figures }: { figures: MessageFigures }) {
  const cards: Array<{ title: string; value: number | null; suffix?: string; precision?: number; tip?: string }> = [
    { title: '收到', value: figures.received, suffix: '条' },
    { title: '有效', value: figures.valid, suffix: '条', tip: '收到减去屏蔽和待审核' },
    { title: '答复', value: figures.replied, suffix: '条' },
    { title: '答复率', value: percent(figures.replyRate), suffix: '%', precision: 1, tip: '答复 ÷ 有效' },
    { title: '按期答复', value: figures.onTime, suffix: '条' },
    { title: '按期答复率', value: percent(figures.onTimeRate), suffix: '%', precision: 1, tip: '按期答复 ÷ 答复' },
    { title: '平均答复用时', value: figures.averageReplyWorkdays, suffix: '个工作日', precision: 1, tip: '从交办到答复' },
    { title: '满意率', value: percent(figures.satisfactionRate), suffix: '%', precision: 1, tip: '（满意 + 基本满意）÷ 已评价' },
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
              precision={card.value === null ? undefined : card.precision}
              suffix={card.value === null ? undefined : card.suffix}
              styles={card.title === '当前逾期' && figures.overdueNow > 0 ? { content: { color: '#cf1322' } } : undefined}
            />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
