// Maintained by `npm run migration:generate -- <Name>`: one import and one entry per migration, oldest first.
import { Initial1795432522429 } from './1795432522429-Initial';
import { StaffAndAudit1795433469050 } from './1795433469050-StaffAndAudit';
import { Messages1795435954652 } from './1795435954652-Messages';
import { PublicEnterpriseNotices1796108081534 } from './1796108081534-PublicEnterpriseNotices';
import { MessageStats1796109390175 } from './1796109390175-MessageStats';
import { PolicyInterpretations1796110388164 } from './1796110388164-PolicyInterpretations';
import { WorkingCalendar1796139363238 } from './1796139363238-WorkingCalendar';
import { Disclosure1796140665943 } from './1796140665943-Disclosure';
import { DisclosureReminders1796141297474 } from './1796141297474-DisclosureReminders';
import { AnnualReport1796151278441 } from './1796151278441-AnnualReport';
import { ReportPublication1796160000000 } from './1796160000000-ReportPublication';
import { ReportPublishersAndFees1796163620769 } from './1796163620769-ReportPublishersAndFees';
import { ReportMessageGroupsIndex1796164622600 } from './1796164622600-ReportMessageGroupsIndex';
import { InterpretationMediaText1796163539822 } from './1796163539822-InterpretationMediaText';
import { Wxacodes1796170000000 } from './1796170000000-Wxacodes';
import { PolicyQuestionsAndBoardSearch1796177014544 } from './1796177014544-PolicyQuestionsAndBoardSearch';
import { Subscriptions1796189015038 } from './1796189015038-Subscriptions';
import { MessageImages1796189263209 } from './1796189263209-MessageImages';
import { Solicitations1796206033635 } from './1796206033635-Solicitations';
import { Interviews1796210000000 } from './1796210000000-Interviews';
import { NotificationSubjects1796224320130 } from './1796224320130-NotificationSubjects';
import type { MigrationInterface } from 'typeorm';

export const SQLITE_MIGRATIONS: Array<new () => MigrationInterface> = [Initial1795432522429, StaffAndAudit1795433469050, Messages1795435954652, PublicEnterpriseNotices1796108081534, MessageStats1796109390175, PolicyInterpretations1796110388164, WorkingCalendar1796139363238, Disclosure1796140665943, DisclosureReminders1796141297474, AnnualReport1796151278441, ReportPublication1796160000000, InterpretationMediaText1796163539822, ReportPublishersAndFees1796163620769, ReportMessageGroupsIndex1796164622600, Wxacodes1796170000000, PolicyQuestionsAndBoardSearch1796177014544, Subscriptions1796189015038, MessageImages1796189263209, Solicitations1796206033635, Interviews1796210000000, NotificationSubjects1796224320130];
