import { DynamicModule, INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { z } from 'zod';
import { BaseConfig, baseConfigSchema } from '../config/app-config';
import { ConfigError, loadConfig } from '../config/load-config';
import { openApiDocument } from '../openapi/openapi-document';
import { bodyParserErrors, inputGuard, jsonBodyParser } from '../validation/request-input';
import { listenForOperations, operationsOnlyOn } from './operations-listener';
import { requestClock } from './request-clock';
import { noStore, securityHeaders } from './security-headers';

export interface ServiceDefinition<C extends BaseConfig> {
  service: string;
  description: string;
  configSchema?: z.ZodType<C>;
  appModule: (config: C) => DynamicModule;
  /** Called before listen, e.g. to connect the event transport. */
  beforeListen?: (app: INestApplication, config: C) => Promise<void> | void;
  /**
   * For an app that faces the public (the gateway): /metrics, /docs and /openapi.* answer
   * only on this port (a second listener on HTTP_HOST), 404 elsewhere; undefined: nowhere.
   */
  operationsPort?: (config: C) => number | undefined;
}

/** Validated config or a message naming each bad setting, then exit 1. */
export function configOrExit<C>(service: string, schema: z.ZodType<C>): C {
  try {
    return loadConfig(schema);
  } catch (e) {
    if (!(e instanceof ConfigError)) throw e;
    process.stderr.write(`[${service}] cannot start. ${e.message}\n`);
    process.exit(1);
  }
}

export async function createServiceApp<C extends BaseConfig>(def: ServiceDefinition<C>, config: C): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(def.appModule(config), { bufferLogs: true, forceCloseConnections: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  app.use(requestClock);
  if (def.operationsPort) app.use(operationsOnlyOn(def.operationsPort(config)));
  app.use(helmet(securityHeaders));
  // Nothing we answer may be kept by a browser or proxy cache (pupil data); static files set their own.
  app.use(noStore);
  // JSON only, one parser, with size and depth limits; other content types find no body.
  app.use(jsonBodyParser());
  app.use(bodyParserErrors);
  app.use(inputGuard);
  const document = openApiDocument(app, def.service, def.description);
  SwaggerModule.setup('docs', app, document, { jsonDocumentUrl: 'openapi.json', yamlDocumentUrl: 'openapi.yaml' });
  await def.beforeListen?.(app, config);
  return app;
}

/** Starts an app: config validated first, graceful shutdown on SIGTERM/SIGINT. */
export async function bootstrapService<C extends BaseConfig>(def: ServiceDefinition<C>): Promise<INestApplication> {
  const config = configOrExit(def.service, def.configSchema ?? (baseConfigSchema as unknown as z.ZodType<C>));
  const app = await createServiceApp(def, config);
  await app.startAllMicroservices();
  await app.listen(config.HTTP_PORT, config.HTTP_HOST);
  const logger = app.get(Logger);
  logger.log(`${def.service} listening on http://${config.HTTP_HOST}:${config.HTTP_PORT}`);
  const opsPort = def.operationsPort?.(config);
  if (opsPort !== undefined) {
    await listenForOperations(app, opsPort, config.HTTP_HOST);
    logger.log(`${def.service} operations (metrics, docs) on http://${config.HTTP_HOST}:${opsPort}`);
  }
  stopOnSignals(app, logger, config.SHUTDOWN_GRACE_MS);
  return app;
}

/**
 * SIGTERM/SIGINT: stop taking work (HTTP server and consumers close first), let
 * in-flight work finish, close connections, exit 0. Past the grace period, exit 1.
 */
function stopOnSignals(app: INestApplication, logger: Logger, graceMs: number): void {
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    setTimeout(() => process.exit(1), graceMs).unref();
    app.close().then(
      () => process.exit(0),
      (e: unknown) => {
        logger.error({ err: e }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
