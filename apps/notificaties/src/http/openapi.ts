import { applyDecorators } from '@nestjs/common';
import { ApiHeader, ApiResponse } from '@nestjs/swagger';
import { problemResponse } from '@pao/platform';

/** Bodies, queries and answers from zod: the kit's helpers, as in every service. */
export { ApiBestand, ApiConflict, ApiZodBody, ApiZodQuery, ApiZodResponse } from '@pao/zaak';

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
