import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { COMPONENT_NAME, problemResponse, ResponseSchema } from '@pao/platform';
import { z } from 'zod';

/**
 * A zod schema as an OpenAPI 3.1 schema (JSON Schema 2020-12, the documents' dialect).
 * A request is shown as its input (before transforms and defaults), an answer as its
 * output. Examples given with `.meta({ examples: [...] })` stay.
 */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output' = 'input'): SchemaObject {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io, target: 'draft-2020-12', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest as SchemaObject;
}

/** The request body from a zod schema; `example` is what the documentation and generated clients show. */
export const ApiZodBody = (schema: z.ZodType, description?: string, example?: unknown) =>
  ApiBody({ schema: jsonSchema(schema), description, ...(example === undefined ? {} : { examples: { voorbeeld: { value: example } } }) });

/**
 * The 2xx answer from a zod schema: what the OpenAPI document (and so a generated client)
 * says the handler returns, and what the handler's answer is checked against under
 * NODE_ENV=test (ResponseSchema in @pao/platform), so the two cannot drift apart. Type the
 * code that builds the answer as `z.output<typeof schema>` too. With `component` the schema
 * is written once under components.schemas by that name (an answer several operations give).
 */
export const ApiZodResponse = (status: number, schema: z.ZodType, description: string, component?: string) =>
  applyDecorators(
    ApiResponse({ status, description, schema: { ...jsonSchema(schema, 'output'), ...(component ? { [COMPONENT_NAME]: component } : {}) } }),
    ResponseSchema(schema),
  );

/** A 200 whose body is a file of one of these media types (an export, a document), not JSON. */
export const ApiBestand = (description: string, mediaTypes: readonly string[]) =>
  ApiResponse({ status: 200, description, content: Object.fromEntries(mediaTypes.map((t) => [t, { schema: { type: 'string', contentMediaType: t } }])) });

/** The media types of exportBestand: CSV for Dutch spreadsheets, or an XLSX workbook. */
export const EXPORT_MEDIA_TYPES = ['text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'] as const;

/** One @ApiQuery per property of an object schema. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = jsonSchema(schema) as { properties?: Record<string, SchemaObject>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, s]) => ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: s })),
  );
}

/** The errors every service endpoint can give, and the actor headers the gateway signs. */
export const ApiStandaard = () =>
  applyDecorators(
    ApiHeader({ name: 'x-pao-actor', required: true, description: 'Actor, signed by the gateway' }),
    ApiHeader({ name: 'x-pao-actor-signature', required: true, description: 'HMAC of x-pao-actor' }),
    ApiResponse({ status: 400, ...problemResponse('Validation failed (errors: [{field, message}])', { type: 'urn:pao:problem:validation-failed', title: 'Request validation failed', status: 400, detail: 'One or more fields are invalid', errors: [{ field: 'aanvrager.schoolId', message: 'Invalid UUID' }] }) }),
    ApiResponse({ status: 401, ...problemResponse('No valid actor') }),
    ApiResponse({ status: 403, ...problemResponse('Role may not do this') }),
  );

export const ApiNietGevonden = (description = 'Unknown id or a case of another SWV') => ApiResponse({ status: 404, ...problemResponse(description) });

/** 409: the command is not allowed in the case's state, or If-Match named an older version. */
export const ApiConflict = (description = 'invalid-state-transition (huidigeStatus, commando) or conflict (versie)') => ApiResponse({ status: 409, ...problemResponse(description) });
