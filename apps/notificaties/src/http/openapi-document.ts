import { randomBytes } from 'node:crypto';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module';
import { notificatiesConfigSchema } from '../notificaties.config';
import { notificatiesService } from '../notificaties.service-definition';

/**
 * The subscription API as partners call it through the gateway (paths under
 * /api/notificaties), with the callback a partner implements. The app is built in preview
 * mode: nothing connects, only the controllers' metadata is read. Committed as
 * docs/api/notificaties.openapi.json (`npm run notificaties:openapi`; a unit test keeps it current).
 */
export async function notificatiesOpenApi(): Promise<OpenAPIObject> {
  const config = notificatiesConfigSchema.parse({
    HTTP_PORT: '0',
    DATABASE_URL: 'postgres://preview@127.0.0.1:1/preview',
    REDIS_URL: 'redis://127.0.0.1:1',
    AMQP_URL: 'amqp://127.0.0.1:1',
    // Random: nothing is signed or decrypted in preview mode.
    INTERNAL_AUTH_SECRET: randomBytes(32).toString('base64url'),
    NOTIFICATIES_SLEUTELS: `preview:${randomBytes(32).toString('base64url')}`,
  });
  const app = await NestFactory.create(AppModule.register(config), { preview: true, logger: false });
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Notificaties (gemeente subscriptions)')
      .setDescription(`${notificatiesService.description}. Through the gateway: prefix every path with /api/notificaties and authenticate with Authorization: Bearer <API key>. Guide: docs/api/notificaties.md`)
      .setVersion('1')
      .addServer('http://127.0.0.1:4100/api/notificaties', 'local gateway (npm start)')
      .addBearerAuth({ type: 'http', scheme: 'bearer', description: 'API key of the partner system (role gemeente)' }, 'api-sleutel')
      .addSecurityRequirements('api-sleutel')
      .build(),
  );
  // Partners never send the gateway's internal actor headers.
  for (const pad of Object.values(document.paths)) {
    for (const op of Object.values(pad) as Array<{ parameters?: Array<{ name?: string }> }>) {
      if (op && Array.isArray(op.parameters)) op.parameters = op.parameters.filter((p) => !p.name?.startsWith('x-pao-actor'));
    }
  }
  // What the partner's callback receives (OpenAPI 3.0 callbacks on subscribing).
  const abonneren = (document.paths['/abonnementen'] as Record<string, Record<string, unknown>>).post;
  abonneren.callbacks = {
    notificatie: {
      '{$request.body#/callbackUrl}': {
        post: {
          summary: 'A notification: the CloudEvent in structured mode, signed per Standard Webhooks (docs/api/notificaties.md)',
          parameters: [
            { name: 'webhook-id', in: 'header', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The CloudEvent id; the same on every retry and replay: deduplicate on it' },
            { name: 'webhook-timestamp', in: 'header', required: true, schema: { type: 'integer' }, description: 'Seconds since the epoch of this attempt; refuse it when more than 5 minutes off' },
            { name: 'webhook-signature', in: 'header', required: true, schema: { type: 'string', example: 'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=' }, description: 'Space-separated v1,<base64 HMAC-SHA256 of id.timestamp.body>; two during a secret rotation' },
            { name: 'authorization', in: 'header', required: false, schema: { type: 'string' }, description: 'The auth value of the subscription, when set' },
          ],
          requestBody: {
            required: true,
            content: {
              'application/cloudevents+json': {
                schema: {
                  type: 'object',
                  required: ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'swv', 'dataref', 'data'],
                  properties: {
                    specversion: { type: 'string', enum: ['1.0'] },
                    id: { type: 'string', format: 'uuid' },
                    source: { type: 'string', example: 'urn:nld:passend-onderwijs-almere:systeem:toeleiding' },
                    type: { type: 'string', example: 'nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1' },
                    subject: { type: 'string', format: 'uuid', description: 'Opaque id of the case; per subject, notifications arrive in order' },
                    time: { type: 'string', format: 'date-time' },
                    datacontenttype: { type: 'string', enum: ['application/json'] },
                    correlationid: { type: 'string' },
                    swv: { type: 'string', enum: ['PO', 'VO'] },
                    dataref: { type: 'string', format: 'uri', description: 'Fetch the event with your own API key (access-logged)' },
                    data: { type: 'object', description: 'The gemeente fields of the type (docs/events.md); always includes gemeente (CBS code)' },
                  },
                },
              },
            },
          },
          responses: {
            '2XX': { description: 'Received; any 2xx counts as delivered' },
            default: { description: 'Anything else (or no answer within the timeout, or a redirect) is a failed attempt: retried with back-off, logged' },
          },
        },
      },
    },
  };
  await app.close();
  return document;
}
