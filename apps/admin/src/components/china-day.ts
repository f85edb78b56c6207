import dayjs, { type Dayjs } from 'dayjs';

// The office reports and counts by China's calendar days (the BFF does too), wherever the browser's clock is set:
// between 16:00 and 24:00 UTC a browser in UTC would otherwise still be on yesterday.
const CHINA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Today's date in China, YYYY-MM-DD. */
export function chinaToday(now: Date = new Date()): string {
  return CHINA_DAY.format(now);
}

/** Today in China as a dayjs day (for date pickers and period presets). */
export function chinaTodayDayjs(now: Date = new Date()): Dayjs {
  return dayjs(chinaToday(now));
}

/** For a DatePicker's disabledDate: the days after today in China (a letter cannot have been signed for tomorrow). */
export function afterChinaToday(day: Dayjs): boolean {
  return day.isAfter(chinaTodayDayjs(), 'day');
}
