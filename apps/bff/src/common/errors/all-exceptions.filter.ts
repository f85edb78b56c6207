import { ArgumentsHost, Catch, ExceptionFilter, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { loggableError, toErrorResponse } from './error-response';

/** The global filter: every error leaves the BFF as `{ code, message, details?, traceId }`. */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const reply = http.getResponse<FastifyReply>();
    const { status, body, unexpected } = toErrorResponse(error, request.id);
    if (unexpected) this.logger.error({ msg: 'unexpected error', traceId: request.id, route: request.routeOptions?.url, error: loggableError(error) });
    // 429 tells the client when to come back (docs/security.md §20).
    const retryAfter = (body.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    if (status === 429 && retryAfter) void reply.header('retry-after', String(retryAfter));
    void reply.status(status).header('cache-control', 'no-store').send(body);
  }
}
