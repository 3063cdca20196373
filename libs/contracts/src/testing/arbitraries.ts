import fc from 'fast-check';
import { z } from 'zod';
import type { EventDefinition } from '../define';
import type { JsonSchema } from '../docs/json-schema';

/**
 * fast-check arbitraries built from the JSON Schema that z.toJSONSchema makes of an event's
 * data (the same schema the AsyncAPI document publishes). Going through JSON Schema keeps
 * this independent of zod internals and also checks that the published schema and the zod
 * schema agree. Test code only (imports fast-check); not exported from the package index.
 */


const INT32_MIN = -2_147_483_648;
const INT32_MAX = 2_147_483_647;

export function arbitraryFromJsonSchema(schema: JsonSchema): fc.Arbitrary<unknown> {
  const union = schema.anyOf ?? schema.oneOf;
  if (union) return fc.oneof(...union.map(arbitraryFromJsonSchema));
  if ('const' in schema) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  switch (schema.type) {
    case 'null':
      return fc.constant(null);
    case 'boolean':
      return fc.boolean();
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? INT32_MIN, INT32_MIN), max: Math.min(schema.maximum ?? INT32_MAX, INT32_MAX) });
    case 'string':
      if (schema.format === 'uuid') return fc.uuid();
      if (schema.format === 'date') {
        return fc
          .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
          .map((d) => d.toISOString().slice(0, 10));
      }
      if (schema.format) throw new Error(`no arbitrary for string format '${schema.format}'`);
      if (schema.pattern) {
        const max = schema.maxLength;
        const arb = fc.stringMatching(new RegExp(schema.pattern));
        return max === undefined ? arb : arb.filter((s) => s.length <= max);
      }
      return fc.string({ minLength: schema.minLength ?? 0, maxLength: Math.min(schema.maxLength ?? 40, 200) });
    case 'array':
      if (!schema.items) throw new Error('array schema without items');
      return fc.array(arbitraryFromJsonSchema(schema.items), { minLength: schema.minItems ?? 0, maxLength: Math.min(schema.maxItems ?? 5, 5) });
    case 'object': {
      const props = schema.properties ?? {};
      const record = Object.fromEntries(Object.entries(props).map(([k, v]) => [k, arbitraryFromJsonSchema(v)]));
      return fc.record(record, { requiredKeys: (schema.required ?? []) as never[] });
    }
    default:
      throw new Error(`no arbitrary for JSON schema ${JSON.stringify(schema)}`);
  }
}

/** Arbitrary valid data (as a producer would pass it) for an event definition. */
export function arbitraryData(definition: EventDefinition): fc.Arbitrary<unknown> {
  return arbitraryFromJsonSchema(z.toJSONSchema(definition.schema, { io: 'input', target: 'draft-7' }) as JsonSchema);
}
