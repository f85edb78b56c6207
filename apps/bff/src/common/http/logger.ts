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

/**
 * Fastify's request logger (`request.log`), given as its `childLoggerFactory`. Fastify makes a pino child carrying the
 * request id for every request, and pino builds it whole (bindings serialised, levels set up) whether or not a line is
 * ever written: about 5% of a cached read's or health check's time, at the default level where nothing is written
 * (profiled with --cpu-prof, bench/NOTES.md). This one builds the child on the first line written at an enabled level.
 */
export class LazyRequestLogger {
  private built?: Logger;

  constructor(
    private readonly parent: Logger,
    private readonly bindings: pino.Bindings,
    private readonly options: pino.ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.built?.level ?? this.parent.level;
  }
  set level(level: string) {
    this.logger().level = level;
  }
  fatal(...args: unknown[]) {
    this.write('fatal', args);
  }
  error(...args: unknown[]) {
    this.write('error', args);
  }
  warn(...args: unknown[]) {
    this.write('warn', args);
  }
  info(...args: unknown[]) {
    this.write('info', args);
  }
  debug(...args: unknown[]) {
    this.write('debug', args);
  }
  trace(...args: unknown[]) {
    this.write('trace', args);
  }
  silent() {}
  child(bindings: pino.Bindings, options?: pino.ChildLoggerOptions): Logger {
    return this.logger().child(bindings, options);
  }

  private write(level: Level, args: unknown[]) {
    if (!(this.built ?? this.parent).isLevelEnabled(level)) return;
    (this.logger()[level] as (...line: unknown[]) => void)(...args);
  }

  private logger(): Logger {
    this.built ??= this.parent.child(this.bindings, this.options);
    return this.built;
  }
}

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
