import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { type BaseConfig, baseConfigSchema, openApiDocument, serviceEntry, serviceUrlSettings } from '@pao/platform';
import type { z } from 'zod';
import { definitionOf } from './services';

const random = () => randomBytes(32).toString('base64url');

/** Settings that pass every app's config schema; nothing is connected to in preview mode. */
const previewSettings = (): Record<string, string> => ({
  HTTP_PORT: '1',
  OPS_HTTP_PORT: '2',
  DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
  REDIS_URL: 'redis://127.0.0.1:1',
  AMQP_URL: 'amqp://127.0.0.1:1',
  INTERNAL_AUTH_SECRET: random(),
  PUPIL_NUMBER_ENCRYPTION_KEYS: `p1:${random()}`,
  PUPIL_NUMBER_HASH_KEYS: `p1:${random()}`,
  NOTIFICATIES_SLEUTELS: `n1:${random()}`,
  ...serviceUrlSettings(() => 'http://127.0.0.1:1'),
});

/**
 * An app's OpenAPI document without servers, equal to what it serves at /openapi.json:
 * Nest's preview mode builds the module graph and reads the controllers' decorators but
 * instantiates no provider, so nothing connects.
 */
export async function openApiDocumentOf(name: string): Promise<OpenAPIObject> {
  const def = definitionOf(serviceEntry(name));
  const config = ((def.configSchema ?? baseConfigSchema) as z.ZodType<BaseConfig>).parse(previewSettings());
  const app = await NestFactory.create(def.appModule(config), { preview: true, logger: false, abortOnError: false });
  try {
    return openApiDocument(app, def.service, def.description);
  } finally {
    await app.close();
  }
}
