// Fakes of the collaborators from other features that the messages feature's services take (audit, calendar, config),
// for service specs over the in-memory repositories.
import type { ConfigService } from '@nestjs/config';
import type { AuditService } from '../../../apps/bff/src/audit/audit.service';
import type { CalendarService } from '../../../apps/bff/src/calendar/calendar.service';
import { WorkingCalendar } from '../../../apps/bff/src/calendar/working-days';
import type { AppConfig } from '../../../apps/bff/src/config/configuration';
import { MessageWorkflow } from '../../../apps/bff/src/messages/message-workflow.service';

/** Configuration by dotted key, as ConfigService.get reads it. */
export function fakeConfig(values: Record<string, unknown>): ConfigService<AppConfig, true> {
  return {
    get: (key: string) => {
      if (!(key in values)) throw new Error(`fakeConfig: no value for ${key}`);
      return values[key];
    },
  } as unknown as ConfigService<AppConfig, true>;
}

export const DEADLINE_RULES = { workdays: { consultation: 5, suggestion: 15, complaint: 15 }, reminderWorkdaysBefore: 1, autoCloseWorkdays: 10 };

/** The real working calendar of config/holiday-overrides.json, as CalendarService would hand it out. */
export function fakeCalendar(): CalendarService {
  const calendar = WorkingCalendar.fromConfig();
  return { current: () => calendar, fresh: async () => calendar } as unknown as CalendarService;
}

/** The real MessageWorkflow over the real calendar. */
export function workflowFor(rules = DEADLINE_RULES): MessageWorkflow {
  return new MessageWorkflow(fakeConfig({ deadlines: rules }), fakeCalendar());
}

export interface RecordedAudit {
  by: 'staff' | 'citizen' | 'system';
  action: string;
  objectId: number | string;
  agencyId?: number | null;
  reason?: string;
}

/** An AuditService that keeps what it was told to record. */
export function recordingAudit(): AuditService & { recorded: RecordedAudit[] } {
  const recorded: RecordedAudit[] = [];
  const keep = (by: RecordedAudit['by']) => async (event: Omit<RecordedAudit, 'by'>) => {
    recorded.push({ by, action: event.action, objectId: event.objectId, agencyId: event.agencyId, reason: event.reason });
  };
  return {
    recorded,
    recordStaff: (_manager: unknown, _caller: unknown, event: Omit<RecordedAudit, 'by'>) => keep('staff')(event),
    recordCitizen: (_manager: unknown, _caller: unknown, event: Omit<RecordedAudit, 'by'>) => keep('citizen')(event),
    recordSystem: (_manager: unknown, event: Omit<RecordedAudit, 'by'>) => keep('system')(event),
  } as unknown as AuditService & { recorded: RecordedAudit[] };
}
