import { baseConfigSchema } from '@pao/platform';
import { z } from 'zod';

/** The platform settings plus the secret for pupil numbers (defaults to the internal secret; another key by derivation). */
export const overdrachtConfigSchema = baseConfigSchema.extend({
  LEERLING_SLEUTEL: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type OverdrachtConfig = z.infer<typeof overdrachtConfigSchema>;
