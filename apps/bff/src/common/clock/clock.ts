import { Injectable } from '@nestjs/common';

/**
 * The BFF's one reading of the time: workflow services ask it for `now()` instead of `new Date()`, so the demo loaders
 * can take each step of a demo history through those same services, as of the moment it took place (`at`).
 */
@Injectable()
export class Clock {
  /** Set only while the demo data is loaded, before the app serves: the moment the current step took place. */
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ? new Date(this.pinned) : new Date();
  }

  /** Runs `work` as if it were `at`: every instant the step records. For loading demo histories only, one step at a time. */
  async at<T>(at: Date, work: () => Promise<T>): Promise<T> {
    this.pinned = at;
    try {
      return await work();
    } finally {
      this.pinned = null;
    }
  }
}
