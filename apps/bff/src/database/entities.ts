import { Agency } from '../agencies/agency.entity';
import { AuditLog } from '../audit/audit-log.entity';
import { StaffSession } from '../auth/staff-session.entity';
import { StaffAccount } from '../staff/staff-account.entity';
import { LifeEventStage } from '../stages/life-event-stage.entity';

/** Every entity, listed once: the app, the migration generator and the tests read this. */
export const ENTITIES = [Agency, LifeEventStage, StaffAccount, StaffSession, AuditLog];
