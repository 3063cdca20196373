import { SWV_ID_PATTERN } from '@pao/swv';
import { type SwvCode } from './values';

/**
 * The envelope of every event: CloudEvents 1.0 in the NL GOV profile, JSON format.
 * See docs/adr/0003-cloudevents-nl-gov-and-event-catalogue.md for the reasoning.
 */
export interface EventEnvelope<T = unknown> {
  /** Always '1.0'. */
  specversion: '1.0';
  /** UUID, generated once by the producer and kept on every redelivery: consumers deduplicate on it. */
  id: string;
  /** nl.passend-onderwijs.<domein>.<gebeurtenis>.v<N>; also the RabbitMQ routing key. */
  type: string;
  /** URN of the producing system: urn:nld:<organisatie>:systeem:<dienst>. */
  source: string;
  /** Opaque UUID of the aggregate (case) the event is about; never personal data. */
  subject: string;
  /** RFC 3339 moment the producer recorded the event; real-world dates belong in data. */
  time: string;
  datacontenttype: 'application/json';
  /** Optional URI of the data schema. */
  dataschema?: string;
  /** Correlation id from the HTTP request (or job) that caused the event. */
  correlationid: string;
  /** Tenant: the samenwerkingsverband (its id in the SWV register). */
  swv: SwvCode;
  /** NL GOV optional extension: where an authorised subscriber fetches the details (informatiearm notificeren). */
  dataref?: string;
  data: T;
}

export const SPECVERSION = '1.0' as const;
export const DATACONTENTTYPE = 'application/json' as const;
export const TYPE_PREFIX = 'nl.passend-onderwijs';

/** The domains (= owning services) that publish events. The domain segment of a type names its owner. */
export const DOMAINS = ['toeleiding', 'thuiszitters', 'oja', 'overdracht'] as const;
export type Domain = (typeof DOMAINS)[number];

/** nl.passend-onderwijs.<domein>.<gebeurtenis>.v<N>: lower-case kebab-case segments, version >= 1. */
export const EVENT_TYPE_PATTERN = /^nl\.passend-onderwijs\.([a-z]+(?:-[a-z]+)*)\.([a-z0-9]+(?:-[a-z0-9]+)*)\.v([1-9][0-9]*)$/;

export interface ParsedEventType {
  domain: string;
  gebeurtenis: string;
  version: number;
}

/** Splits a type into its parts, or undefined when it does not follow the naming rule. */
export function parseEventType(type: string): ParsedEventType | undefined {
  const m = EVENT_TYPE_PATTERN.exec(type);
  return m ? { domain: m[1], gebeurtenis: m[2], version: Number(m[3]) } : undefined;
}

/**
 * Organisation part of the source URN when a producer names none. Producers acting for an
 * SWV pass that SWV's own source (its legal body's URN from the register:
 * `SwvRegister.sourceFor(swv, dienst)`); consumers must treat `source` as opaque.
 */
export const SOURCE_ORGANISATIE = 'passend-onderwijs-almere';

/** urn:nld:<organisatie (one or more ':'-separated segments)>:systeem:<dienst> */
export const SOURCE_PATTERN = /^urn:nld:((?:[a-z0-9]+(?:-[a-z0-9]+)*)(?::[a-z0-9]+(?:-[a-z0-9]+)*)*):systeem:([a-z]+(?:-[a-z]+)*)$/;

/** The source URN of a producing system, e.g. urn:nld:swv-vo-almere:systeem:toeleiding (organisatie 'swv-vo-almere'). */
export function sourceFor(systeem: Domain, organisatie: string = SOURCE_ORGANISATIE): string {
  const source = `urn:nld:${organisatie}:systeem:${systeem}`;
  if (!SOURCE_PATTERN.test(source)) throw new Error(`invalid source organisatie '${organisatie}'`);
  return source;
}

export function parseSource(source: string): { organisatie: string; systeem: string } | undefined {
  const m = SOURCE_PATTERN.exec(source);
  return m ? { organisatie: m[1], systeem: m[2] } : undefined;
}

/** Attributes every envelope must carry (CloudEvents REQUIRED plus what this profile requires). */
export const REQUIRED_ATTRIBUTES = ['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'correlationid', 'swv'] as const;

/** Extension attributes of this profile. Anything else is refused (no room for personal data to slip in). */
export const EXTENSION_ATTRIBUTES = ['correlationid', 'swv', 'dataref'] as const;

const CORE_ATTRIBUTES = new Set(['specversion', 'id', 'source', 'type', 'subject', 'time', 'datacontenttype', 'dataschema', 'data']);
const KNOWN_ATTRIBUTES = new Set<string>([...CORE_ATTRIBUTES, ...EXTENSION_ATTRIBUTES]);

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;
const UUID_ANYWHERE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
/** Same token rule as the platform's sanitizeCorrelationId. */
const CORRELATION_ID = /^[A-Za-z0-9._-]{1,100}$/;
/** RFC 3339 with an explicit offset (the SDK checks the rest of the format). */
const TIMESTAMP_WITH_ZONE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Last line of defence for reasons that quote third-party messages: no 9-digit numbers. */
export function redactReason(reason: string): string {
  return reason.replace(/(?<!\d)\d{9}(?!\d)/g, '<redacted>');
}

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Heuristic for personal data in an attribute value: a 9-digit number (BSN or
 * onderwijsnummer shaped, also written with dots or spaces) or an e-mail address. UUIDs
 * are removed first: they are opaque by construction. Returns what was found.
 */
export function looksLikePersonalData(value: string): string | undefined {
  const rest = value.replace(UUID_ANYWHERE, ' ');
  const nineDigits = /(?<!\d)\d{9}(?!\d)/;
  if (nineDigits.test(rest) || nineDigits.test(rest.replace(/(?<=\d)[ .](?=\d)/g, ''))) return 'a 9-digit number (BSN/onderwijsnummer)';
  if (/[^\s@]+@[^\s@]+\.[^\s@]+/.test(rest)) return 'an e-mail address';
  return undefined;
}

/**
 * Checks the context attributes against the rules of this profile (everything except
 * data and the catalogue lookup). Returns the reason of the first violation. Reasons end
 * up in logs and dead-letter headers, so they name the attribute and the rule and never
 * echo a value.
 */
export function checkAttributes(env: Record<string, unknown>): string | undefined {
  if (env.specversion === undefined) return "missing attribute 'specversion'";
  if (env.specversion !== SPECVERSION) return `unsupported specversion (expected '${SPECVERSION}')`;
  for (const name of REQUIRED_ATTRIBUTES) {
    const value = env[name];
    if (value === undefined || value === null) return `missing attribute '${name}'`;
    if (typeof value !== 'string' || value.length === 0) return `attribute '${name}' must be a non-empty string`;
  }
  const a = env as Record<(typeof REQUIRED_ATTRIBUTES)[number], string>;
  if (!parseEventType(a.type)) {
    return `type does not follow the naming rule ${TYPE_PREFIX}.<domein>.<gebeurtenis>.v<N> (lower-case kebab-case, version >= 1)`;
  }
  if (!isUuid(a.id)) return 'id must be a UUID';
  if (!parseSource(a.source)) return 'source must be a URN urn:nld:<organisatie>:systeem:<dienst>';
  const personal = looksLikePersonalData(a.subject);
  if (personal) return `subject must not contain personal data: it contains ${personal}; use the opaque id of the case`;
  if (!isUuid(a.subject)) return 'subject must be the opaque id (UUID) of the case or aggregate';
  if (!TIMESTAMP_WITH_ZONE.test(a.time) || Number.isNaN(Date.parse(a.time))) {
    return 'time must be an RFC 3339 timestamp with a zone (e.g. 2025-03-01T09:30:00.000Z)';
  }
  if (a.datacontenttype !== DATACONTENTTYPE) return `datacontenttype must be '${DATACONTENTTYPE}'`;
  if (a.swv.length > 32 || !SWV_ID_PATTERN.test(a.swv) || looksLikePersonalData(a.swv)) return 'swv must be an SWV id of the register (e.g. PO)';
  if (!CORRELATION_ID.test(a.correlationid)) return 'correlationid must be a token of 1-100 characters [A-Za-z0-9._-]';
  const personalCorrelation = looksLikePersonalData(a.correlationid);
  if (personalCorrelation) return `correlationid must not contain personal data: it contains ${personalCorrelation}`;
  for (const optional of ['dataschema', 'dataref'] as const) {
    const value = env[optional];
    if (value !== undefined && (typeof value !== 'string' || value.length === 0)) return `attribute '${optional}' must be a non-empty string when present`;
  }
  if (typeof env.dataref === 'string' && !/^(?:https:\/\/|urn:)/.test(env.dataref)) return 'dataref must be an https URL or a URN';
  const unknown = Object.keys(env).filter((k) => !KNOWN_ATTRIBUTES.has(k));
  if (unknown.length > 0) {
    // Attribute names are echoed only when they are harmless tokens (a key could hold anything).
    const names = unknown.map((k) => (/^[a-z][a-z0-9]{0,19}$/.test(k) && !looksLikePersonalData(k) ? `'${k}'` : '(unprintable name)'));
    return `unexpected attribute(s) ${names.join(', ')}; allowed extensions: ${EXTENSION_ATTRIBUTES.join(', ')}`;
  }
  if (!('data' in env) || env.data === undefined) return "missing 'data'";
  return undefined;
}
