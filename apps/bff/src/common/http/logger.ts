import type { LoggerService } from '@nestjs/common';
import type { FastifyBaseLogger } from 'fastify';
import pino, { type Bindings, type ChildLoggerOptions, type Logger } from 'pino';
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
 * Fastify's per-request logger (its `childLoggerFactory`), made only when the request writes a line at an enabled
 * level. Fastify would make a pino child (bindings serialised, redaction set up) for every request; at the usual level
 * (`warn`) almost none writes anything (bench/NOTES.md).
 */
export function lazyRequestLogger(logger: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions): FastifyBaseLogger {
  return new LazyRequestLogger(logger, bindings, options) as unknown as FastifyBaseLogger;
}

/** Its methods live on the prototype: a request that logs nothing costs one small object. */
class LazyRequestLogger {
  private made: FastifyBaseLogger | undefined;

  constructor(
    private readonly parent: FastifyBaseLogger,
    private readonly bindings: Bindings,
    private readonly options: ChildLoggerOptions,
  ) {}

  get level(): string {
    return this.made?.level ?? this.options.level ?? this.parent.level;
  }
  set level(level: string) {
    this.child().level = level;
  }

  child(bindings?: Bindings, options?: ChildLoggerOptions): FastifyBaseLogger {
    this.made ??= this.parent.child(this.bindings, this.options);
    return bindings ? this.made.child(bindings, options) : this.made;
  }

  silent(): void {}
  fatal(...args: unknown[]): void {
    this.write('fatal', args);
  }
  error(...args: unknown[]): void {
    this.write('error', args);
  }
  warn(...args: unknown[]): void {
    this.write('warn', args);
  }
  info(...args: unknown[]): void {
    this.write('info', args);
  }
  debug(...args: unknown[]): void {
    this.write('debug', args);
  }
  trace(...args: unknown[]): void {
    this.write('trace', args);
  }

  private write(level: Level, args: unknown[]): void {
    const values = (this.parent as unknown as Logger).levels.values;
    if (this.made || values[level] >= values[this.level]) (this.child()[level] as (...a: unknown[]) => void)(...args);
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
