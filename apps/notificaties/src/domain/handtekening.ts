import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Signatures as in the Standard Webhooks specification (standardwebhooks.com):
 *
 *   webhook-id:        the CloudEvent id (the same on every retry and replay)
 *   webhook-timestamp: seconds since the epoch of this attempt
 *   webhook-signature: "v1,<base64 HMAC-SHA256 of `${id}.${timestamp}.${body}`>"
 *
 * The key is the base64-decoded part of the secret after `whsec_`. During a rotation the
 * header carries one signature per valid secret, separated by spaces; a receiver accepts
 * the message when any of them matches one of its secrets.
 */
export const GEHEIM_PREFIX = 'whsec_';
const GEHEIM = /^whsec_[A-Za-z0-9+/]{32,}={0,2}$/;

export const WEBHOOK_HEADERS = { id: 'webhook-id', timestamp: 'webhook-timestamp', signature: 'webhook-signature' } as const;

/** A new secret: 32 random bytes. */
export function nieuwGeheim(): string {
  return `${GEHEIM_PREFIX}${randomBytes(32).toString('base64')}`;
}

export function isGeheim(waarde: string): boolean {
  return GEHEIM.test(waarde);
}

function sleutel(geheim: string): Buffer {
  if (!isGeheim(geheim)) throw new Error('signing secret must look like whsec_<base64>');
  return Buffer.from(geheim.slice(GEHEIM_PREFIX.length), 'base64');
}

/** "v1,<base64>" over `${id}.${timestamp}.${body}`. */
export function onderteken(geheim: string, id: string, timestamp: number, body: string | Buffer): string {
  const mac = createHmac('sha256', sleutel(geheim)).update(`${id}.${timestamp}.`).update(body).digest('base64');
  return `v1,${mac}`;
}

/** The `webhook-signature` header value: one signature per valid secret. */
export function handtekeningHeader(geheimen: readonly string[], id: string, timestamp: number, body: string | Buffer): string {
  return geheimen.map((g) => onderteken(g, id, timestamp, body)).join(' ');
}

export type Verificatie = { ok: true } | { ok: false; reden: 'headers-ontbreken' | 'tijdstip-buiten-marge' | 'handtekening-onjuist' };

/**
 * Receiver side (used by the demo subscriber and the partner docs): the message is
 * genuine when the timestamp is within `margeSeconden` of now and one of the signatures
 * in the header matches one of `geheimen`.
 */
export function verifieer(
  geheimen: readonly string[],
  headers: { id?: string; timestamp?: string; signature?: string },
  body: string | Buffer,
  nuSeconden: number,
  margeSeconden = 300,
): Verificatie {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return { ok: false, reden: 'headers-ontbreken' };
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(nuSeconden - ts) > margeSeconden) return { ok: false, reden: 'tijdstip-buiten-marge' };
  const gegeven = signature
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  for (const geheim of geheimen) {
    const verwacht = Buffer.from(onderteken(geheim, id, ts, body).slice(3), 'base64');
    if (gegeven.some((g) => g.length === verwacht.length && timingSafeEqual(g, verwacht))) return { ok: true };
  }
  return { ok: false, reden: 'handtekening-onjuist' };
}
