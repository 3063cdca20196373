import { z } from 'zod';
import { DOMAINS, type Domain, parseEventType, TYPE_PREFIX } from './envelope';
import { isUuid } from './envelope';
import type { SwvCode } from './values';

/**
 * Who may receive an event. Every event goes to the internal services; 'gemeente' means
 * the gateway may notify subscribed gemeente systems, with only the fields listed in the
 * definition's `gemeente` view (data minimisation, "informatiearm notificeren").
 */
export const AUDIENCES = ['internal', 'gemeente'] as const;
export type Audience = (typeof AUDIENCES)[number];

type DataKeys<S extends z.ZodType> = Extract<keyof z.output<S>, string>;

export interface EventDefinitionInput<TType extends string, S extends z.ZodType> {
  /** nl.passend-onderwijs.<domein>.<gebeurtenis>.v<N>; the domain segment names the owning service. */
  type: TType;
  /** One or two sentences: what happened, in domain words, and when it is published. */
  description: string;
  /** The data. Use z.object with the shared value schemas; ids, codes and dates only. */
  data: S;
  /** What the subject (aggregate id) of this event is, e.g. 'aanvraagId'. */
  subject: string;
  /** Fields a gemeente may receive. Omit for internal-only events. */
  gemeente?: readonly DataKeys<S>[];
  /** A realistic example; it is validated by the unit tests and shown in the docs. */
  example: { subject: string; swv?: SwvCode; time: string; data: z.input<S> };
}

export interface EventDefinition<TType extends string = string, S extends z.ZodType = z.ZodType> {
  readonly type: TType;
  readonly version: number;
  readonly domain: Domain;
  /** The service that owns (and alone publishes) this event; equal to the domain. */
  readonly owner: Domain;
  readonly description: string;
  readonly schema: S;
  readonly subject: string;
  readonly audience: readonly Audience[];
  /** The fields a gemeente receives (undefined for internal-only events). */
  readonly gemeenteFields?: readonly string[];
  /** Parses data down to the gemeente view; strips every other field. */
  readonly gemeenteSchema?: z.ZodType;
  /** A realistic example (swv defaults to 'VO'; time is the moment the producer records it). */
  readonly example: { readonly subject: string; readonly swv: SwvCode; readonly time: string; readonly data: z.input<S> };
}

/** The data type of an event definition. */
export type EventData<D extends EventDefinition> = z.output<D['schema']>;

/**
 * Defines one event type. Throws at module load when the definition breaks a rule, so a
 * bad definition never reaches a running service.
 */
export function defineEvent<const TType extends string, S extends z.ZodType>(input: EventDefinitionInput<TType, S>): EventDefinition<TType, S> {
  const parsed = parseEventType(input.type);
  if (!parsed) throw new Error(`event type '${input.type}' does not follow ${TYPE_PREFIX}.<domein>.<gebeurtenis>.v<N>`);
  if (!(DOMAINS as readonly string[]).includes(parsed.domain)) {
    throw new Error(`event type '${input.type}': unknown domain '${parsed.domain}' (known: ${DOMAINS.join(', ')})`);
  }
  if (input.description.trim().length === 0) throw new Error(`event type '${input.type}': description is required`);
  if (!isUuid(input.example.subject)) throw new Error(`event type '${input.type}': example subject must be a UUID`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(input.example.time)) throw new Error(`event type '${input.type}': example time must be an ISO timestamp in UTC`);
  let gemeenteSchema: z.ZodType | undefined;
  if (input.gemeente) {
    if (!(input.data instanceof z.ZodObject)) throw new Error(`event type '${input.type}': a gemeente view needs a z.object data schema`);
    const shape = input.data.shape as Record<string, unknown>;
    const missing = input.gemeente.filter((k) => !(k in shape));
    if (missing.length > 0) throw new Error(`event type '${input.type}': gemeente fields not in the schema: ${missing.join(', ')}`);
    if (input.gemeente.length === 0) throw new Error(`event type '${input.type}': gemeente view is empty`);
    const mask = Object.fromEntries(input.gemeente.map((k) => [k, true] as const));
    gemeenteSchema = input.data.pick(mask as never);
  }
  return Object.freeze({
    type: input.type,
    version: parsed.version,
    domain: parsed.domain as Domain,
    owner: parsed.domain as Domain,
    description: input.description,
    schema: input.data,
    subject: input.subject,
    audience: Object.freeze(input.gemeente ? (['internal', 'gemeente'] as const) : (['internal'] as const)),
    gemeenteFields: input.gemeente ? Object.freeze([...input.gemeente]) : undefined,
    gemeenteSchema,
    example: Object.freeze({ subject: input.example.subject, swv: input.example.swv ?? 'VO', time: input.example.time, data: input.example.data }),
  });
}
