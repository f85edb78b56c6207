import { BeforeApplicationShutdown, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InterpretationStore } from './interpretation.store';

/** How often counted views reach the database: the stored counts are exact within this (issue 14: within a minute). */
export const VIEW_FLUSH_INTERVAL_MS = 10_000;

/**
 * Interpretation views without a write per read: each read adds one in memory (the public-read cache's hooks count
 * them, cached and 304 alike); every VIEW_FLUSH_INTERVAL_MS (and when the BFF stops) the sums go to the database in one
 * transaction (`Interpretations.addViews`). Each instance adds its own sums, so several instances count correctly. A
 * flush that fails keeps its sums for the next.
 */
@Injectable()
export class ViewCounter implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('ViewCounter');
  private pending = new Map<number, number>();
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> = Promise.resolve();

  constructor(private readonly store: InterpretationStore) {}

  onModuleInit(): void {
    this.timer = setInterval(() => void this.flush(), VIEW_FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  count(interpretationId: number): void {
    this.pending.set(interpretationId, (this.pending.get(interpretationId) ?? 0) + 1);
  }

  /** Views counted and not yet written. */
  get unflushed(): number {
    let sum = 0;
    for (const views of this.pending.values()) sum += views;
    return sum;
  }

  /** Writes the views counted so far; resolves once they are in the database (or kept for the next flush). */
  flush(): Promise<void> {
    this.flushing = this.flushing.then(() => this.write());
    return this.flushing;
  }

  async beforeApplicationShutdown(): Promise<void> {
    clearInterval(this.timer);
    await this.flush();
  }

  private async write(): Promise<void> {
    if (this.pending.size === 0) return;
    const batch = this.pending;
    this.pending = new Map();
    try {
      await this.store.transaction(({ interpretations }) => interpretations.addViews(batch));
    } catch (error) {
      for (const [id, views] of batch) this.pending.set(id, (this.pending.get(id) ?? 0) + views);
      this.logger.warn({ msg: 'view counts not written; kept for the next flush', error: (error as Error).message });
    }
  }
}
