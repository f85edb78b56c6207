import type { FastifyInstance, RouteOptions } from 'fastify';

type HookName = 'onRequest' | 'onSend' | 'onResponse' | 'onRequestAbort';
export type RouteHooks = Pick<RouteOptions, HookName>;

/** A route as Fastify adds it: its pattern (`/api/notices/:id`) and its methods. */
export interface AddedRoute {
  url: string;
  methods: readonly string[];
}

/**
 * Adds `hooks` to each route `wanted` picks, as Fastify adds it: requests to other routes do not run them at all (a
 * global hook runs for every request). Route hooks run after the global ones. Must be called before the routes are
 * added: Nest adds its routes when the application is initialised.
 */
export function hookRoutes(fastify: FastifyInstance, wanted: (route: AddedRoute) => boolean, hooks: RouteHooks): void {
  fastify.addHook('onRoute', (route) => {
    if (!wanted({ url: route.url, methods: [route.method].flat() })) return;
    const options = route as unknown as Record<HookName, unknown>;
    for (const [name, hook] of Object.entries(hooks) as [HookName, unknown][]) {
      options[name] = [options[name] ?? [], hook].flat();
    }
  });
}
