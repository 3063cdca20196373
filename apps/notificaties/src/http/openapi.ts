import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiHeader, ApiQuery, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { z } from 'zod';

/** A zod schema as an OpenAPI schema (input side). */
export function jsonSchema(schema: z.ZodType): SchemaObject {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', target: 'draft-7', unrepresentable: 'any' }) as Record<string, unknown>;
  return rest as SchemaObject;
}

export const ApiZodBody = (schema: z.ZodType, description?: string) => ApiBody({ schema: jsonSchema(schema), description });

export function ApiZodQuery(schema: z.ZodObject) {
  const json = jsonSchema(schema) as { properties?: Record<string, SchemaObject>; required?: string[] };
  return applyDecorators(...Object.entries(json.properties ?? {}).map(([name, s]) => ApiQuery({ name, required: json.required?.includes(name) ?? false, schema: s })));
}

const problem: SchemaObject = {
  type: 'object',
  description: 'application/problem+json (RFC 9457); bij 400 noemt errors[].field het veld',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    detail: { type: 'string' },
    errors: { type: 'array', items: { type: 'object', properties: { field: { type: 'string' }, message: { type: 'string' } } } },
  },
};

/** Errors every endpoint can give, and the actor headers the gateway signs. */
export const ApiStandaard = () =>
  applyDecorators(
    ApiHeader({ name: 'x-pao-actor', required: true, description: 'Actor, signed by the gateway (partners call the gateway with their API key)' }),
    ApiHeader({ name: 'x-pao-actor-signature', required: true, description: 'HMAC of x-pao-actor' }),
    ApiResponse({ status: 400, description: 'Validation failed (errors: [{field, message}])', schema: problem }),
    ApiResponse({ status: 401, description: 'No valid actor', schema: problem }),
    ApiResponse({ status: 403, description: 'Role may not do this', schema: problem }),
  );

export const ApiNietGevonden = () => ApiResponse({ status: 404, description: 'Unknown id, or a subscription of another organisation or SWV', schema: problem });

const abonnementEigenschappen: Record<string, SchemaObject> = {
  url: { type: 'string', format: 'uri', description: 'URL van dit abonnement (via de gateway)' },
  id: { type: 'string', format: 'uuid' },
  callbackUrl: { type: 'string', format: 'uri' },
  auth: { type: 'string', nullable: true, description: '"********" wanneer ingesteld; de waarde wordt nooit getoond' },
  kanalen: { type: 'array', items: { type: 'object', properties: { naam: { type: 'string' }, filters: { type: 'object', additionalProperties: { type: 'string' } } } } },
  gemeenten: { type: 'array', items: { type: 'string', example: 'GM0034' } },
  swv: { type: 'string', enum: ['PO', 'VO'] },
  organisatie: { type: 'string' },
  status: { type: 'string', enum: ['actief', 'falend', 'opgezegd'], description: 'falend: een dag zonder geslaagde bezorging; niets gaat verloren, hervat om door te gaan' },
  maxGelijktijdig: { type: 'integer' },
  opeenvolgendeFouten: { type: 'integer' },
  falendSinds: { type: 'string', format: 'date-time', nullable: true },
  falendGemeldOp: { type: 'string', format: 'date-time', nullable: true },
  gepauzeerdTot: { type: 'string', format: 'date-time', nullable: true, description: 'Na een fout: tot dit moment wordt niets verstuurd' },
  vorigGeheimGeldigTot: { type: 'string', format: 'date-time', nullable: true },
  aangemaaktOp: { type: 'string', format: 'date-time' },
  gewijzigdOp: { type: 'string', format: 'date-time' },
  wachtend: { type: 'integer', description: 'Bezorgingen die nog moeten' },
  opgegeven: { type: 'integer', description: 'Bezorgingen die na een dag zijn opgegeven (opnieuw te bezorgen)' },
  laatstBezorgdOp: { type: 'string', format: 'date-time', nullable: true },
};

export const ABONNEMENT_SCHEMA: SchemaObject = { type: 'object', properties: abonnementEigenschappen };
export const NIEUW_ABONNEMENT_SCHEMA: SchemaObject = {
  type: 'object',
  properties: { ...abonnementEigenschappen, geheim: { type: 'string', example: 'whsec_…', description: 'Ondertekeningsgeheim; alleen nu getoond' } },
};
