import { Agency } from '../agencies/agency.entity';
import { LifeEventStage } from '../stages/life-event-stage.entity';

/** Every entity, listed once: the app, the migration generator and the tests read this. */
export const ENTITIES = [Agency, LifeEventStage];
