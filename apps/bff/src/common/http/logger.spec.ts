import { Writable } from 'node:stream';
import pino from 'pino';
import { LazyRequestLogger } from './logger';

function capture(level: string) {
  const lines: Array<Record<string, unknown>> = [];
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  });
  return { logger: pino({ level }, stream), lines };
}

describe('LazyRequestLogger', () => {
  it('writes a line at an enabled level with the request id bound', () => {
    const { logger, lines } = capture('info');
    const request = new LazyRequestLogger(logger, { reqId: 'r-1' }, {});
    request.info({ route: '/api/board' }, 'request');
    request.debug('not written at info');
    expect(lines).toEqual([expect.objectContaining({ reqId: 'r-1', route: '/api/board', msg: 'request', level: 30 })]);
    expect(request.child({ part: 'x' }).bindings()).toEqual({ reqId: 'r-1', part: 'x' });
  });

  it('builds no pino child while nothing it is asked to write is enabled', () => {
    const { logger, lines } = capture('warn');
    const child = jest.spyOn(logger, 'child');
    const request = new LazyRequestLogger(logger, { reqId: 'r-2' }, {});
    request.info({ route: '/api/health' }, 'request');
    request.trace('nothing');
    expect(child).not.toHaveBeenCalled();
    expect(request.level).toBe('warn');
    request.error('kept');
    expect(child).toHaveBeenCalledTimes(1);
    expect(lines).toEqual([expect.objectContaining({ reqId: 'r-2', msg: 'kept', level: 50 })]);
  });
});
