import type { FastifyInstance } from 'fastify';
import { hookRoutes } from '../common/http/route-hooks';
import type { SystemService } from './system.service';

/**
 * GET /api/health is answered by its route's own onRequest hook, before Nest's chain (guard, pipes, interceptors) runs:
 * load balancers and monitors call it often, and it has nothing for that chain to do. SystemController keeps the route
 * (the OpenAPI document, the access policy, HEAD) and gives the same answer. Must be called before Nest adds its routes.
 */
export function answerHealthBeforeNest(fastify: FastifyInstance, system: SystemService): void {
  hookRoutes(fastify, (route) => route.url === '/api/health' && route.methods.includes('GET'), {
    onRequest: (request, reply, done) => {
      if (request.method !== 'GET') return done();
      const settled = system.settledHealth();
      if (settled) {
        void reply.code(settled.statusCode).header('cache-control', 'no-store').type('application/json; charset=utf-8').send(settled.body);
        return;
      }
      system.health().then(
        (health) =>
          void reply
            .code(health.status === 'ok' ? 200 : 503)
            .header('cache-control', 'no-store')
            .send(health),
        done,
      );
    },
  });
}
