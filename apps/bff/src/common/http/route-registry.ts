import type { FastifyInstance } from 'fastify';

const routesByServer = new WeakMap<FastifyInstance, string[]>();

/** Starts recording routes as `METHOD /pattern` (HEAD twins left out); must run before the routes are added. */
export function recordRoutes(fastify: FastifyInstance): void {
  const routes: string[] = [];
  routesByServer.set(fastify, routes);
  fastify.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) if (method !== 'HEAD') routes.push(`${method} ${route.url}`);
  });
}

/** Every route the server answers, e.g. for checking that each has an access rule. */
export function recordedRoutes(fastify: FastifyInstance): readonly string[] {
  return routesByServer.get(fastify) ?? [];
}
