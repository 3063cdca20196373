import { z } from 'zod';
import { baseConfigSchema } from '@pao/platform';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const gatewayConfigSchema = baseConfigSchema.extend({
  TOELEIDING_URL: z.url(),
  THUISZITTERS_URL: z.url(),
  OJA_URL: z.url(),
  OVERDRACHT_URL: z.url(),
  /** Sessions end after this much inactivity, and in any case after the absolute limit. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  /** Secure cookies need https; on by default in production. */
  COOKIE_SECURE: flag.optional(),
  LOGIN_ATTEMPTS_PER_MINUTE: z.coerce.number().int().positive().default(10),
  /** Folder with the built web UI (apps/web/dist); the UI is not served when absent. */
  WEB_DIST_DIR: z.string().optional(),
});

export type GatewayConfig = z.infer<typeof gatewayConfigSchema>;

export const services = ['toeleiding', 'thuiszitters', 'oja', 'overdracht'] as const;
export type ServiceName = (typeof services)[number];

export function serviceUrl(config: GatewayConfig, service: ServiceName): string {
  return { toeleiding: config.TOELEIDING_URL, thuiszitters: config.THUISZITTERS_URL, oja: config.OJA_URL, overdracht: config.OVERDRACHT_URL }[service];
}
