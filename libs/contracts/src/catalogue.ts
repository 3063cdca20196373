import { createHash, randomUUID } from 'node:crypto';
import { CloudEvent } from 'cloudevents';
import type { z } from 'zod';
import type { Audience, EventDefinition } from './define';
import { checkAttributes, DATACONTENTTYPE, type EventEnvelope, looksLikePersonalData, parseSource, redactReason, sourceFor, SPECVERSION } from './envelope';
import { ALL_EVENTS } from './events';
import type { SwvCode } from './values';

export type ValidationResult<T = unknown> = { ok: true; event: EventEnvelope<T> } | { ok: false; reason: string };

/** What a producer supplies to createEvent; everything else is fixed by the catalogue. */
export interface CreateEventInput<TData> {
  /**
   * The producing system acting for the SWV: `SwvRegister.sourceFor(swv, owner)` (the SWV's
   * legal body is the organisation). Defaults to the coöperatie's URN (sourceFor(owner)).
   */
  source?: string;
  /** Opaque UUID of the aggregate the event is about. */
  subject: string;
  data: TData;
  correlationid: string;
  swv: SwvCode;
  /** Defaults to a random UUID. Pass the outbox row's id so a retried publish keeps the same id. */
  id?: string;
  /** Defaults to now. The moment the producer recorded the event (not a real-world date). */
  time?: string | Date;
  dataschema?: string;
  /** Reference a gemeente can fetch the details from with its own authorisation. */
  dataref?: string;
}

/** A UUID (version 5 layout) derived from a name: the same name always gives the same id. */
export function deterministicUuid(name: string): string {
  const h = createHash('sha1').update(`pao:${name}`).digest('hex');
  const variant = ((parseInt(h[16], 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** Correlation id used in examples and documentation. */
export const EXAMPLE_CORRELATION_ID = '0f1e2d3c-4b5a-4968-8776-655443322110';

/** Thrown by createEvent (and by the catalogue on a bad registry); `reason` is the same text validateEnvelope gives. */
export class EventContractError extends Error {
  constructor(
    readonly reason: string,
    readonly eventType?: string,
  ) {
    super(eventType ? `invalid event ${eventType}: ${reason}` : reason);
    this.name = 'EventContractError';
  }
}

type DefinitionOf<D extends EventDefinition, T extends string> = Extract<D, { type: T }>;
type InputOf<D extends EventDefinition, T extends string> = z.input<DefinitionOf<D, T>['schema']>;
type OutputOf<D extends EventDefinition, T extends string> = z.output<DefinitionOf<D, T>['schema']>;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !Buffer.isBuffer(value);
}

function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.length > 0 ? i.path.join('.') : '(data)'}: ${i.message}`)
    .join('; ');
}

/** Paths present in what the producer passed but stripped by the schema (fields not in the contract). */
function unknownFields(input: unknown, output: unknown, path = ''): string[] {
  if (Array.isArray(input) && Array.isArray(output)) return input.flatMap((v, i) => unknownFields(v, output[i], `${path}[${i}]`));
  if (!isPlainObject(input) || !isPlainObject(output)) return [];
  return Object.entries(input).flatMap(([k, v]) => {
    const p = path ? `${path}.${k}` : k;
    if (!(k in output)) return v === undefined ? [] : [p];
    return unknownFields(v, output[k], p);
  });
}

/** Attributes in a fixed order so serialised events (and the docs) are stable. */
function canonical(env: Record<string, unknown>, data: unknown): EventEnvelope {
  const out: Record<string, unknown> = {
    specversion: env.specversion,
    id: env.id,
    source: env.source,
    type: env.type,
    subject: env.subject,
    time: env.time,
    datacontenttype: env.datacontenttype,
  };
  if (env.dataschema !== undefined) out.dataschema = env.dataschema;
  out.correlationid = env.correlationid;
  out.swv = env.swv;
  if (env.dataref !== undefined) out.dataref = env.dataref;
  out.data = data;
  return out as unknown as EventEnvelope;
}

/**
 * The registry of event definitions. Services use the shared `catalogue`; a separate
 * instance can be made for tests with extra definitions.
 */
export class EventCatalogue<D extends EventDefinition = EventDefinition> {
  private readonly byType = new Map<string, D>();

  constructor(definitions: readonly D[]) {
    for (const def of definitions) {
      if (this.byType.has(def.type)) throw new EventContractError(`event type '${def.type}' is defined twice`);
      this.byType.set(def.type, def);
    }
  }

  get<T extends D['type']>(type: T): DefinitionOf<D, T>;
  get(type: string): D | undefined;
  get(type: string): D | undefined {
    return this.byType.get(type);
  }

  has(type: string): boolean {
    return this.byType.has(type);
  }

  /** Every definition, in definition order (grouped by domain). */
  all(): readonly D[] {
    return [...this.byType.values()];
  }

  /** Every type, e.g. for binding a queue or building a topology. */
  types(): readonly D['type'][] {
    return [...this.byType.keys()];
  }

  /**
   * Validates a received (or about-to-be-published) envelope: the NL GOV attribute rules,
   * the official CloudEvents SDK, the catalogue (type known, source system is its owner)
   * and the data against the type's schema. Accepts an object, a JSON string or a Buffer.
   * On success, `event.data` is the parsed data (unknown fields dropped: tolerant reader).
   * A `reason` names the attribute or data path and the rule; it never echoes a value, so
   * it is safe for logs and dead-letter headers.
   */
  validateEnvelope(raw: unknown): ValidationResult {
    let value: unknown = raw;
    if (Buffer.isBuffer(value) || value instanceof Uint8Array) value = Buffer.from(value).toString('utf8');
    if (typeof value === 'string') {
      try {
        value = JSON.parse(value);
      } catch {
        // Not the parser's message: it quotes the input.
        return { ok: false, reason: 'malformed JSON: the message body is not a valid JSON document' };
      }
    }
    if (!isPlainObject(value)) return { ok: false, reason: 'envelope must be a JSON object' };

    const attributeProblem = checkAttributes(value);
    if (attributeProblem) return { ok: false, reason: attributeProblem };

    const type = value.type as string;
    const def = this.byType.get(type);
    if (!def) return { ok: false, reason: looksLikePersonalData(type) ? 'unknown event type (name withheld)' : `unknown event type '${type}'` };

    try {
      // Strict mode validates in the constructor (JSON schema of CloudEvents 1.0, attribute names
      // and types) and throws on a violation; a second validate() would run the same schema again.
      new CloudEvent(value as ConstructorParameters<typeof CloudEvent>[0], true);
    } catch (e) {
      return { ok: false, reason: redactReason(`CloudEvents SDK: ${(e as Error).message.replace(/\s+/g, ' ').trim()}`) };
    }

    const systeem = parseSource(value.source as string)?.systeem;
    if (systeem !== def.owner) return { ok: false, reason: `source system '${systeem}' may not publish ${type}: its owner is '${def.owner}'` };

    const parsed = def.schema.safeParse(value.data);
    if (!parsed.success) return { ok: false, reason: redactReason(`invalid data for ${type}: ${describeIssues(parsed.error)}`) };

    return { ok: true, event: canonical(value, parsed.data) };
  }

  /**
   * Builds a valid envelope or throws EventContractError. Strict writer: data fields
   * that are not in the contract are refused, so nothing extra leaks to subscribers.
   */
  createEvent<T extends D['type']>(type: T, input: CreateEventInput<InputOf<D, T>>): EventEnvelope<OutputOf<D, T>> {
    const def = this.byType.get(type);
    if (!def) throw new EventContractError(`unknown event type '${type}'`, type);
    const parsed = def.schema.safeParse(input.data);
    if (!parsed.success) throw new EventContractError(`invalid data for ${type}: ${describeIssues(parsed.error)}`, type);
    const extra = unknownFields(input.data, parsed.data);
    if (extra.length > 0) throw new EventContractError(`data field(s) not in the contract of ${type}: ${extra.join(', ')}`, type);

    const time = input.time ?? new Date();
    const envelope: Record<string, unknown> = {
      specversion: SPECVERSION,
      id: input.id ?? randomUUID(),
      source: input.source ?? sourceFor(def.owner),
      type,
      subject: input.subject,
      time: time instanceof Date ? time.toISOString() : time,
      datacontenttype: DATACONTENTTYPE,
      dataschema: input.dataschema,
      correlationid: input.correlationid,
      swv: input.swv,
      dataref: input.dataref,
      // JSON-normalised: what is returned is exactly what a consumer will parse.
      data: JSON.parse(JSON.stringify(parsed.data)),
    };
    for (const key of Object.keys(envelope)) if (envelope[key] === undefined) delete envelope[key];
    const result = this.validateEnvelope(envelope);
    if (!result.ok) throw new EventContractError(result.reason, type);
    return result.event as EventEnvelope<OutputOf<D, T>>;
  }

  /**
   * The example of a type as a complete, valid envelope. Deterministic (id derived from the
   * type), so documentation is stable; handy as a fixture in other libraries' tests.
   */
  exampleEvent<T extends D['type']>(type: T, overrides: Partial<Pick<CreateEventInput<unknown>, 'id' | 'time' | 'correlationid' | 'swv'>> = {}): EventEnvelope<OutputOf<D, T>> {
    const def = this.byType.get(type);
    if (!def) throw new EventContractError(`unknown event type '${type}'`, type);
    return this.createEvent(type, {
      subject: def.example.subject,
      data: def.example.data as InputOf<D, T>,
      swv: overrides.swv ?? def.example.swv,
      time: overrides.time ?? def.example.time,
      id: overrides.id ?? deterministicUuid(`example:${type}`),
      correlationid: overrides.correlationid ?? EXAMPLE_CORRELATION_ID,
    });
  }

  /**
   * The view of an event a party may receive: the event itself for 'internal'; for
   * 'gemeente' the same envelope with data reduced to the definition's gemeente fields, or
   * undefined when the event is not for gemeenten. The gateway calls this before delivery.
   */
  viewFor(event: EventEnvelope, audience: Audience): EventEnvelope | undefined {
    const def = this.byType.get(event.type);
    if (!def || !def.audience.includes(audience)) return undefined;
    if (audience === 'internal') return event;
    const data = def.gemeenteSchema!.parse(event.data);
    return canonical(event as unknown as Record<string, unknown>, JSON.parse(JSON.stringify(data)));
  }
}

/** The catalogue of every event of the product. */
export const catalogue = new EventCatalogue(ALL_EVENTS);

export type CatalogueDefinition = (typeof ALL_EVENTS)[number];
/** Union of every event type string in the catalogue. */
export type EventType = CatalogueDefinition['type'];
/** The data of an event type, as consumers see it. */
export type EventDataOf<T extends EventType> = OutputOf<CatalogueDefinition, T>;
/** The data a producer passes to createEvent for an event type. */
export type EventInputOf<T extends EventType> = InputOf<CatalogueDefinition, T>;

/** Validates an envelope against the shared catalogue (see EventCatalogue.validateEnvelope). */
export function validateEnvelope(raw: unknown): ValidationResult {
  return catalogue.validateEnvelope(raw);
}

/** Builds a valid envelope from the shared catalogue or throws EventContractError. */
export function createEvent<T extends EventType>(type: T, input: CreateEventInput<EventInputOf<T>>): EventEnvelope<EventDataOf<T>> {
  // Same type as the method's signature; TypeScript cannot unify the deferred conditional types.
  return catalogue.createEvent(type, input as never) as EventEnvelope<EventDataOf<T>>;
}

/** Narrows an envelope to the data type of a definition: `if (isEvent(e, TlvAfgegeven)) e.data.tlvId`. */
export function isEvent<Def extends EventDefinition>(event: EventEnvelope, definition: Def): event is EventEnvelope<z.output<Def['schema']>> {
  return event.type === definition.type;
}
