import { z } from 'zod';
import { baseConfigSchema } from '@pao/platform';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const gatewayConfigSchema = baseConfigSchema
  .extend({
  TOELEIDING_URL: z.url(),
  THUISZITTERS_URL: z.url(),
  OJA_URL: z.url(),
  OVERDRACHT_URL: z.url(),
  /** The notificaties service (gemeente subscriptions); without it /api/notificaties/... answers 404. */
  NOTIFICATIES_URL: z.url().optional(),
  /** Sessions end after this much inactivity, and in any case after the absolute limit. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  /** Secure cookies need https; on by default in production. */
  COOKIE_SECURE: flag.optional(),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Folder with the built web UI (apps/web/dist); the UI is not served when absent. */
  WEB_DIST_DIR: z.string().optional(),
  /** `local`: accounts with passwords kept here; `oidc`: an external OpenID Connect provider. */
  AUTH_MODE: z.enum(['local', 'oidc']).default('local'),
  OIDC_ISSUER: z.url().optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** Public URL of /api/oidc/callback as registered at the provider. */
  OIDC_REDIRECT_URI: z.url().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.AUTH_MODE !== 'oidc') return;
    for (const key of ['OIDC_ISSUER', 'OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'] as const) {
      if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when AUTH_MODE=oidc' });
    }
  });

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const services = ['toeleiding', 'thuiszitters', 'oja', 'overdracht', 'notificaties'] as const;
export type ServiceName = (typeof services)[number];

export function serviceUrl(config: GatewayConfig, service: ServiceName): string | undefined {
  return { toeleiding: config.TOELEIDING_URL, thuiszitters: config.THUISZITTERS_URL, oja: config.OJA_URL, overdracht: config.OVERDRACHT_URL, notificaties: config.NOTIFICATIES_URL }[service];
}
