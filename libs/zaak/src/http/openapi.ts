import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

/** A zod schema as OpenAPI 3.0 schema (draft-7 flavour; transforms shown as their input). */
export function jsonSchema(schema: z.ZodType): SchemaObject {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest as SchemaObject;
}

export const ApiZodBody = (schema: z.ZodType, description?: string) => ApiBody({ schema: jsonSchema(schema), description });

/** One @ApiQuery per property of an object schema. */
export function ApiZodQuery(schema: z.ZodObject) {
  const json = jsonSchema(schema) as { properties?: Record<string, SchemaObject>; required?: string[] };
  return applyDecorators(
    ...Object.entries(json.properties ?? {}).map(([name, s]) => ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: s })),
  );
}

const problem: SchemaObject = {
  type: 'object',
  description: 'application/problem+json (RFC 9457)',
  properties: { type: { type: 'string' }, title: { type: 'string' }, status: { type: 'integer' }, detail: { type: 'string' } },
};

/** The errors every service endpoint can give, and the actor headers the gateway signs. */
export const ApiStandaard = () =>
  applyDecorators(
    ApiHeader({ name: 'x-pao-actor', required: true, description: 'Actor, signed by the gateway' }),
    ApiHeader({ name: 'x-pao-actor-signature', required: true, description: 'HMAC of x-pao-actor' }),
    ApiResponse({ status: 400, description: 'Validation failed (errors: [{field, message}])', schema: problem }),
    ApiResponse({ status: 401, description: 'No valid actor', schema: problem }),
    ApiResponse({ status: 403, description: 'Role may not do this', schema: problem }),
  );

export const ApiNietGevonden = () => ApiResponse({ status: 404, description: 'Unknown id or a case of another SWV', schema: problem });
