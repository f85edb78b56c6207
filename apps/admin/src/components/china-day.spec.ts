import { chinaToday, chinaTodayDayjs } from './china-day';

describe('chinaToday', () => {
  it('is already tomorrow in China from 16:00 UTC', () => {
    expect(chinaToday(new Date('2026-12-01T15:59:59Z'))).toBe('2026-12-01');
    expect(chinaToday(new Date('2026-12-01T16:00:00Z'))).toBe('2026-12-02');
    expect(chinaToday(new Date('2026-12-31T16:30:00Z'))).toBe('2027-01-01');
  });

  it('gives the same day as a dayjs value', () => {
    expect(chinaTodayDayjs(new Date('2026-12-31T16:30:00Z')).format('YYYY-MM-DD')).toBe('2027-01-01');
  });
});
