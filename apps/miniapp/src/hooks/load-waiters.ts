/**
 * The refreshes waiting on useRemote's loads. A refresh is answered by the first load that starts after it was asked
 * for and settles (loaded or failed): never by a load already under way, whose answer may predate what the refresh is
 * for, and by a later one when a new reload or a change of `deps` replaces its own.
 */
export class LoadWaiters {
  private asked = 0;
  private waiting: Array<{ ask: number; settle: () => void }> = [];

  /** A refresh is asked for: settles once a load started from now on has settled. */
  wait(): Promise<void> {
    const ask = ++this.asked;
    return new Promise((settle) => this.waiting.push({ ask, settle }));
  }

  /** A load starts; what it returns is its mark for `settled`. */
  started(): number {
    return this.asked;
  }

  /** The load of `mark` settled: the refreshes asked before it started are answered. */
  settled(mark: number): void {
    const answered = this.waiting.filter((waiter) => waiter.ask <= mark);
    this.waiting = this.waiting.filter((waiter) => waiter.ask > mark);
    for (const waiter of answered) waiter.settle();
  }

  /** The page went away: no load will answer those still waiting, so nobody waits any longer. */
  release(): void {
    this.settled(Number.POSITIVE_INFINITY);
  }
}
