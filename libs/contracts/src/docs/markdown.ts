import type { EventCatalogue } from '../catalogue';
import type { EventDefinition } from '../define';
import { DOMAINS, EXTENSION_ATTRIBUTES } from '../envelope';
import { Id, IsoDate } from '../values';
import { EVENTS_EXCHANGE } from './asyncapi';
import { type JsonSchema, toJsonSchema } from './json-schema';

interface FieldRow {
  path: string;
  type: string;
  required: boolean;
  description: string;
}

/** Descriptions of the shared value schemas say nothing the type column does not. */
const GENERIC_DESCRIPTIONS = new Set([Id.description, IsoDate.description]);

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function typeOf(schema: JsonSchema): string {
  const union = schema.anyOf ?? schema.oneOf;
  if (union) {
    const nonNull = union.filter((s) => s.type !== 'null');
    const nullable = nonNull.length < union.length;
    const base = nonNull.every((s) => s.type === 'object') ? 'object (one of the variants below)' : nonNull.map(typeOf).join(' or ');
    return nullable ? `${base} or null` : base;
  }
  if ('const' in schema) return `\`${JSON.stringify(schema.const)}\``;
  if (schema.enum) return schema.enum.map((v) => `\`${String(v)}\``).join(', ');
  switch (schema.type) {
    case 'string':
      if (schema.format === 'uuid') return 'uuid';
      if (schema.format === 'date') return 'date (YYYY-MM-DD)';
      if (schema.pattern) return `string \`${schema.pattern}\``;
      return schema.maxLength ? `string (max ${schema.maxLength})` : 'string';
    case 'integer': {
      const min = schema.minimum;
      const max = schema.maximum !== undefined && schema.maximum < 2_147_483_647 ? schema.maximum : undefined;
      if (min !== undefined && max !== undefined) return `integer ${min}..${max}`;
      if (min !== undefined) return `integer ≥ ${min}`;
      return 'integer';
    }
    case 'array':
      return `array of ${schema.items ? typeOf(schema.items) : 'any'}${schema.minItems ? ` (at least ${schema.minItems})` : ''}`;
    default:
      return schema.type ?? 'any';
  }
}

function fields(schema: JsonSchema, prefix = '', note = ''): FieldRow[] {
  if (schema.type !== 'object' || !schema.properties) return [];
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties).flatMap(([name, prop]) => {
    const path = prefix ? `${prefix}.${name}` : name;
    const row: FieldRow = { path, type: typeOf(prop), required: required.has(name), description: [note, GENERIC_DESCRIPTIONS.has(prop.description) ? '' : (prop.description ?? '')].filter(Boolean).join(' ') };
    const nested: FieldRow[] = [];
    if (prop.type === 'object') nested.push(...fields(prop, path));
    if (prop.type === 'array' && prop.items?.type === 'object') nested.push(...fields(prop.items, `${path}[]`));
    for (const variant of prop.oneOf ?? prop.anyOf ?? []) {
      if (variant.type !== 'object' || !variant.properties) continue;
      const discriminator = Object.entries(variant.properties).find(([, p]) => 'const' in p);
      const when = discriminator ? `(when ${path}.${discriminator[0]} = \`${String(discriminator[1].const)}\`)` : '';
      nested.push(...fields(variant, path, when));
    }
    return [row, ...nested];
  });
}

function receivers(def: EventDefinition): string {
  return def.gemeenteFields ? 'internal, gemeente' : 'internal';
}

function eventSection(catalogue: EventCatalogue, def: EventDefinition): string[] {
  const rows = fields(toJsonSchema(def.schema));
  const gemeente = new Set(def.gemeenteFields ?? []);
  const lines = [
    `### \`${def.type}\``,
    '',
    def.description,
    '',
    `- Owner: **${def.owner}** (source \`urn:nld:…:systeem:${def.owner}\`); version ${def.version}`,
    `- Subject: \`${def.subject}\``,
    `- Receivers: ${receivers(def)}${def.gemeenteFields ? ` (a gemeente receives only ${def.gemeenteFields.map((f) => `\`${f}\``).join(', ')})` : ''}`,
    '',
    '| field | type | required | gemeente | description |',
    '|---|---|---|---|---|',
    ...rows.map((r) => {
      const top = r.path.split(/[.[]/)[0];
      return `| \`${r.path}\` | ${cell(r.type)} | ${r.required ? 'yes' : 'no'} | ${gemeente.has(top) ? 'yes' : ''} | ${cell(r.description)} |`;
    }),
    '',
    'Example:',
    '',
    '```json',
    JSON.stringify(catalogue.exampleEvent(def.type), null, 2),
    '```',
    '',
  ];
  return lines;
}

/** docs/events.md: deterministic, generated from the catalogue. */
export function renderEventsMarkdown(catalogue: EventCatalogue): string {
  const defs = catalogue.all();
  const lines: string[] = [
    '# Event catalogue',
    '',
    '<!-- Generated from libs/contracts by `npm run contracts:docs`. Do not edit by hand. -->',
    '',
    'Every event the services publish. The services talk only through these events; gemeente systems subscribe to',
    `the ones marked *gemeente* through the gateway. Machine-readable version: [asyncapi.json](asyncapi.json).`,
    'Why it looks like this: [ADR 0003](adr/0003-cloudevents-nl-gov-and-event-catalogue.md). How to add or change an',
    'event: [libs/contracts/README.md](../libs/contracts/README.md).',
    '',
    '## Envelope',
    '',
    'CloudEvents 1.0, NL GOV profile, JSON. All attributes below are required unless marked optional.',
    '',
    '| attribute | rule |',
    '|---|---|',
    "| `specversion` | `'1.0'` |",
    '| `id` | UUID, unique and stable: a redelivered or re-published event keeps its id; consumers deduplicate on `source` + `id` |',
    '| `source` | URN `urn:nld:<organisatie>:systeem:<dienst>`, e.g. `urn:nld:swv-vo-almere:systeem:toeleiding`: the organisation is the legal body of the SWV (its URN in the SWV register); the dienst must be the owner of the type |',
    '| `type` | `nl.passend-onderwijs.<domein>.<gebeurtenis>.v<N>` (kebab-case; the domain is the owner service); also the routing key |',
    '| `subject` | opaque UUID of the case/aggregate the event is about; never personal data (a BSN-like 9-digit number or e-mail address is refused) |',
    '| `time` | RFC 3339 with zone: when the producer recorded the event. Real-world dates (besluitdatum, teldatum…) are in `data` |',
    "| `datacontenttype` | `'application/json'` |",
    '| `dataschema` | optional URI |',
    '| `correlationid` | extension: correlation id of the HTTP request or job that caused the event (token `[A-Za-z0-9._-]{1,100}`, no personal data) |',
    "| `swv` | extension: the samenwerkingsverband (tenant), its id in the SWV register (`config/swv-register.json`), e.g. `'PO'` or `'VO'` |",
    '| `dataref` | optional extension (NL GOV): where an authorised subscriber fetches the details |',
    '',
    `Other attributes are refused (allowed extensions: ${EXTENSION_ATTRIBUTES.join(', ')}). Data contains ids, codes, dates and counts only:`,
    'no names, no BSN. Consumers must ignore data fields they do not know.',
    '',
    `Transport: one durable topic exchange \`${EVENTS_EXCHANGE}\`, routing key = \`type\`.`,
    '',
  ];
  for (const domain of DOMAINS) {
    const inDomain = defs.filter((d) => d.domain === domain);
    if (inDomain.length === 0) continue;
    lines.push(
      `## ${domain}`,
      '',
      '| type | owner | receivers | description | data fields |',
      '|---|---|---|---|---|',
      ...inDomain.map((d) => {
        const names = fields(toJsonSchema(d.schema))
          .filter((r) => !r.path.includes('.') && !r.path.includes('['))
          .map((r) => `\`${r.path}\``)
          .join(', ');
        const anchor = d.type.replace(/\./g, '');
        return `| [\`${d.type}\`](#${anchor}) | ${d.owner} | ${receivers(d)} | ${cell(d.description)} | ${names} |`;
      }),
      '',
    );
    for (const d of inDomain) lines.push(...eventSection(catalogue, d));
  }
  return `${lines.join('\n').trimEnd()}\n`;
}
