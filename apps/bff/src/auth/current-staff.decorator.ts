import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { RequestOrigin } from '../audit/audit-trail';
import type { StaffRequest } from './access.guard';
import type { StaffCaller } from './staff-principal';

/** The signed-in staff member (set by AccessGuard on staff routes). */
export const CurrentStaff = createParamDecorator((_data: unknown, context: ExecutionContext): StaffCaller => {
  const staff = context.switchToHttp().getRequest<StaffRequest>().staff;
  if (!staff) throw new Error('CurrentStaff used on a route whose access rule is not a staff rule');
  return staff;
});

/** IP and trace id of the request, for audit rows written before anyone is signed in. */
export const Origin = createParamDecorator((_data: unknown, context: ExecutionContext): RequestOrigin => {
  const request = context.switchToHttp().getRequest<StaffRequest>();
  return { ip: request.ip ?? null, traceId: request.id };
});
