import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import type { EntityManager } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { LifeEventStage } from '../../stages/life-event-stage.entity';
import { STAGE_DESCRIPTIONS } from './stage-descriptions';

/** The office's name until the admin (or the demo city) gives it the city's. */
export const REFERENCE_OFFICE_NAME = '政务公开办';

/** What ensureReferenceData added: nothing on every start after the first. */
export interface ReferenceDataReport {
  stagesAdded: number;
  officeAdded: boolean;
}

/**
 * Reference data every installation needs, demo or not (docs/domain.md): the 14 life-event stages and the office.
 * Run by the start-up (DatabaseBootstrapService) on every start, after the migrations and before any demo data, and by
 * `npm run admin:create`. Missing rows are added, existing ones kept: a stage or office renamed in the console stays so.
 */
export async function ensureReferenceData(manager: EntityManager): Promise<ReferenceDataReport> {
  const repository = manager.getRepository(LifeEventStage);
  const existing = new Set((await repository.find({ select: { code: true } })).map((stage) => stage.code));
  const missing = LIFE_EVENT_STAGES.filter((stage) => !existing.has(stage.code)).map((stage) =>
    repository.create({ ...stage, description: STAGE_DESCRIPTIONS[stage.code], sortOrder: LIFE_EVENT_STAGES.indexOf(stage) }),
  );
  await repository.save(missing);
  // The office is itself an agency (docs/domain.md); the admin renames it for their city.
  const officeAdded = !(await manager.existsBy(Agency, { kind: 'office' }));
  if (officeAdded) await manager.insert(Agency, { code: 'office', name: REFERENCE_OFFICE_NAME, kind: 'office', description: '', sortOrder: 0 });
  return { stagesAdded: missing.length, officeAdded };
}
