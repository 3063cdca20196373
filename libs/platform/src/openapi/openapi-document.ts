import { isDeepStrictEqual } from 'node:util';
import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { GLOBAL_PROBLEM_RESPONSES, PROBLEM_SCHEMA } from './problem-schema';

/**
 * The app's OpenAPI document: OpenAPI 3.1, whose schema dialect is the JSON Schema
 * 2020-12 that zod produces (libs/zaak jsonSchema), so the schemas go in unchanged.
 * Every operation has an operationId (<Controller>_<method>), a tag and the problem+json
 * answers; test/apps.e2e-spec.ts validates each app's document with a third-party
 * validator (@apidevtools/swagger-parser).
 */
export function openApiDocument(app: INestApplication, service: string, description: string): OpenAPIObject {
  const builder = new DocumentBuilder().setOpenAPIVersion('3.1.0').setTitle(service).setDescription(description).setVersion('1');
  for (const response of GLOBAL_PROBLEM_RESPONSES) builder.addGlobalResponse(response);
  const document = SwaggerModule.createDocument(app, builder.build(), {
    operationIdFactory: (controllerKey, methodKey) => `${controllerKey.replace(/Controller$/, '')}_${methodKey}`,
  });
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Problem: PROBLEM_SCHEMA as never } };
  return withTags(withComponents(withoutForeignMethods(document)));
}

/** Marks a response schema to be shown once under components.schemas by this name (see withComponents). */
export const COMPONENT_NAME = 'x-pao-component';

/**
 * A response schema marked with COMPONENT_NAME moves to components.schemas and is referred
 * to by $ref: an answer several operations give (the case after every command) is written
 * once, and a generated client names its type (components['schemas']['Aanvraag']).
 */
function withComponents(document: OpenAPIObject): OpenAPIObject {
  const schemas = (document.components ??= {}).schemas ?? {};
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      for (const response of Object.values(item[method]?.responses ?? {}) as Array<{ content?: Record<string, { schema?: Record<string, unknown> }> }>) {
        for (const media of Object.values(response.content ?? {})) {
          const name = media.schema?.[COMPONENT_NAME];
          if (typeof name !== 'string') continue;
          const { [COMPONENT_NAME]: _, ...schema } = media.schema!;
          if (name in schemas && !isDeepStrictEqual(schemas[name], schema)) throw new Error(`Two different response schemas are named ${name} in the ${document.info.title} OpenAPI document`);
          schemas[name] = schema as never;
          media.schema = { $ref: `#/components/schemas/${name}` };
        }
      }
    }
  }
  document.components.schemas = schemas;
  return document;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** @All also lists methods OpenAPI 3.1 has no place for (SEARCH): left out. */
function withoutForeignMethods(document: OpenAPIObject): OpenAPIObject {
  for (const item of Object.values(document.paths) as unknown as Array<Record<string, unknown>>) {
    for (const key of Object.keys(item)) {
      if (!(METHODS as readonly string[]).includes(key) && !['summary', 'description', 'servers', 'parameters', '$ref'].includes(key) && !key.startsWith('x-')) delete item[key];
    }
  }
  return document;
}

/** An operation without @ApiTags is tagged after its controller, so every operation has one. */
function withTags(document: OpenAPIObject): OpenAPIObject {
  const used = new Set<string>();
  for (const item of Object.values(document.paths)) {
    for (const method of METHODS) {
      const operation = item[method];
      if (!operation) continue;
      if (!operation.tags?.length) operation.tags = [(operation.operationId ?? 'api').split('_')[0].toLowerCase()];
      operation.tags.forEach((t) => used.add(t));
    }
  }
  const known = new Set((document.tags ?? []).map((t) => t.name));
  document.tags = [...(document.tags ?? []), ...[...used].filter((t) => !known.has(t)).sort().map((name) => ({ name }))];
  return document;
}
