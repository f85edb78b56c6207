import { CanActivate, ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { ErrorCode } from '@weimin/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { CitizenCaller } from '../citizens/citizen-principal';
import { CitizensService } from '../citizens/citizens.service';
import { DomainException } from '../common/errors/domain.exception';
import { ACCESS_POLICY } from './access-policy';
import { AuthService } from './auth.service';
import { STAFF_SESSION_COOKIE } from './session-token';
import type { StaffCaller } from './staff-principal';

export type StaffRequest = FastifyRequest & { staff?: StaffCaller; citizen?: CitizenCaller };

/** The global guard: applies ACCESS_POLICY to every route; a route the table does not name is refused. */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger('Access');

  constructor(
    private readonly auth: AuthService,
    private readonly citizens: CitizensService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<StaffRequest>();
    const method = request.method === 'HEAD' ? 'GET' : request.method;
    const route = `${method} ${request.routeOptions.url}`;
    const rule = ACCESS_POLICY[route];
    if (!rule) {
      this.logger.error({ msg: 'route has no access rule', route });
      throw new DomainException(ErrorCode.Forbidden, '无权进行此操作');
    }
    if (rule.kind === 'public') return true;
    if (rule.kind === 'citizen') {
      const bearer = /^Bearer ([\w-]{20,128})$/.exec(request.headers.authorization ?? '')?.[1];
      const citizen = bearer ? await this.citizens.authenticate(bearer) : null;
      if (!citizen) throw new DomainException(ErrorCode.Unauthenticated, '请先登录');
      request.citizen = { ...citizen, ip: request.ip ?? null, traceId: request.id };
      context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
      return true;
    }

    const token = request.cookies?.[STAFF_SESSION_COOKIE];
    const principal = token ? await this.auth.authenticate(token) : null;
    if (!principal) throw new DomainException(ErrorCode.Unauthenticated, '登录已失效，请重新登录');
    if (!principal.roles.some((role) => rule.roles.includes(role))) {
      throw new DomainException(ErrorCode.Forbidden, '无权进行此操作');
    }
    request.staff = { ...principal, ip: request.ip ?? null, traceId: request.id };
    // Staff answers may carry personal data: no cache keeps them (docs/security.md §17).
    context.switchToHttp().getResponse<FastifyReply>().header('cache-control', 'no-store');
    return true;
  }
}
