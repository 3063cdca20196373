import fc from 'fast-check';
import type { JsonSchema } from './openapi';

const isoDate = fc.date({ min: new Date('2000-01-01'), max: new Date('2040-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));

/** A value shaped like the schema (valid or nearly so): the canvas a malformation is painted on. */
export function valueOf(schema: JsonSchema | undefined, resolve: (s: JsonSchema | undefined) => JsonSchema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const s = resolve(schema);
  if (!s || depth > 6) return fc.jsonValue({ maxDepth: 2 });
  if (s.const !== undefined) return fc.constant(s.const);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  const alternatives = s.oneOf ?? s.anyOf;
  if (alternatives?.length) return fc.oneof(...alternatives.map((a) => valueOf(a, resolve, ids, depth + 1)));
  if (s.allOf?.length) return valueOf(s.allOf[0], resolve, ids, depth + 1);
  const type = Array.isArray(s.type) ? s.type[0] : s.type;
  switch (type) {
    case 'string':
      if (s.format === 'uuid') return ids.length ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid();
      if (s.format === 'date' || /JJJJ-MM-DD|datum/i.test(s.description ?? '')) return isoDate;
      return fc.string({ minLength: s.minLength ?? 0, maxLength: Math.max(s.minLength ?? 0, Math.min(s.maxLength ?? 24, 60)) });
    case 'integer':
      return fc.integer({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000 });
    case 'number':
      return fc.double({ min: s.minimum ?? -1000, max: s.maximum ?? 100_000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'array':
      return fc.array(valueOf(s.items, resolve, ids, depth + 1), { maxLength: 3 });
    case 'object': {
      const props = s.properties ?? {};
      const record: Record<string, fc.Arbitrary<unknown>> = {};
      for (const [name, p] of Object.entries(props)) record[name] = valueOf(p, resolve, ids, depth + 1);
      return fc.record(record, { requiredKeys: (s.required ?? []).filter((k) => k in props) });
    }
    default:
      return fc.jsonValue({ maxDepth: 2 });
  }
}

/** A value certainly not of the schema's type (for a declared property). */
const WRONG_TYPED = ['string', 'integer', 'number', 'boolean', 'array', 'object'];

/** True when `wrongTypeFor` has a value the schema certainly refuses (not for `anyOf`, e.g. a nullable field). */
export function hasWrongType(schema: JsonSchema | undefined): boolean {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  return typeof type === 'string' && WRONG_TYPED.includes(type);
}

export function wrongTypeFor(schema: JsonSchema | undefined): fc.Arbitrary<unknown> {
  const type = Array.isArray(schema?.type) ? schema?.type[0] : schema?.type;
  switch (type) {
    case 'string':
      return fc.oneof(fc.integer(), fc.boolean(), fc.constant([]), fc.constant({}));
    case 'integer':
    case 'number':
      return fc.oneof(fc.string({ minLength: 1 }).filter((x) => !/^\s*-?\d/.test(x)), fc.boolean(), fc.constant({}));
    case 'boolean':
      return fc.oneof(fc.integer(), fc.constant('waar'), fc.constant({}));
    case 'array':
      return fc.oneof(fc.integer(), fc.constant('lijst'), fc.constant({ 0: 1 }));
    case 'object':
      return fc.oneof(fc.integer(), fc.constant('object'), fc.constant([1]));
    default:
      return fc.constant(Symbol.for('none'));
  }
}
