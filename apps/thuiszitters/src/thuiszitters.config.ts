import { baseConfigSchema } from '@pao/platform';
import { z } from 'zod';

/** The platform settings plus the secret for pupil numbers and pseudonyms (defaults to the internal secret, another key by derivation). */
export const thuiszittersConfigSchema = baseConfigSchema.extend({
  LEERLING_SLEUTEL: z.string().min(32, 'must be at least 32 characters').optional(),
});

export type ThuiszittersConfig = z.infer<typeof thuiszittersConfigSchema>;
