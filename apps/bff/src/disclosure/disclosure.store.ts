import { Agencies } from '../agencies/agency.repository';
import { Store, storeProvider } from '../database/unit-of-work';
import { DisclosureApplications, DisclosureLetters } from './disclosure.repository';

/** What one step of 依申请公开 reads and writes, with the shared audit trail and outbox, all in one transaction. */
export interface DisclosureRepositories {
  applications: DisclosureApplications;
  letters: DisclosureLetters;
  agencies: Agencies;
}

/** The disclosure applications' data (database/unit-of-work.ts); the Nest token their services inject. */
export abstract class DisclosureStore extends Store<DisclosureRepositories> {}

export const DISCLOSURE_STORE_PROVIDER = storeProvider(DisclosureStore, (manager) => ({
  applications: new DisclosureApplications(manager),
  letters: new DisclosureLetters(manager),
  agencies: new Agencies(manager),
}));
