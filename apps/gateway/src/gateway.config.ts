import { z } from 'zod';
import { baseConfigSchema, forwardedServices, serviceUrlSetting, type ForwardedServiceName, type ServiceUrlSetting } from '@pao/platform';

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

/** One URL setting per service the gateway forwards to (the service registry), e.g. TOELEIDING_URL. */
const serviceUrls = Object.fromEntries(forwardedServices().map((s) => [serviceUrlSetting(s.name), z.url()])) as Record<ServiceUrlSetting, z.ZodURL>;

export const gatewayConfigSchema = baseConfigSchema
  .extend({
  ...serviceUrls,
  /** Sessions end after this much inactivity, and in any case after the absolute limit. */
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(10),
  /** Secure cookies need https; on by default in production. */
  COOKIE_SECURE: flag.optional(),
  /** Failed sign-ins per account and device/address before each next one waits (1, 2, 4 … s). */
  LOGIN_FREE_FAILURES: z.coerce.number().int().positive().default(5),
  LOGIN_MAX_DELAY_SECONDS: z.coerce.number().int().positive().default(60),
  /**
   * Express 'trust proxy' behind a reverse proxy (e.g. `loopback`, `1`, an address), so
   * sign-in throttling sees the client's address; unset: the connection's address.
   */
  TRUST_PROXY: z.string().regex(/^[\w.:/, -]{1,200}$/).optional(),
  /**
   * Port (on HTTP_HOST) for /metrics, /docs and /openapi.json of the gateway; the public
   * port does not serve them. Unset: not served at all.
   */
  OPS_HTTP_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  /** A forwarded request waits at most this long for its service, then 503. */
  UPSTREAM_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
  /** The same for an upload (a cohort import: reading it, checking every row, one transaction); unset: 60 s. */
  UPLOAD_TIMEOUT_MS: z.coerce.number().int().positive().optional(),
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

/** The base URL of the service forwarded under /api/<prefix>, or undefined for an unknown prefix. */
export function serviceUrlFor(config: GatewayConfig, prefix: string): { name: ForwardedServiceName; url: string } | undefined {
  const service = forwardedServices().find((s) => s.gatewayPrefix === prefix);
  return service && { name: service.name, url: config[serviceUrlSetting(service.name)] };
}
