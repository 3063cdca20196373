import { baseConfigSchema, keyringSetting, requireDistinctSecrets } from '@pao/platform';
import { z } from 'zod';

/**
 * The platform settings plus the key rings for pupil numbers: one to encrypt them, one
 * for the keyed hash they are found by (`id:secret,…`, current first; docs/adr/0006).
 */
export const toeleidingConfigSchema = baseConfigSchema
  .extend({
    PUPIL_NUMBER_ENCRYPTION_KEYS: keyringSetting(),
    PUPIL_NUMBER_HASH_KEYS: keyringSetting(),
    /** Largest document upload (OPP, verslag, advies), in bytes; default 10 MB. */
    DOCUMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(100 * 1024 * 1024).optional(),
    /** SMTP server for the daily deadline digest (smtp://host:port); no digest without it. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    /** Sender of the digest; default termijnen@passendonderwijs-almere.nl. */
    DIGEST_AFZENDER: z.string().regex(/^[^@\s]+@[^@\s]+$/).optional(),
    /** The UI's address, for the link in the digest. */
    APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  })
  .superRefine((c, ctx) => requireDistinctSecrets(c, ctx, { secrets: ['INTERNAL_AUTH_SECRET'], keyrings: ['PUPIL_NUMBER_ENCRYPTION_KEYS', 'PUPIL_NUMBER_HASH_KEYS'] }));

export type ToeleidingConfig = z.infer<typeof toeleidingConfigSchema>;
