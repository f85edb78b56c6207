import type { StaffRole } from '@weimin/contracts';

/** Demo staff of 临溪市 (invented people), one or two per role, so every console view can be tried. */
export interface AccountSeed {
  username: string;
  displayName: string;
  agencyCode: string;
  roles: StaffRole[];
}

export const DEMO_ACCOUNTS: readonly AccountSeed[] = [
  { username: 'admin', displayName: '系统管理员', agencyCode: 'office', roles: ['admin'] },
  { username: 'office.staff', displayName: '周敏', agencyCode: 'office', roles: ['office_staff'] },
  { username: 'office.head', displayName: '陈建国', agencyCode: 'office', roles: ['office_head'] },
  { username: 'hrss.staff', displayName: '王磊', agencyCode: 'dept-hrss', roles: ['agency_staff'] },
  { username: 'hrss.head', displayName: '李静', agencyCode: 'dept-hrss', roles: ['agency_head'] },
  { username: 'edu.staff', displayName: '赵婷', agencyCode: 'dept-edu', roles: ['agency_staff'] },
  { username: 'edu.head', displayName: '刘洋', agencyCode: 'dept-edu', roles: ['agency_head'] },
  { username: 'water.staff', displayName: '孙强', agencyCode: 'pe-water-city', roles: ['agency_staff'] },
  { username: 'water.head', displayName: '吴芳', agencyCode: 'pe-water-city', roles: ['agency_head'] },
  { username: 'bus.staff', displayName: '郑凯', agencyCode: 'pe-bus-city', roles: ['agency_staff', 'agency_head'] },
];
