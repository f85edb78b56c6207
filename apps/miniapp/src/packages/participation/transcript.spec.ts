import type { TranscriptEntryView, TranscriptView } from '@weimin/contracts';
import type { ConditionalResult } from '../../services/http';
import { COLLECTING_POLL_MS, LIVE_POLL_MS, TranscriptPoller, emptyTranscript, mergeTranscript, nextPollDelay, type TranscriptState } from './transcript';

const entry = (seq: number): TranscriptEntryView => ({ seq, kind: 'qa', question: `问${seq}`, askerName: '张*', text: `答${seq}`, at: '2026-12-05T01:30:00Z' });
const view = (status: TranscriptView['status'], seqs: number[], lastSeq = Math.max(0, ...seqs)): TranscriptView => ({
  interviewId: 1,
  status,
  lastSeq,
  entries: seqs.map(entry),
});

describe('mergeTranscript', () => {
  it('appends new entries in seq order, keeps a repeated one once, and remembers the ETag and state', () => {
    let state = mergeTranscript(emptyTranscript('live'), view('live', [1, 2]), '"e1"');
    expect(state).toMatchObject({ status: 'live', lastSeq: 2, etag: '"e1"' });
    state = mergeTranscript(state, view('live', [4, 2, 3]), '"e2"');
    expect(state.entries.map((e) => e.seq)).toEqual([1, 2, 3, 4]);
    expect(state.lastSeq).toBe(4);
    state = mergeTranscript(state, view('ended', [], 4), '"e3"');
    expect(state).toMatchObject({ status: 'ended', lastSeq: 4, etag: '"e3"' });
    expect(state.entries).toHaveLength(4);
  });
});

describe('nextPollDelay', () => {
  it('polls every few seconds while live, now and then while collecting, never hidden, announced or ended', () => {
    expect(nextPollDelay('live', true, 0)).toBe(LIVE_POLL_MS);
    expect(nextPollDelay('collecting', true, 0)).toBe(COLLECTING_POLL_MS);
    expect(nextPollDelay('live', false, 0)).toBeNull();
    expect(nextPollDelay('announced', true, 0)).toBeNull();
    expect(nextPollDelay('ended', true, 0)).toBeNull();
  });

  it('backs off after failures, up to a minute', () => {
    expect(nextPollDelay('live', true, 1)).toBe(2 * LIVE_POLL_MS);
    expect(nextPollDelay('live', true, 2)).toBe(4 * LIVE_POLL_MS);
    expect(nextPollDelay('live', true, 30)).toBe(60_000);
    expect(nextPollDelay('collecting', true, 5)).toBe(60_000);
  });
});

describe('TranscriptPoller', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function poller(answers: Array<ConditionalResult<TranscriptView> | Error>, initial: TranscriptView['status'] = 'live') {
    const calls: Array<{ after: number; etag: string | undefined }> = [];
    const states: TranscriptState[] = [];
    const errors: unknown[] = [];
    const fetch = jest.fn(async (after: number, etag: string | undefined) => {
      calls.push({ after, etag });
      const next = answers.shift() ?? { unchanged: true as const };
      if (next instanceof Error) throw next;
      return next;
    });
    const instance = new TranscriptPoller(
      {
        fetch,
        onChange: (s) => states.push(s),
        onError: (e) => errors.push(e),
        setTimer: (run, ms) => setTimeout(run, ms),
        clearTimer: (t) => clearTimeout(t as never),
      },
      initial,
    );
    return { instance, calls, states, errors };
  }

  /** Lets the poll's promise settle, then moves the clock. */
  async function advance(ms: number) {
    await jest.advanceTimersByTimeAsync(ms);
  }

  it('asks for what follows the last entry with the last ETag, and a 304 changes nothing', async () => {
    const { instance, calls, states } = poller([
      { unchanged: false, data: view('live', [1, 2]), etag: '"a"' },
      { unchanged: true },
      { unchanged: false, data: view('live', [3]), etag: '"b"' },
    ]);
    await instance.start();
    expect(calls).toEqual([{ after: 0, etag: undefined }]);
    await advance(LIVE_POLL_MS);
    expect(calls[1]).toEqual({ after: 2, etag: '"a"' });
    expect(states).toHaveLength(1);
    await advance(LIVE_POLL_MS);
    expect(calls[2]).toEqual({ after: 2, etag: '"a"' });
    expect(states.at(-1)!.entries.map((e) => e.seq)).toEqual([1, 2, 3]);
    instance.stop();
  });

  it('stops when the interview ends, and does not poll after stop()', async () => {
    const { instance, calls } = poller([
      { unchanged: false, data: view('live', [1]), etag: '"a"' },
      { unchanged: false, data: view('ended', [2]), etag: '"b"' },
    ]);
    await instance.start();
    await advance(LIVE_POLL_MS);
    expect(calls).toHaveLength(2);
    await advance(10 * LIVE_POLL_MS);
    expect(calls).toHaveLength(2);

    const second = poller([{ unchanged: false, data: view('live', []), etag: '"a"' }]);
    await second.instance.start();
    second.instance.stop();
    await advance(10 * LIVE_POLL_MS);
    expect(second.calls).toHaveLength(1);
  });

  it('pauses while hidden and polls at once when shown again', async () => {
    const { instance, calls } = poller([{ unchanged: false, data: view('live', [1]), etag: '"a"' }]);
    await instance.start();
    instance.setVisible(false);
    await advance(10 * LIVE_POLL_MS);
    expect(calls).toHaveLength(1);
    instance.setVisible(true);
    await advance(0);
    expect(calls).toHaveLength(2);
    instance.stop();
  });

  it('reports failures and backs off, and retry() polls at once', async () => {
    const { instance, calls, errors } = poller([new Error('offline'), new Error('offline'), { unchanged: false, data: view('live', [1]), etag: '"a"' }]);
    await instance.start();
    expect(errors).toHaveLength(1);
    await advance(LIVE_POLL_MS);
    expect(calls).toHaveLength(1);
    await advance(LIVE_POLL_MS);
    expect(calls).toHaveLength(2);
    expect(errors).toHaveLength(2);
    instance.retry();
    await advance(0);
    expect(calls).toHaveLength(3);
    instance.stop();
  });
});
