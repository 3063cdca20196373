import { baseConfigSchema, keyringSetting, requireDistinctSecrets } from '@pao/platform';
import { z } from 'zod';

/**
 * The platform settings plus the key rings for pupil numbers: one to encrypt them, one
 * for the keyed hash they are found by (`id:secret,…`, current first; docs/adr/0006).
 */
export const overdrachtConfigSchema = baseConfigSchema
  .extend({
    PUPIL_NUMBER_ENCRYPTION_KEYS: keyringSetting(),
    PUPIL_NUMBER_HASH_KEYS: keyringSetting(),
  })
  .superRefine((c, ctx) => requireDistinctSecrets(c, ctx, { secrets: ['INTERNAL_AUTH_SECRET'], keyrings: ['PUPIL_NUMBER_ENCRYPTION_KEYS', 'PUPIL_NUMBER_HASH_KEYS'] }));

export type OverdrachtConfig = z.infer<typeof overdrachtConfigSchema>;
