import { AgencyKind, ERROR_CODES, type StaffRole } from '@weimin/contracts';
import type { DomainException } from '../common/errors/domain.exception';
import { allowedNoticeActions, assertNoticeStep, type NoticeActor, type NoticeItem, noticeRefusal } from './notice-transitions';

const UNIT = 5;
const unitStaff: NoticeActor = { agencyId: UNIT, agencyKind: AgencyKind.PublicEnterprise, roles: ['agency_staff'] };
const otherUnit: NoticeActor = { agencyId: 6, agencyKind: AgencyKind.PublicEnterprise, roles: ['agency_staff'] };
const department: NoticeActor = { agencyId: 7, agencyKind: AgencyKind.Department, roles: ['agency_staff', 'agency_head'] };
const office: NoticeActor = { agencyId: 1, agencyKind: AgencyKind.Office, roles: ['office_staff'] as StaffRole[] };

const published: NoticeItem = { agencyId: UNIT, status: 'published' };
const withdrawn: NoticeItem = { agencyId: UNIT, status: 'withdrawn' };

describe('notice transitions', () => {
  it('lets a unit’s staff publish, and edit and withdraw their own published notice', () => {
    expect(noticeRefusal('publish', published, unitStaff)).toBeNull();
    expect(noticeRefusal('edit', published, unitStaff)).toBeNull();
    expect(noticeRefusal('withdraw', published, unitStaff)).toBeNull();
    expect(allowedNoticeActions(published, unitStaff)).toEqual(['edit', 'withdraw']);
  });

  it.each([
    ['publish', published, department, 'NOTICE_PUBLISHER_NOT_A_UNIT', 'a department publishes none'],
    ['publish', published, office, 'NOTICE_PUBLISHER_NOT_A_UNIT', 'the office publishes none'],
    ['edit', published, otherUnit, 'NOTICE_NOT_YOUR_UNIT', 'another unit'],
    ['withdraw', published, office, 'NOTICE_NOT_YOUR_UNIT', 'the office reads, never withdraws'],
    ['edit', withdrawn, unitStaff, 'NOTICE_ALREADY_WITHDRAWN', 'a withdrawn notice stays as it was'],
    ['withdraw', withdrawn, unitStaff, 'NOTICE_ALREADY_WITHDRAWN', 'withdrawn once'],
    ['withdraw', withdrawn, office, 'NOTICE_ALREADY_WITHDRAWN', 'the state is told first'],
  ] as const)('refuses %s of a notice the rules do not allow (case %#)', (action, notice, actor, code, _why) => {
    expect(noticeRefusal(action, notice, actor)?.code).toBe(code);
    let thrown: DomainException | undefined;
    try {
      assertNoticeStep(action, notice, actor);
    } catch (error) {
      thrown = error as DomainException;
    }
    expect(thrown?.code).toBe(code);
  });

  it('keeps the statuses the API had: 409 for the state, 403 for the person', () => {
    expect(ERROR_CODES.NOTICE_ALREADY_WITHDRAWN.status).toBe(409);
    expect(ERROR_CODES.NOTICE_NOT_YOUR_UNIT.status).toBe(403);
    expect(ERROR_CODES.NOTICE_PUBLISHER_NOT_A_UNIT.status).toBe(403);
  });

  it('offers no button on a withdrawn notice, or to anyone but the unit', () => {
    expect(allowedNoticeActions(withdrawn, unitStaff)).toEqual([]);
    expect(allowedNoticeActions(published, office)).toEqual([]);
    expect(allowedNoticeActions(published, otherUnit)).toEqual([]);
  });
});
