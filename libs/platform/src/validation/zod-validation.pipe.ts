import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';

// Messages a person may read next to a field: in Dutch (the UI is Dutch; field names stay as they are).
z.config(z.locales.nl());

/** Validates a body, query or param with a zod schema; failures become 400 problem+json. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return this.schema.parse(value);
  }
}

export const validated = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema);
