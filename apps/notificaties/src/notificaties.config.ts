import { baseConfigSchema, keyringSetting, requireDistinctSecrets } from '@pao/platform';
import { z } from 'zod';

const lijst = (omschrijving: string) => z.string().default('').describe(omschrijving);

/**
 * The platform settings plus the delivery tuning. Every default is what production
 * should run with; tests shorten the timings.
 */
export const notificatiesConfigSchema = baseConfigSchema
  .extend({
  /**
   * Key ring (`id:secret,…`, current first) for the stored signing secrets and auth values
   * (AES-256-GCM). A secret of its own (docs/adr/0006): never INTERNAL_AUTH_SECRET's.
   */
  NOTIFICATIES_SLEUTELS: keyringSetting(),
  /**
   * Networks (CIDR, comma-separated) a callback may resolve to although they are loopback,
   * link-local or private, e.g. `127.0.0.0/8` for the local demo. Empty: none (production).
   * Plain http is allowed only towards these networks; everything else needs https.
   */
  CALLBACK_TOEGESTANE_NETWERKEN: lijst('CIDR allow-list for callback addresses'),
  /** One attempt may take this long (connect, answer, body excerpt). */
  BEZORG_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(10_000),
  /** Requests in flight per subscription (one slow subscriber holds at most this many). */
  BEZORG_MAX_GELIJKTIJDIG: z.coerce.number().int().min(1).max(64).default(4),
  /** Back-off: full jitter over min(max, basis × 2^(n-1)), at least the minimum. */
  BEZORG_BACKOFF_BASIS_MS: z.coerce.number().int().min(1).default(5_000),
  BEZORG_BACKOFF_MAX_MS: z.coerce.number().int().min(1).default(3_600_000),
  BEZORG_BACKOFF_MIN_MS: z.coerce.number().int().min(0).default(1_000),
  /** A subscription failing without a single success for this long is marked failing (at least a day). */
  BEZORG_OPGEVEN_NA_UREN: z.coerce.number().min(24).default(24),
  /** A claimed delivery is leased for the timeout plus this margin; after a crash another process takes it over when the lease ends. */
  BEZORG_LEASE_MARGE_MS: z.coerce.number().int().min(100).default(30_000),
  /** Safety net besides the BullMQ wake-ups: how often PostgreSQL is asked for due deliveries. */
  BEZORG_VEEG_INTERVAL_MS: z.coerce.number().int().min(50).default(10_000),
  /** Delivered (and given-up) deliveries and their attempts are kept this long for the log and replay. */
  BEZORGINGEN_BEWAREN_DAGEN: z.coerce.number().int().min(1).default(30),
  /** Public URL of the gateway: the base of `dataref` and of an abonnement's `url`. */
  GATEWAY_PUBLIEKE_URL: z.url().default('http://127.0.0.1:4100'),
  })
  .superRefine((c, ctx) => requireDistinctSecrets(c, ctx, { secrets: ['INTERNAL_AUTH_SECRET'], keyrings: ['NOTIFICATIES_SLEUTELS'] }));

export type NotificatiesConfig = z.infer<typeof notificatiesConfigSchema>;

export const NOTIFICATIES_CONFIG = Symbol('NOTIFICATIES_CONFIG');
