import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { StaffRequest } from '../auth/access.guard';
import type { CitizenCaller } from './citizen-principal';

/** The signed-in citizen (set by AccessGuard on citizen routes). */
export const CurrentCitizen = createParamDecorator((_data: unknown, context: ExecutionContext): CitizenCaller => {
  const citizen = context.switchToHttp().getRequest<StaffRequest>().citizen;
  if (!citizen) throw new Error('CurrentCitizen used on a route whose access rule is not a citizen rule');
  return citizen;
});
