// The bench's yardstick: a bare Fastify server answering a static JSON object, in a process of its own (like the BFF),
// on a loopback port it prints on stdout once listening.
import { createRequire } from 'node:module';

// The very Fastify the BFF runs on: the one @nestjs/platform-fastify loads.
const require = createRequire(createRequire(import.meta.url).resolve('@nestjs/platform-fastify'));
const fastify = require('fastify')({ logger: false });
const body = { name: 'bare-fastify', version: '1' };
fastify.get('/', async () => body);
await fastify.listen({ port: 0, host: '127.0.0.1' });
process.stdout.write(`${fastify.server.address().port}\n`);
