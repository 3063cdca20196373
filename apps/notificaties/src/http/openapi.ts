import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import type { SchemaObject } from '@nestjs/swagger/dist/interfaces/open-api-spec.interface';
import { problemResponse } from '@pao/platform';

/** Bodies and queries from zod: the kit's helpers, as in every service. */
export { ApiZodBody, ApiZodQuery } from '@pao/zaak';

/** Errors every endpoint can give, and the actor headers the gateway signs. */
export const ApiStandaard = () =>
  applyDecorators(
    ApiHeader({ name: 'x-pao-actor', required: true, description: 'Actor, signed by the gateway (partners call the gateway with their API key)' }),
    ApiHeader({ name: 'x-pao-actor-signature', required: true, description: 'HMAC of x-pao-actor' }),
    ApiResponse({ status: 400, ...problemResponse('Validation failed (errors: [{field, message}])') }),
    ApiResponse({ status: 401, ...problemResponse('No valid actor') }),
    ApiResponse({ status: 403, ...problemResponse('Role may not do this') }),
  );

export const ApiNietGevonden = () => ApiResponse({ status: 404, ...problemResponse('Unknown id, or a subscription of another organisation or SWV') });

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
