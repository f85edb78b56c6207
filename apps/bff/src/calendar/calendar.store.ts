import { type RepositoryOf, Store, storeProvider } from '../database/unit-of-work';
import { StaffAccounts } from '../staff/staff.repository';

/** The calendar's own repositories; its stored years are every store's shared `calendar` (database/unit-of-work.ts). */
export interface CalendarRepositories {
  /** Who entered a year, by name. */
  accounts: Pick<RepositoryOf<StaffAccounts>, 'findById'>;
}

/** The working calendar's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class CalendarStore extends Store<CalendarRepositories> {}

export const CALENDAR_STORE_PROVIDER = storeProvider(CalendarStore, (manager) => ({ accounts: new StaffAccounts(manager) }));
