import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { HealthView, VersionView } from '@weimin/contracts';
import type { FastifyReply } from 'fastify';
import { SystemService } from './system.service';

@ApiTags('system')
@Controller()
export class SystemController {
  constructor(private readonly system: SystemService) {}

  /**
   * For load balancers and monitoring: 200 when the database answers, 503 when it does not. A GET is answered before
   * Nest's chain by the same service (health-route.ts); this handler documents the route and answers HEAD.
   */
  @Get('health')
  async health(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthView> {
    const health = await this.system.health();
    reply.status(health.status === 'ok' ? 200 : 503).header('cache-control', 'no-store');
    return health;
  }

  /** Static answer, no I/O: the baseline of bench/throughput.mjs. */
  @Get('version')
  version(): VersionView {
    return this.system.version;
  }
}
