import { Injectable } from '@nestjs/common';
import { NOTICE_SECTIONS, NoticeView, UnitNoticesView } from '@weimin/contracts';
import { DomainException } from '../common/errors/domain.exception';
import { NoticeStore } from './notice.store';
import { isExpired, toNoticeSummary, toNoticeView } from './notices.mapper';

/** How many notices a section shows on the unit's page. */
const PER_SECTION = 30;

/** What citizens read: published notices of active public enterprises only. */
@Injectable()
export class NoticesService {
  constructor(private readonly store: NoticeStore) {}

  /** A unit's three sections; current notices first (newest first), expired announcements (已过期) after them. */
  async forUnit(agencyId: number, now = new Date()): Promise<UnitNoticesView> {
    if (!(await this.store.repositories.notices.findActiveUnit(agencyId))) throw DomainException.notFound('单位');
    const rows = await this.store.repositories.notices.publishedOfUnit(agencyId);
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
    const notice = await this.store.repositories.notices.findPublic(id);
    if (!notice) throw DomainException.notFound('信息');
    return toNoticeView(notice, notice.agency!.name, now);
  }
}
