import { StaffRole } from '@weimin/contracts';
import { ACCESS_POLICY } from '../../bff/src/auth/access-policy';
import { type AccessFlag, computeAccess } from './access';

/** A console flag and the BFF route it stands for: the console shows what the BFF would serve, no more, no less. */
const FLAG_ROUTES: [AccessFlag, string][] = [
  ['canViewAgenciesAdmin', 'GET /api/admin/agencies'],
  ['canManageAgencies', 'POST /api/admin/agencies'],
  ['canViewAccounts', 'GET /api/admin/accounts'],
  ['canManageAccounts', 'POST /api/admin/accounts'],
  ['canViewAudit', 'GET /api/admin/audit'],
  ['canViewMessages', 'GET /api/admin/messages/:id'],
  ['canViewOutbox', 'GET /api/admin/outbox'],
  ['canViewStats', 'GET /api/admin/stats/messages'],
  ['canViewCalendar', 'GET /api/admin/calendar/:year'],
  ['canManageCalendar', 'PUT /api/admin/calendar/:year'],
  ['canViewSolicitations', 'GET /api/admin/solicitations/:id'],
  ['canDraftSolicitations', 'POST /api/admin/solicitations'],
  ['canReviewSolicitations', 'POST /api/admin/solicitations/:id/approve'],
  ['canOverseeSolicitations', 'POST /api/admin/solicitations/opinions/:opinionId/release'],
  ['canViewOverdueSolicitations', 'GET /api/admin/solicitations/overdue'],
  ['canViewInterviews', 'GET /api/admin/interviews/:id'],
  ['canRunInterviews', 'POST /api/admin/interviews'],
];

describe('the console’s access flags', () => {
  it.each(FLAG_ROUTES)('%s grants exactly the roles the BFF lets call %s', (flag, route) => {
    const rule = ACCESS_POLICY[route];
    expect(rule?.kind).toBe('staff');
    const allowed = rule?.kind === 'staff' ? rule.roles : [];
    for (const role of Object.values(StaffRole)) expect([role, computeAccess([role], 'office')[flag]]).toEqual([role, allowed.includes(role)]);
  });
});
