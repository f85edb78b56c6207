import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Agency } from '../../agencies/agency.entity';
import { Clock } from '../../common/clock/clock';
import { Notice } from '../../notices/notice.entity';
import { NoticesAdminService } from '../../notices/notices-admin.service';
import { demoSignersOf } from './demo-caller';
import { DEMO_NOTICES, type NoticeSeed } from './demo-notices';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** When a demo notice was published: 09:30 China time, `daysAgo` days before the day of `now`. */
export function demoNoticeMoment(seed: NoticeSeed, now: Date): Date {
  return new Date(Math.floor((now.getTime() + 8 * HOUR_MS) / DAY_MS) * DAY_MS - 8 * HOUR_MS + 9.5 * HOUR_MS - seed.daysAgo * DAY_MS);
}

/**
 * The demo notices of the 25 units (demo-notices.ts), published through the console's own service by each unit's
 * staff account (one made for the unit where the demo city has none), each at its past moment (Clock.at), oldest
 * first: the rows, authors and audit entries are those the API writes. Idempotent: notices match by unit and title.
 * Runs at start-up before the app serves, under the start-up lock.
 */
@Injectable()
export class NoticeDemoSeeder {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly notices: NoticesAdminService,
  ) {}

  async seed(now = new Date()): Promise<number> {
    const units = await this.dataSource.getRepository(Agency).find({ where: { code: In(Object.keys(DEMO_NOTICES)) }, order: { id: 'ASC' } });
    const existing = new Set(
      (
        await this.dataSource.getRepository(Notice).find({ where: { agencyId: In(units.map((unit) => unit.id)) }, select: { agencyId: true, title: true } })
      ).map((n) => `${n.agencyId}:${n.title}`),
    );
    const wanted = units.flatMap((unit) =>
      DEMO_NOTICES[unit.code].filter((seed) => !existing.has(`${unit.id}:${seed.title}`)).map((seed) => ({ unit, seed, at: demoNoticeMoment(seed, now) })),
    );
    if (wanted.length === 0) return 0;
    const signers = await demoSignersOf(this.dataSource, [...new Map(wanted.map(({ unit }) => [unit.id, unit])).values()], 'agency_staff');
    // Oldest first, as they were published.
    wanted.sort((a, b) => a.at.getTime() - b.at.getTime());
    for (const { unit, seed, at } of wanted) {
      // An outage-style validity starts `fromDays` after the seed's day at 08:00 China time and lasts `hours`.
      const validFrom = seed.valid ? new Date(at.getTime() + seed.daysAgo * DAY_MS + seed.valid.fromDays * DAY_MS - 1.5 * HOUR_MS) : null;
      const validUntil = validFrom && seed.valid ? new Date(validFrom.getTime() + seed.valid.hours * HOUR_MS) : null;
      await this.clock.at(at, () =>
        this.notices.create(signers.get(unit.id)!, {
          section: seed.section,
          title: seed.title,
          bodyHtml: seed.bodyHtml,
          validFrom: validFrom?.toISOString() ?? null,
          validUntil: validUntil?.toISOString() ?? null,
        }),
      );
    }
    return wanted.length;
  }
}
