import { Writable } from 'node:stream';
import pino from 'pino';
import { lazyRequestLogger } from './logger';

describe('lazyRequestLogger (Fastify’s per-request logger)', () => {
  const capture = (level: string) => {
    const lines: Array<Record<string, unknown>> = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(JSON.parse(String(chunk)));
        done();
      },
    });
    const logger = pino({ level, redact: { paths: ['*.password'], censor: '[hidden]' } }, sink);
    return { logger, lines };
  };

  it('makes no pino child for a request that writes nothing at an enabled level', () => {
    const { logger, lines } = capture('warn');
    const child = jest.spyOn(logger, 'child');
    const log = lazyRequestLogger(logger, { reqId: 'r-1' }, { level: 'warn' });
    log.info({ route: '/api/board' }, 'request');
    log.debug('detail');
    expect(child).not.toHaveBeenCalled();
    expect(lines).toEqual([]);
    expect(log.level).toBe('warn');
  });

  it('writes an enabled line as the child would: with the request id, redacted', async () => {
    const { logger, lines } = capture('warn');
    const log = lazyRequestLogger(logger, { reqId: 'r-2' }, { level: 'warn' });
    log.error({ user: { password: 'secret' } }, 'failed');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines).toEqual([expect.objectContaining({ reqId: 'r-2', msg: 'failed', user: { password: '[hidden]' } })]);
  });

  it('follows a level set on it later, and makes children of its own', async () => {
    const { logger, lines } = capture('warn');
    const log = lazyRequestLogger(logger, { reqId: 'r-3' }, { level: 'warn' });
    log.level = 'info';
    log.info('now written');
    log.child({ part: 'x' }).info('from a child');
    await new Promise((resolve) => setImmediate(resolve));
    expect(lines.map(({ reqId, msg, part }) => ({ reqId, msg, part }))).toEqual([
      { reqId: 'r-3', msg: 'now written', part: undefined },
      { reqId: 'r-3', msg: 'from a child', part: 'x' },
    ]);
  });
});
