import { daysLeftText, interviewTimeText, interviewTone, periodText, solicitationStatusText, solicitationTone } from './participation';

describe('daysLeftText', () => {
  const now = new Date('2026-12-02T02:00:00Z');

  it('counts whole days left, rounded up, and says so on the last day and after', () => {
    expect(daysLeftText('2026-12-12T02:00:00Z', now)).toBe('还剩 10 天');
    expect(daysLeftText('2026-12-03T03:00:00Z', now)).toBe('还剩 2 天');
    expect(daysLeftText('2026-12-03T02:00:00Z', now)).toBe('还剩 1 天');
    expect(daysLeftText('2026-12-02T15:59:59Z', now)).toBe('今天截止');
    expect(daysLeftText('2026-12-02T02:00:00Z', now)).toBe('已截止');
    expect(daysLeftText('2026-11-01T00:00:00Z', now)).toBe('已截止');
    expect(daysLeftText('not a date', now)).toBe('已截止');
  });
});

describe('badges', () => {
  it('colour an interview by whether citizens can take part now', () => {
    expect(interviewTone('live')).toBe('live');
    expect(interviewTone('collecting')).toBe('open');
    expect(interviewTone('announced')).toBe('waiting');
    expect(interviewTone('ended')).toBe('done');
  });

  it('show citizens three states of a solicitation, not the review steps of its feedback', () => {
    expect([solicitationStatusText('open'), solicitationTone('open')]).toEqual(['征集中', 'open']);
    expect([solicitationStatusText('closed'), solicitationTone('closed')]).toEqual(['已截止', 'waiting']);
    expect([solicitationStatusText('feedback_pending_office'), solicitationTone('feedback_pending_office')]).toEqual(['已截止', 'waiting']);
    expect([solicitationStatusText('feedback_published'), solicitationTone('feedback_published')]).toEqual(['已反馈', 'done']);
  });
});

describe('times', () => {
  // The phone's own zone: the expectations are built the same way, so the spec holds in any TZ.
  const local = (iso: string) => {
    const d = new Date(iso);
    const pad = (n: number) => String(n).padStart(2, '0');
    return { day: `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`, time: `${pad(d.getHours())}:${pad(d.getMinutes())}` };
  };

  it('write an interview on one day as one date and two times', () => {
    const start = local('2026-12-05T01:30:00Z');
    const end = local('2026-12-05T03:00:00Z');
    const text = interviewTimeText('2026-12-05T01:30:00Z', '2026-12-05T03:00:00Z');
    if (start.day === end.day) expect(text).toBe(`${start.day} ${start.time}–${end.time}`);
    else expect(text).toBe(`${start.day} ${start.time} 至 ${end.day} ${end.time}`);
  });

  it('write both ends in full across days, and survive a bad end', () => {
    const start = local('2026-12-05T01:30:00Z');
    const end = local('2026-12-07T01:30:00Z');
    expect(interviewTimeText('2026-12-05T01:30:00Z', '2026-12-07T01:30:00Z')).toBe(`${start.day} ${start.time} 至 ${end.day} ${end.time}`);
    expect(interviewTimeText('2026-12-05T01:30:00Z', '')).toBe(`${start.day} ${start.time}`);
    expect(interviewTimeText('', '')).toBe('');
    expect(periodText('2026-11-01T02:00:00Z', '2026-12-01T02:00:00Z')).toBe(`${local('2026-11-01T02:00:00Z').day} 至 ${local('2026-12-01T02:00:00Z').day}`);
  });
});
