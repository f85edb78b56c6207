import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import type { FastifyInstance, FastifyReply } from 'fastify';

interface FrontEnd {
  /** URL prefix without slashes, e.g. `admin`. */
  prefix: string;
  root: string;
  /** The command that builds it, shown when it is missing. */
  buildCommand: string;
}

/**
 * Serves the built admin console at /admin and the H5 mini-program at /h5, each a single-page app:
 * unknown paths under the prefix get index.html. Hashed assets are cached for a year, index.html never.
 * Files are sent precompressed when the build left a .br or .gz copy (scripts/precompress.mjs) and the client accepts
 * it, with `Content-Encoding` and `Vary: Accept-Encoding`; nothing is compressed per request.
 */
export async function serveFrontEnds(app: NestFastifyApplication, frontEnds: FrontEnd[]): Promise<void> {
  const fastify = app.getHttpAdapter().getInstance() as FastifyInstance;
  fastify.get('/', (_request, reply) => reply.redirect('/h5/'));

  // reply.sendFile is added once, by the first front end that is served: the first listed may be the missing one.
  let replyDecorated = false;
  for (const { prefix, root, buildCommand } of frontEnds) {
    fastify.get(`/${prefix}`, (_request, reply) => reply.redirect(`/${prefix}/`));
    if (!existsSync(join(root, 'index.html'))) {
      fastify.get(`/${prefix}/*`, (_request, reply) => notBuilt(reply, buildCommand));
      continue;
    }
    await app.register(fastifyStatic, {
      root,
      prefix: `/${prefix}/`,
      wildcard: false,
      index: false,
      preCompressed: true,
      decorateReply: !replyDecorated,
      setHeaders: (response, path) => {
        response.header('cache-control', isIndex(path) ? 'no-cache' : 'public, max-age=31536000, immutable');
      },
    });
    replyDecorated = true;
    const sendIndex = (_request: unknown, reply: FastifyReply) => reply.header('cache-control', 'no-cache').sendFile('index.html', root);
    fastify.get(`/${prefix}/`, sendIndex);
    fastify.get(`/${prefix}/*`, sendIndex);
  }
}

function isIndex(path: string): boolean {
  return /index\.html(\.br|\.gz)?$/.test(path);
}

function notBuilt(reply: FastifyReply, buildCommand: string) {
  return reply
    .status(503)
    .type('text/html; charset=utf-8')
    .send(`<!doctype html><meta charset="utf-8"><title>尚未构建</title><p>此页面尚未构建，请在仓库根目录运行 <code>${buildCommand}</code>。</p>`);
}
