import dayjs, { type Dayjs } from 'dayjs';

/**
 * Today in China (the BFF's days are China calendar days, docs/domain.md §5), whatever the reader's time zone: just
 * after midnight in Beijing it is still yesterday in UTC, and a date picker limited by the browser's own "today" would
 * refuse the day the letter was signed for.
 */
export function chinaToday(): Dayjs {
  return dayjs(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Asia/Shanghai' }).format(new Date()));
}

/** For DatePicker's disabledDate: days after today in China. */
export function afterChinaToday(day: Dayjs): boolean {
  return day.isAfter(chinaToday(), 'day');
}
