// Maintained by `npm run migration:generate -- <Name>`: one import and one entry per migration, oldest first.
import { Initial1795432522429 } from './1795432522429-Initial';
import { StaffAndAudit1795433469050 } from './1795433469050-StaffAndAudit';
import { Messages1795435954652 } from './1795435954652-Messages';
import { PolicyInterpretations1796110388164 } from './1796110388164-PolicyInterpretations';
import type { MigrationInterface } from 'typeorm';

export const MYSQL_MIGRATIONS: Array<new () => MigrationInterface> = [Initial1795432522429, StaffAndAudit1795433469050, Messages1795435954652, PolicyInterpretations1796110388164];
