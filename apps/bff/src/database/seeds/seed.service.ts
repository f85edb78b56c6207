import { LIFE_EVENT_STAGES } from '@weimin/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { LifeEventStage } from '../../stages/life-event-stage.entity';
import { DEMO_AGENCIES } from './demo-city';
import { STAGE_DESCRIPTIONS } from './stage-descriptions';

export interface SeedReport {
  stagesAdded: number;
  agenciesAdded: number;
}

/** The 14 stages are reference data every installation needs; missing ones are added, existing ones kept. */
export async function ensureLifeEventStages(manager: EntityManager): Promise<number> {
  const repository = manager.getRepository(LifeEventStage);
  const existing = new Set((await repository.find({ select: { code: true } })).map((stage) => stage.code));
  const missing = LIFE_EVENT_STAGES.filter((stage) => !existing.has(stage.code)).map((stage) =>
    repository.create({
      ...stage,
      description: STAGE_DESCRIPTIONS[stage.code],
      sortOrder: LIFE_EVENT_STAGES.indexOf(stage),
    }),
  );
  await repository.save(missing);
  return missing.length;
}

/**
 * Loads the demo city. Idempotent: rows are matched by their business code and only missing ones are
 * inserted, so edits made in the console survive a second run.
 */
export async function seedDemoData(dataSource: DataSource): Promise<SeedReport> {
  return dataSource.transaction(async (manager) => {
    const stagesAdded = await ensureLifeEventStages(manager);
    const agencies = manager.getRepository(Agency);
    const existing = new Set((await agencies.find({ select: { code: true } })).map((agency) => agency.code));
    const missing = DEMO_AGENCIES.filter((seed) => !existing.has(seed.code)).map((seed) =>
      agencies.create({
        code: seed.code,
        name: seed.name,
        kind: seed.kind,
        industry: seed.industry ?? null,
        description: seed.description,
        hotline: seed.hotline ?? null,
        sortOrder: DEMO_AGENCIES.indexOf(seed),
      }),
    );
    await agencies.save(missing);
    return { stagesAdded, agenciesAdded: missing.length };
  });
}
