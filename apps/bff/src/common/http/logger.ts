import type { LoggerService } from '@nestjs/common';
import pino, { type Logger } from 'pino';
import { scrubNumbers } from '../privacy/scrub';

/**
 * Structured JSON logs (docs/security.md §22): no bodies, no query strings, no IPs, no auth headers.
 * Request lines carry the route pattern (`/api/messages/:id`), never the concrete URL.
 */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: 'weimin-bff' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', '*.password', '*.phone'], censor: '[hidden]' },
  });
}

type Level = 'info' | 'error' | 'warn' | 'debug' | 'trace' | 'fatal';

/** Lets Nest's own `Logger` write through the same pino instance as Fastify. */
export class PinoNestLogger implements LoggerService {
  constructor(private readonly pino: Logger) {}

  log(message: unknown, ...rest: unknown[]) {
    this.write('info', message, rest);
  }
  error(message: unknown, ...rest: unknown[]) {
    this.write('error', message, rest);
  }
  warn(message: unknown, ...rest: unknown[]) {
    this.write('warn', message, rest);
  }
  debug(message: unknown, ...rest: unknown[]) {
    this.write('debug', message, rest);
  }
  verbose(message: unknown, ...rest: unknown[]) {
    this.write('trace', message, rest);
  }
  fatal(message: unknown, ...rest: unknown[]) {
    this.write('fatal', message, rest);
  }

  /** Nest passes `(message, [stack,] context)`; the context is always last. */
  private write(level: Level, message: unknown, rest: unknown[]) {
    const context = rest.length > 0 && typeof rest[rest.length - 1] === 'string' ? (rest[rest.length - 1] as string) : undefined;
    const stack = rest.length > 1 && typeof rest[0] === 'string' ? scrubNumbers(rest[0]) : undefined;
    if (typeof message === 'object' && message !== null) {
      this.pino[level]({ context, stack, ...(message as object) });
    } else {
      this.pino[level]({ context, stack }, scrubNumbers(String(message)));
    }
  }
}
