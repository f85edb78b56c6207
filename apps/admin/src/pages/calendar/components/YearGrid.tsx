import type { CalendarDayKind, CalendarDayView } from '@weimin/contracts';
import { CALENDAR_SOURCE_LABELS } from '@weimin/contracts';
import { Card, Col, Row, theme, Typography } from 'antd';

const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];

export const KIND_LABELS: Record<CalendarDayKind, string> = { workday: '工作日', weekend: '休息日', holiday: '节假日', makeup_workday: '调休上班' };
/** The mark a day carries besides its colour, as on printed Chinese calendars: 休 for a holiday, 班 for a day worked. */
const MARKS: Partial<Record<CalendarDayKind, string>> = { holiday: '休', makeup_workday: '班' };

/** A year as twelve month grids (Monday first): holidays marked 休, make-up working days 班, weekends dimmed. */
export function YearGrid({ days }: { days: CalendarDayView[] }) {
  const months = Array.from({ length: 12 }, (_, m) => days.filter((d) => Number(d.date.slice(5, 7)) === m + 1));
  return (
    <Row gutter={[16, 16]}>
      {months.map((monthDays, m) => (
        <Col key={m} xs={24} md={12} xl={8} xxl={6}>
          <Month month={m + 1} days={monthDays} />
        </Col>
      ))}
    </Row>
  );
}

function Month({ month, days }: { month: number; days: CalendarDayView[] }) {
  const { token } = theme.useToken();
  // Monday = 0 … Sunday = 6, from the date alone (no time zone involved).
  const offset = (new Date(`${days[0].date}T00:00:00Z`).getUTCDay() + 6) % 7;
  const cells: Array<CalendarDayView | null> = [...Array<null>(offset).fill(null), ...days];
  // Six weeks in every month, so months side by side line up.
  while (cells.length < 42) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  const colours: Record<CalendarDayKind, { background?: string; color: string }> = {
    workday: { color: token.colorText },
    weekend: { color: token.colorTextTertiary },
    holiday: { background: token.colorErrorBg, color: token.colorErrorText },
    makeup_workday: { background: token.colorInfoBg, color: token.colorInfoText },
  };

  return (
    <Card size="small" title={`${month}月`} styles={{ body: { padding: 8 } }}>
      <table style={{ width: '100%', borderCollapse: 'collapse', tableLayout: 'fixed' }} aria-label={`${month}月`}>
        <thead>
          <tr>
            {WEEKDAYS.map((w, i) => (
              <th key={w} style={{ fontWeight: 400, fontSize: 12, color: i >= 5 ? token.colorTextTertiary : token.colorTextSecondary, paddingBottom: 4 }}>
                {w}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {weeks.map((week, w) => (
            <tr key={w}>
              {week.map((day, i) =>
                day ? (
                  <td key={day.date} style={{ padding: 1 }}>
                    <div
                      data-date={day.date}
                      data-kind={day.kind}
                      title={`${day.date} ${KIND_LABELS[day.kind]}${day.name ? `：${day.name}` : ''}（${CALENDAR_SOURCE_LABELS[day.source]}）`}
                      aria-label={`${Number(day.date.slice(8))}日 ${KIND_LABELS[day.kind]}${day.name ? ` ${day.name}` : ''}`}
                      style={{
                        position: 'relative',
                        height: 34,
                        borderRadius: token.borderRadiusSM,
                        textAlign: 'center',
                        lineHeight: '34px',
                        fontVariantNumeric: 'tabular-nums',
                        ...colours[day.kind],
                      }}
                    >
                      {Number(day.date.slice(8))}
                      {MARKS[day.kind] && (
                        <span aria-hidden style={{ position: 'absolute', top: 1, right: 3, fontSize: 10, lineHeight: '12px', fontWeight: 600 }}>
                          {MARKS[day.kind]}
                        </span>
                      )}
                    </div>
                  </td>
                ) : (
                  <td key={`empty-${i}`} style={{ padding: 1 }}>
                    <div style={{ height: 34 }} />
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Card>
  );
}

/** The legend: each kind with its mark and colour, so neither alone carries the meaning. */
export function Legend() {
  const { token } = theme.useToken();
  const item = (mark: string, label: string, style: React.CSSProperties) => (
    <span style={{ display: 'inline-flex', alignItems: 'center', gap: 6, marginInlineEnd: 20 }}>
      <span style={{ display: 'inline-block', minWidth: 22, textAlign: 'center', borderRadius: token.borderRadiusSM, fontWeight: 600, ...style }}>{mark}</span>
      <Typography.Text type="secondary">{label}</Typography.Text>
    </span>
  );
  return (
    <div>
      {item('休', '节假日', { background: token.colorErrorBg, color: token.colorErrorText })}
      {item('班', '调休上班', { background: token.colorInfoBg, color: token.colorInfoText })}
      {item('六', '周末', { color: token.colorTextTertiary })}
    </div>
  );
}
