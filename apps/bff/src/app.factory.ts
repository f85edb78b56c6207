import fastifyCookie from '@fastify/cookie';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, type NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { ErrorCode } from '@weimin/contracts';
import { type FastifyBaseLogger, type FastifyError, type FastifyReply, type FastifyRequest, LogController, type RawServerDefault } from 'fastify';
import type { Bindings, ChildLoggerOptions, Logger } from 'pino';
import { AppModule } from './app.module';
import { isOutsideApi } from './auth/access-policy';
import { PublicReadCache } from './common/cache/public-read-cache';
import { installPublicReadCache } from './common/cache/public-read-hooks';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { DomainException } from './common/errors/domain.exception';
import { toErrorResponse } from './common/errors/error-response';
import { withErrorBody } from './common/errors/error-schema';
import { createValidationPipe } from './common/errors/validation';
import { jsonShapeProblem } from './common/http/json-shape';
import { createLogger, LazyRequestLogger, PinoNestLogger } from './common/http/logger';
import { requestIdOf } from './common/http/request-id';
import { recordRoutes } from './common/http/route-registry';
import { apiSecurityHeadersOf, securityHeadersOf } from './common/http/security-headers';
import type { AppConfig } from './config/configuration';
import { ViewCounter } from './interpretations/view-counter';
import { acceptMultipartBodies } from './photos/single-upload';
import { answerHealthBeforeNest } from './system/health-route';
import { SystemService } from './system/system.service';
import { serveFrontEnds } from './web/front-ends';

/** Builds the whole BFF (used by main.ts and by the API tests, so both run the same thing). */
export async function createApp(config: AppConfig): Promise<NestFastifyApplication> {
  const logger = createLogger(config.app.logLevel);
  const bodyLimit = 1024 * 1024;
  const adapter = new FastifyAdapter({
    loggerInstance: logger,
    // Our own onResponse line below replaces Fastify's two lines per request (which carry the raw URL).
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: requestIdOf,
    childLoggerFactory: (parent: FastifyBaseLogger, bindings: Bindings, options: ChildLoggerOptions) =>
      new LazyRequestLogger(parent as Logger, bindings, options) as unknown as FastifyBaseLogger,
    trustProxy: config.app.trustProxy,
    bodyLimit,
    // Requests Fastify rejects before routing (a malformed URL, say) get our error shape too.
    frameworkErrors: (error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
      const { status, body } = toErrorResponse(error, request.id);
      void reply.status(status).header('cache-control', 'no-store').header('x-request-id', request.id).send(body);
    },
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config), adapter, {
    logger: new PinoNestLogger(logger),
    abortOnError: false,
  });

  app.setGlobalPrefix('api');
  // JSON is the only body the API takes. Its shape is bounded before it is parsed (docs/security.md §27); then Fastify's
  // own parser refuses __proto__ and constructor keys as before.
  const parseJson = adapter.getInstance().getDefaultJsonParser('error', 'error');
  app.useBodyParser<RawServerDefault>('application/json', { bodyLimit }, (request, body, done) => {
    const text = body.toString('utf8');
    const problem = jsonShapeProblem(text, config.app.jsonBounds);
    if (problem) done(new DomainException(ErrorCode.ValidationFailed, '请求内容的结构超出限制', [{ field: 'body', messages: [problem] }]), undefined);
    // Fastify's parser answers through `done`; its return value carries nothing.
    else void parseJson(request, text, done);
  });
  app.useGlobalPipes(createValidationPipe());
  app.useGlobalFilters(new AllExceptionsFilter());
  // Without origins to allow, CORS has nothing to add to an answer: its per-request hook is left out altogether.
  if (config.app.corsOrigins.length > 0) app.enableCors({ origin: config.app.corsOrigins, credentials: true });
  app.enableShutdownHooks();

  const fastify = app.getHttpAdapter().getInstance();
  recordRoutes(fastify);
  // docs/security.md §17. Helmet's headers depend on the configuration only: computed once, set in one call.
  const securityHeaders = securityHeadersOf({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // antd and Taro's H5 runtime set inline styles.
        styleSrc: ["'self'", "'unsafe-inline'"],
        // Interpretation pictures and videos (图解, 视频) come from the hosts of the administrator's allow-list, checked
        // when an item is saved and published (settings/media-sources.ts); the page itself may load any https one.
        imgSrc: ["'self'", 'data:', 'blob:', 'https:'],
        mediaSrc: ["'self'", 'https:'],
        fontSrc: ["'self'", 'data:'],
        // blob: the H5 build reads a chosen photo (a blob: URL of the page itself) before uploading it (Taro.uploadFile).
        connectSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: config.app.env === 'production' ? [] : null,
      },
    },
    hsts: config.app.env === 'production' ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });
  // Pages (the console, the H5 app, the API's own docs) get them all; the API's data answers the few that act on data.
  const apiSecurityHeaders = apiSecurityHeadersOf(securityHeaders);
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.headers(isOutsideApi(request.url) ? securityHeaders : apiSecurityHeaders).header('x-request-id', request.id);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    request.log.info(
      { method: request.method, route: request.routeOptions.url ?? 'unmatched', status: reply.statusCode, ms: Math.round(reply.elapsedTime) },
      'request',
    );
    done();
  });

  await app.register(fastifyCookie);
  // multipart/form-data is for the photo upload only (POST /api/citizen/uploads reads it: photos/single-upload.ts).
  acceptMultipartBodies(fastify);
  // Route hooks, added as Nest adds its routes (app.init): they run after the global hooks above, so that answers
  // served from them carry the security headers and the request id too.
  installPublicReadCache(fastify, app.get(PublicReadCache), app.get(ViewCounter));
  answerHealthBeforeNest(fastify, app.get(SystemService));

  const document = withErrorBody(
    SwaggerModule.createDocument(
      app,
      new DocumentBuilder().setTitle('为民 Weimin API').setDescription('政务公开小程序与管理后台的后端接口').setVersion('0.1').build(),
    ),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });

  await serveFrontEnds(app, [
    { prefix: 'admin', root: config.app.adminDir, buildCommand: 'npm run build:admin' },
    { prefix: 'h5', root: config.app.h5Dir, buildCommand: 'npm run build:h5' },
  ]);
  return app;
}
