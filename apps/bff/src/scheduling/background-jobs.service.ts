import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { loggableError } from '../common/errors/error-response';
import type { AppConfig } from '../config/configuration';
import { DisclosureScheduler } from '../disclosure/disclosure-scheduler.service';
import { MessageScheduler } from '../messages/message-scheduler.service';
import { NoticeReminderScheduler } from '../notices/notice-reminder-scheduler.service';
import { OutboxService } from '../outbox/outbox.service';
import { SolicitationScheduler } from '../solicitations/solicitation-scheduler.service';

/**
 * Runs the outbox worker every few seconds, the deadline scheduler every minute (SCHEDULER_INTERVAL_SECONDS) and the notice update reminders
 * every quarter hour, in every instance (all are safe to run concurrently). Tests switch them off (BACKGROUND_JOBS=false) and call them directly.
 */
@Injectable()
export class BackgroundJobs implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Jobs');
  private readonly timers: NodeJS.Timeout[] = [];
  private readonly running = new Set<string>();

  constructor(
    private readonly outbox: OutboxService,
    private readonly scheduler: MessageScheduler,
    private readonly config: ConfigService<AppConfig, true>,
    private readonly noticeReminders: NoticeReminderScheduler,
    private readonly disclosureDeadlines: DisclosureScheduler,
    private readonly solicitationDeadlines: SolicitationScheduler,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.get('app.backgroundJobs', { infer: true })) return;
    this.every('outbox', 5_000, () => this.outbox.deliverDue());
    const schedulerMs = this.config.get('app.schedulerIntervalMs', { infer: true });
    this.every('deadlines', schedulerMs, () => this.scheduler.runOnce());
    this.every('disclosure-deadlines', schedulerMs, () => this.disclosureDeadlines.runOnce());
    this.every('solicitation-deadlines', schedulerMs, () => this.solicitationDeadlines.runOnce());
    // Freshness is counted in days: a scan every quarter of an hour is plenty.
    this.every('notice-reminders', 15 * 60_000, () => this.noticeReminders.runOnce());
  }

  onApplicationShutdown(): void {
    this.timers.forEach(clearInterval);
  }

  private every(name: string, ms: number, job: () => Promise<unknown>): void {
    const timer = setInterval(() => {
      if (this.running.has(name)) return; // the previous run is still going
      this.running.add(name);
      job()
        .catch((error: unknown) => this.logger.error({ msg: `${name} job failed`, error: loggableError(error) }))
        .finally(() => this.running.delete(name));
    }, ms);
    timer.unref();
    this.timers.push(timer);
  }
}
