import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { NOTICE_SECTIONS, NoticeView, UnitNoticesView } from '@weimin/contracts';
import { DataSource } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import { DomainException } from '../common/errors/domain.exception';
import { Notice } from './notice.entity';
import { isExpired, toNoticeSummary, toNoticeView } from './notices.mapper';

/** How many notices a section shows on the unit's page. */
const PER_SECTION = 30;

/** What citizens read: published notices of active public enterprises only. */
@Injectable()
export class NoticesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** A unit's three sections; current notices first (newest first), expired announcements (已过期) after them. */
  async forUnit(agencyId: number, now = new Date()): Promise<UnitNoticesView> {
    await this.activeUnit(agencyId);
    const rows = await this.dataSource.getRepository(Notice).find({
      where: { agencyId, status: 'published' },
      select: { id: true, agencyId: true, section: true, title: true, publishedAt: true, validFrom: true, validUntil: true },
      order: { publishedAt: 'DESC', id: 'DESC' },
    });
    return {
      agencyId,
      sections: NOTICE_SECTIONS.map((section) => {
        const inSection = rows.filter((row) => row.section === section);
        const ordered = [...inSection.filter((row) => !isExpired(row, now)), ...inSection.filter((row) => isExpired(row, now))];
        return { section, notices: ordered.slice(0, PER_SECTION).map((row) => toNoticeSummary(row, now)) };
      }),
    };
  }

  async get(id: number, now = new Date()): Promise<NoticeView> {
    const notice = await this.dataSource
      .getRepository(Notice)
      .createQueryBuilder('notice')
      .innerJoinAndSelect('notice.agency', 'agency')
      .where('notice.id = :id', { id })
      .andWhere('notice.status = :published', { published: 'published' })
      .andWhere('agency.active = :active', { active: true })
      .andWhere('agency.kind = :kind', { kind: 'public_enterprise' })
      .getOne();
    if (!notice) throw DomainException.notFound('信息');
    return toNoticeView(notice, notice.agency!.name, now);
  }

  private async activeUnit(id: number): Promise<Agency> {
    const unit = await this.dataSource.getRepository(Agency).findOneBy({ id, kind: 'public_enterprise', active: true });
    if (!unit) throw DomainException.notFound('单位');
    return unit;
  }
}
