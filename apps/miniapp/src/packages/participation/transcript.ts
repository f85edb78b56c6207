import type { InterviewStatus, TranscriptEntryView, TranscriptView } from '@weimin/contracts';
import type { ConditionalResult } from '../../services/http';

/**
 * A live interview's transcript, kept up to date by polling (issue 17 point 7): every few seconds while it is live,
 * asking only for entries after the last one seen and sending the last ETag, so a poll while the host is typing is a
 * bodiless 304. Plain HTTP, so it works behind any proxy; polling stops while the page is hidden and once it ends.
 */
export interface TranscriptState {
  status: InterviewStatus;
  lastSeq: number;
  entries: TranscriptEntryView[];
  etag: string | undefined;
}

export const LIVE_POLL_MS = 5_000;
/** While questions are collected, now and then, to notice the start of the live part without a reload. */
export const COLLECTING_POLL_MS = 30_000;
const MAX_BACKOFF_MS = 60_000;

export function emptyTranscript(status: InterviewStatus): TranscriptState {
  return { status, lastSeq: 0, entries: [], etag: undefined };
}

/** Adds the entries the state lacks, in seq order; an entry seen twice (a retried poll) is kept once. */
export function mergeTranscript(state: TranscriptState, view: TranscriptView, etag: string | undefined): TranscriptState {
  const known = new Set(state.entries.map((entry) => entry.seq));
  const fresh = view.entries.filter((entry) => !known.has(entry.seq));
  const entries = fresh.length === 0 ? state.entries : [...state.entries, ...fresh].sort((a, b) => a.seq - b.seq);
  const lastSeq = Math.max(state.lastSeq, view.lastSeq, ...entries.map((entry) => entry.seq));
  return { status: view.status, lastSeq, entries, etag };
}

/** When to poll next: null stops polling (hidden, not started, or ended); failures back off up to a minute. */
export function nextPollDelay(status: InterviewStatus, visible: boolean, failures: number): number | null {
  if (!visible) return null;
  const base = status === 'live' ? LIVE_POLL_MS : status === 'collecting' ? COLLECTING_POLL_MS : null;
  if (base === null) return null;
  return Math.min(base * 2 ** Math.min(failures, 6), Math.max(base, MAX_BACKOFF_MS));
}

export interface PollerDeps {
  fetch: (after: number, etag: string | undefined) => Promise<ConditionalResult<TranscriptView>>;
  onChange: (state: TranscriptState) => void;
  /** A poll failed; the next one backs off. The page shows it while it has nothing else to show. */
  onError: (error: unknown) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/** Runs the polls: one at a time, never while hidden, and not after stop(). */
export class TranscriptPoller {
  private state: TranscriptState;
  private visible = true;
  private stopped = false;
  private inFlight = false;
  private failures = 0;
  private timer: unknown;

  constructor(
    private readonly deps: PollerDeps,
    initialStatus: InterviewStatus,
  ) {
    this.state = emptyTranscript(initialStatus);
  }

  /** The first read (the whole transcript), then polls as the state asks. */
  start(): Promise<void> {
    return this.poll();
  }

  /** Page shown again: poll at once (something may have been published meanwhile); hidden: stop until shown. */
  setVisible(visible: boolean): void {
    if (this.visible === visible) return;
    this.visible = visible;
    this.cancelTimer();
    if (visible) void this.poll();
  }

  /** A tap on 重新加载: poll now rather than at the backed-off time. */
  retry(): void {
    this.cancelTimer();
    void this.poll();
  }

  stop(): void {
    this.stopped = true;
    this.cancelTimer();
  }

  private async poll(): Promise<void> {
    if (this.stopped || this.inFlight) return;
    this.inFlight = true;
    try {
      const result = await this.deps.fetch(this.state.lastSeq, this.state.etag);
      this.failures = 0;
      if (!result.unchanged && !this.stopped) {
        this.state = mergeTranscript(this.state, result.data, result.etag);
        this.deps.onChange(this.state);
      }
    } catch (error) {
      this.failures += 1;
      if (!this.stopped) this.deps.onError(error);
    } finally {
      this.inFlight = false;
    }
    this.schedule();
  }

  private schedule(): void {
    this.cancelTimer();
    if (this.stopped) return;
    const delay = nextPollDelay(this.state.status, this.visible, this.failures);
    if (delay !== null) this.timer = this.deps.setTimer(() => void this.poll(), delay);
  }

  private cancelTimer(): void {
    if (this.timer !== undefined) this.deps.clearTimer(this.timer);
    this.timer = undefined;
  }
}
