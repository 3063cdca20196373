import { createHmac, timingSafeEqual } from 'node:crypto';
import { SWV_ID_PATTERN } from '@pao/swv';

/**
 * Roles of people and partner systems (issue: gateway). `school`: a person of one school
 * (issue 16); `organisatie` is then the school's id and a service shows only that
 * school's own cases (another school's case is 404, like another SWV's).
 */
export const rollen = ['consulent', 'orthopedagoog', 'teamleider', 'actietafel', 'gemeente', 'beheerder', 'school'] as const;
export type Rol = (typeof rollen)[number];

/** The id of an SWV in the register (@pao/swv), e.g. 'PO'; every request is scoped to exactly one. */
export type SwvCode = string;

/** Who acts: set by the gateway after sign-in, verified by every service. No BSN, ever. */
export interface Actor {
  id: string;
  rol: Rol;
  swv: SwvCode;
  /** The organisation on whose behalf the actor works (SWV, gemeente, school). */
  organisatie: string;
  /** Display name for audit screens; never logged (see redaction). */
  naam?: string;
  /** Work e-mail of a person (deadline digests); staff data, never logged. */
  email?: string;
}

export const ACTOR_HEADER = 'x-pao-actor';
export const ACTOR_SIGNATURE_HEADER = 'x-pao-actor-signature';

function sign(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** Gateway side: the headers that carry the actor to a service. */
export function actorHeaders(actor: Actor, secret: string, now = Date.now()): Record<string, string> {
  const payload = Buffer.from(JSON.stringify({ ...actor, iat: now })).toString('base64url');
  return { [ACTOR_HEADER]: payload, [ACTOR_SIGNATURE_HEADER]: sign(payload, secret) };
}

/**
 * Service side: the actor if the headers are signed with the shared secret and fresh
 * (services accept requests only from the gateway), else undefined.
 */
export function verifyActorHeaders(payload: unknown, signature: unknown, secret: string, now = Date.now(), maxAgeMs = 60_000): Actor | undefined {
  if (typeof payload !== 'string' || typeof signature !== 'string') return undefined;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { iat, ...actor } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Actor & { iat: number };
    if (typeof iat !== 'number' || Math.abs(now - iat) > maxAgeMs) return undefined;
    // Whether the SWV is one this deployment serves is the guard's question (the register).
    if (!rollen.includes(actor.rol) || typeof actor.swv !== 'string' || !SWV_ID_PATTERN.test(actor.swv) || typeof actor.id !== 'string') return undefined;
    return actor;
  } catch {
    return undefined;
  }
}

/** A person of an SWV as the gateway vouches for them in its directory (to assign a case to them). */
export interface MedewerkerKaart {
  id: string;
  naam: string;
  rol: Rol;
  swv: SwvCode;
  /** Work e-mail, when the account has one (deadline digests). */
  email?: string;
}

// Its own purpose in the MAC: a directory card can never pass as actor headers, nor the other way round.
const KAART = 'pao-medewerker-kaart.';

/** Gateway side: a signed card for one account of the directory (`payload.signature`). */
export function medewerkerKaart(m: MedewerkerKaart, secret: string, now = Date.now()): string {
  const payload = Buffer.from(JSON.stringify({ id: m.id, naam: m.naam, rol: m.rol, swv: m.swv, ...(m.email ? { email: m.email } : {}), iat: now })).toString('base64url');
  return `${payload}.${sign(KAART + payload, secret)}`;
}

/** Service side: the person on a card signed by the gateway within `maxAgeMs`, else undefined. */
export function leesMedewerkerKaart(kaart: unknown, secret: string, now = Date.now(), maxAgeMs = 12 * 3_600_000): MedewerkerKaart | undefined {
  if (typeof kaart !== 'string' || kaart.length > 2000) return undefined;
  const [payload, signature] = kaart.split('.');
  if (!payload || !signature) return undefined;
  const expected = Buffer.from(sign(KAART + payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return undefined;
  try {
    const { iat, id, naam, rol, swv, email } = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as MedewerkerKaart & { iat: number };
    if (typeof iat !== 'number' || now - iat > maxAgeMs || iat - now > 60_000) return undefined;
    if (typeof id !== 'string' || typeof naam !== 'string' || !rollen.includes(rol) || typeof swv !== 'string' || !SWV_ID_PATTERN.test(swv)) return undefined;
    return { id, naam, rol, swv, ...(typeof email === 'string' ? { email } : {}) };
  } catch {
    return undefined;
  }
}
