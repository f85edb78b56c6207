// Fakes of the collaborators from other features that the messages feature's services take (calendar, config),
// for service specs over the in-memory repositories.
import type { ConfigService } from '@nestjs/config';
import type { CalendarService } from '../../../apps/bff/src/calendar/calendar.service';
import { WorkingCalendar } from '../../../apps/bff/src/calendar/working-days';
import { Clock } from '../../../apps/bff/src/common/clock/clock';
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
  return new MessageWorkflow(fakeConfig({ deadlines: rules }), fakeCalendar(), new Clock());
}
