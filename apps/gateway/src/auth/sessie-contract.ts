import { problemResponse, rollen } from '@pao/platform';
import { applyDecorators } from '@nestjs/common';
import { ApiBody, ApiOperation, ApiResponse, ApiTags } from '@nestjs/swagger';
import { z } from 'zod';

/** The sign-in body. */
export const inloggenSchema = z.object({
  gebruikersnaam: z.string().trim().min(1).max(100),
  wachtwoord: z.string().min(1).max(200),
});

/** What the UI may know about the signed-in account (publicAccount), as the OpenAPI document shows it. */
export const accountSchema = z.object({
  id: z.string(),
  gebruikersnaam: z.string(),
  rol: z.enum(rollen),
  swv: z.string().describe("The SWV (tenant) id in the SWV register, e.g. 'VO'"),
  swvNaam: z.string(),
  sector: z.enum(['PO', 'VO']).nullable().describe('Null only for an SWV no longer in the register'),
  organisatie: z.string(),
  weergavenaam: z.string(),
});

export const sessieSchema = z.object({ account: accountSchema, csrfToken: z.string().describe('Send as x-csrf-token with every change') });

const schema = (s: z.ZodType) => {
  const { $schema: _, ...rest } = z.toJSONSchema(s, { io: 'output', target: 'draft-2020-12' }) as Record<string, unknown>;
  return rest;
};

/** OpenAPI of the session endpoints. */
export const ApiSessie = {
  controller: () => applyDecorators(ApiTags('sessie')),
  inloggen: () =>
    applyDecorators(
      ApiOperation({ summary: 'Inloggen met gebruikersnaam en wachtwoord (AUTH_MODE=local); zet het sessiecookie' }),
      ApiBody({ schema: schema(inloggenSchema), examples: { voorbeeld: { value: { gebruikersnaam: 'consulent.vo', wachtwoord: 'almere-demo' } } } }),
      ApiResponse({ status: 201, description: 'Ingelogd', schema: schema(sessieSchema) }),
      ApiResponse({ status: 400, ...problemResponse('Validation failed') }),
      ApiResponse({ status: 401, ...problemResponse('Unknown name, wrong password or deactivated account (answered alike)') }),
      ApiResponse({ status: 429, ...problemResponse('Too many failed attempts from this device or address; Retry-After says how long to wait') }),
    ),
  huidig: () =>
    applyDecorators(
      ApiOperation({ summary: 'De huidige sessie: account en CSRF-token' }),
      ApiResponse({ status: 200, description: 'De sessie', schema: schema(sessieSchema) }),
      ApiResponse({ status: 401, ...problemResponse('Not signed in') }),
    ),
  uitloggen: () =>
    applyDecorators(
      ApiOperation({ summary: 'Uitloggen: beëindigt de sessie en wist het cookie' }),
      ApiResponse({ status: 204, description: 'Uitgelogd' }),
      ApiResponse({ status: 401, ...problemResponse('Not signed in') }),
    ),
};
