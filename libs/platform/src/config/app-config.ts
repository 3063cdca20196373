import { z } from 'zod';
import { secretSetting } from '../crypto/secret-settings';

/** Settings every app needs. Services extend this schema with their own. */
export const baseConfigSchema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  HTTP_HOST: z.string().min(1).default('127.0.0.1'),
  HTTP_PORT: z.coerce.number().int().min(0).max(65535),
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  AMQP_URL: z.url({ protocol: /^amqps?$/ }),
  /** Prefix of every Redis key of this deployment (BullMQ queues, rate limits). */
  REDIS_PREFIX: z.string().regex(/^[a-z0-9-]+$/).default('pao'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /**
   * Shared by the gateway and the services to sign the actor of a request. No default:
   * `npm start` generates one per checkout (.state/secrets.env); see docs/adr/0006.
   */
  INTERNAL_AUTH_SECRET: secretSetting(),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  /** The SWV register (tenants) to serve; default config/swv-register.json. */
  SWV_REGISTER: z.string().min(1).optional(),
});

export type BaseConfig = z.infer<typeof baseConfigSchema>;

export const APP_CONFIG = Symbol('APP_CONFIG');
