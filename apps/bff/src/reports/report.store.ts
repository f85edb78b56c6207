import { Store, storeProvider } from '../database/unit-of-work';
import { DisclosureReportQueries, PublicationQueries, ReportAgencies, ReportManualFigures, ReportPublications, ReportTexts } from './reports.repository';

/** What the annual report reads (the year's figures) and keeps (texts, figures entered by hand, published versions). */
export interface ReportRepositories {
  disclosure: DisclosureReportQueries;
  agencies: ReportAgencies;
  publications: PublicationQueries;
  texts: ReportTexts;
  manualFigures: ReportManualFigures;
  published: ReportPublications;
}

/** The annual report's data (database/unit-of-work.ts); the Nest token its services inject. */
export abstract class ReportStore extends Store<ReportRepositories> {}

export const REPORT_STORE_PROVIDER = storeProvider(ReportStore, (manager) => ({
  disclosure: new DisclosureReportQueries(manager),
  agencies: new ReportAgencies(manager),
  publications: new PublicationQueries(manager),
  texts: new ReportTexts(manager),
  manualFigures: new ReportManualFigures(manager),
  published: new ReportPublications(manager),
}));
