import { PipeTransform } from '@nestjs/common';
import { z } from 'zod';

/** Validates a body, query or param with a zod schema; failures become 400 problem+json. */
export class ZodValidationPipe<S extends z.ZodType> implements PipeTransform<unknown, z.infer<S>> {
  constructor(private readonly schema: S) {}

  transform(value: unknown): z.infer<S> {
    return this.schema.parse(value);
  }
}

export const validated = <S extends z.ZodType>(schema: S) => new ZodValidationPipe(schema);
