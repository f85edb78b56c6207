import { useMemo } from 'react';

/**
 * What the signed-in staff member may see and do, declared once (as in ant-design-pro's access.ts).
 * Routes and menu items name a flag; nothing else decides visibility.
 */
export interface Access {
  /** 工作台 */
  viewDashboard: boolean;
  /** 机构 */
  viewAgencies: boolean;
}

export type AccessFlag = keyof Access;

/**
 * Staff login has not landed yet, so everyone sees everything. With it, this takes the session
 * (roles agency_staff, agency_head, office_staff, office_head, admin) and derives each flag from the roles.
 */
export function computeAccess(): Access {
  return { viewDashboard: true, viewAgencies: true };
}

/** The current staff member's access; the one hook routes and the menu read it through. */
export function useAccess(): Access {
  return useMemo(computeAccess, []);
}
