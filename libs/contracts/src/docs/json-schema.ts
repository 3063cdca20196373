import { z } from 'zod';

/** The subset of JSON Schema (draft-07) that z.toJSONSchema produces for our event data. */
export interface JsonSchema {
  $schema?: string;
  type?: string;
  format?: string;
  pattern?: string;
  description?: string;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minItems?: number;
  maxItems?: number;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  [extra: string]: unknown;
}

/**
 * JSON Schema (draft-07, the AsyncAPI default schema dialect) of a zod schema, as a
 * producer must send it. Objects stay open (no additionalProperties: false): consumers
 * must ignore fields they do not know, so adding an optional field is not breaking.
 */
export function toJsonSchema(schema: z.ZodType): JsonSchema {
  const json = z.toJSONSchema(schema, { io: 'input', target: 'draft-7' }) as JsonSchema;
  delete json.$schema;
  return json;
}
