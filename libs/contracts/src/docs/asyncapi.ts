import type { EventCatalogue } from '../catalogue';
import type { EventDefinition } from '../define';
import { DATACONTENTTYPE, EVENT_TYPE_PATTERN, REQUIRED_ATTRIBUTES, SOURCE_PATTERN, SPECVERSION } from '../envelope';
import { SWV_ID_PATTERN } from '@pao/swv';
import { toJsonSchema } from './json-schema';

/** The one durable topic exchange for domain events; routing key = event type. */
export const EVENTS_EXCHANGE = 'pao.events';

/** Bump the minor version when events are added, the major version when one is removed. */
export const CATALOGUE_VERSION = '1.5.0';

const AMQP_BINDING_VERSION = '0.3.0';

/** The CloudEvents context attributes as this profile constrains them. */
export function cloudEventsAttributesSchema(): Record<string, unknown> {
  return {
    type: 'object',
    description:
      'CloudEvents 1.0 context attributes, NL GOV profile. In structured content mode they are the top-level members of the JSON body ' +
      '(with the data under "data"); in binary content mode they travel as message headers and the body is the data.',
    required: [...REQUIRED_ATTRIBUTES],
    properties: {
      specversion: { type: 'string', const: SPECVERSION },
      id: { type: 'string', format: 'uuid', description: 'Unique per event and stable across redeliveries: consumers deduplicate on source + id.' },
      source: {
        type: 'string',
        pattern: SOURCE_PATTERN.source,
        description: 'URN of the producing system: urn:nld:<organisatie>:systeem:<dienst>. The dienst is the owner of the type.',
        examples: ['urn:nld:swv-vo-almere:systeem:toeleiding'],
      },
      type: { type: 'string', pattern: EVENT_TYPE_PATTERN.source, description: 'nl.passend-onderwijs.<domein>.<gebeurtenis>.v<N>; also the routing key.' },
      subject: { type: 'string', format: 'uuid', description: 'Opaque id of the case/aggregate. Never personal data (no BSN, name, onderwijsnummer).' },
      time: { type: 'string', format: 'date-time', description: 'When the producer recorded the event. Real-world dates are in data.' },
      datacontenttype: { type: 'string', const: DATACONTENTTYPE },
      dataschema: { type: 'string', format: 'uri' },
      correlationid: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,100}$', description: 'Correlation id of the request or job that caused the event.' },
      swv: { type: 'string', pattern: SWV_ID_PATTERN.source, maxLength: 32, description: 'Samenwerkingsverband (tenant): its id in the SWV register, e.g. PO or VO.' },
      dataref: { type: 'string', format: 'uri', description: 'Optional: where an authorised subscriber fetches the details (informatiearm notificeren).' },
    },
    additionalProperties: false,
  };
}

function messageFor(catalogue: EventCatalogue, def: EventDefinition): Record<string, unknown> {
  const example = catalogue.exampleEvent(def.type);
  const { data, ...headers } = example;
  const audience = def.audience.join(', ');
  const gemeente = def.gemeenteFields ? ` A gemeente receives only: ${def.gemeenteFields.join(', ')}.` : '';
  const message: Record<string, unknown> = {
    name: def.type,
    title: def.type.split('.')[3],
    summary: def.description,
    description: `Owner: ${def.owner}. Subject: ${def.subject}. Receivers: ${audience}.${gemeente}`,
    contentType: DATACONTENTTYPE,
    headers: {
      allOf: [
        { $ref: '#/components/schemas/CloudEventsAttributes' },
        { type: 'object', properties: { type: { const: def.type }, source: { type: 'string', pattern: `:systeem:${def.owner}$` } } },
      ],
    },
    payload: toJsonSchema(def.schema),
    tags: [{ name: def.owner }, ...def.audience.map((a) => ({ name: `audience:${a}` }))],
    examples: [{ name: 'example', headers, payload: data }],
    bindings: { amqp: { messageType: def.type, bindingVersion: AMQP_BINDING_VERSION } },
    'x-owner': def.owner,
    'x-audience': [...def.audience],
  };
  if (def.gemeenteFields) {
    message['x-gemeente-fields'] = [...def.gemeenteFields];
    message['x-gemeente-payload'] = { $ref: `#/components/schemas/${def.type}.gemeente` };
  }
  return message;
}

/** The AsyncAPI 3.0 document of the catalogue. Deterministic: same catalogue, same text. */
export function buildAsyncApi(catalogue: EventCatalogue): Record<string, unknown> {
  const defs = catalogue.all();
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  const schemas: Record<string, unknown> = { CloudEventsAttributes: cloudEventsAttributesSchema() };

  for (const def of defs) {
    channels[def.type] = {
      address: def.type,
      title: def.type,
      description: def.description,
      messages: { [def.type]: { $ref: `#/components/messages/${def.type}` } },
      bindings: {
        amqp: {
          is: 'routingKey',
          exchange: { name: EVENTS_EXCHANGE, type: 'topic', durable: true, autoDelete: false },
          bindingVersion: AMQP_BINDING_VERSION,
        },
      },
    };
    operations[`publish.${def.type}`] = {
      action: 'send',
      channel: { $ref: `#/channels/${def.type}` },
      summary: `Published by ${def.owner} (through its transactional outbox).`,
      messages: [{ $ref: `#/channels/${def.type}/messages/${def.type}` }],
      tags: [{ name: def.owner }],
    };
    messages[def.type] = messageFor(catalogue, def);
    if (def.gemeenteSchema) schemas[`${def.type}.gemeente`] = toJsonSchema(def.gemeenteSchema);
  }

  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Passend Onderwijs Almere: domain events',
      version: CATALOGUE_VERSION,
      description: [
        'Every event the services publish, generated from `libs/contracts` (do not edit; run `npm run contracts:docs`).',
        '',
        `Events are CloudEvents 1.0 in the NL GOV profile, published on the durable topic exchange \`${EVENTS_EXCHANGE}\`;`,
        'the routing key is the event type. Gemeente systems receive the events marked `audience:gemeente` through the',
        'gateway, with only the fields listed in `x-gemeente-fields` (informatiearm notificeren). Human-readable version: docs/events.md.',
      ].join('\n'),
      tags: [...new Set(defs.map((d) => d.owner))].map((name) => ({ name, description: `Events owned by the ${name} service` })),
    },
    defaultContentType: DATACONTENTTYPE,
    servers: {
      local: {
        host: '127.0.0.1:55672',
        pathname: '/pao',
        protocol: 'amqp',
        protocolVersion: '0.9.1',
        description: 'Local RabbitMQ started by infra/local/up.sh (vhost pao).',
      },
    },
    channels,
    operations,
    components: { schemas, messages },
  };
}

export function renderAsyncApi(catalogue: EventCatalogue): string {
  return `${JSON.stringify(buildAsyncApi(catalogue), null, 2)}\n`;
}
