import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Checking a notification the way a gemeente system should (Standard Webhooks):
 *
 * 1. take the raw body exactly as received (before any JSON parsing);
 * 2. refuse a `webhook-timestamp` more than five minutes from now (replays);
 * 3. compute base64(HMAC-SHA256(key, `${webhook-id}.${webhook-timestamp}.${body}`)), the
 *    key being the base64-decoded part of the secret after `whsec_`;
 * 4. accept when it equals one of the `v1,<signature>` entries in `webhook-signature`
 *    (during a rotation there are two), compared in constant time.
 *
 * Deliberately self-contained (no import from the sender), as a partner would write it.
 */
export function handtekeningKlopt(geheimen: readonly string[], headers: { id?: string; timestamp?: string; signature?: string }, body: Buffer, nuSeconden = Math.floor(Date.now() / 1000)): boolean {
  const { id, timestamp, signature } = headers;
  if (!id || !timestamp || !signature) return false;
  const ts = Number(timestamp);
  if (!Number.isInteger(ts) || Math.abs(nuSeconden - ts) > 300) return false;
  const gegeven = signature
    .split(' ')
    .filter((s) => s.startsWith('v1,'))
    .map((s) => Buffer.from(s.slice(3), 'base64'));
  return geheimen.some((geheim) => {
    const sleutel = Buffer.from(geheim.replace(/^whsec_/, ''), 'base64');
    const verwacht = createHmac('sha256', sleutel).update(`${id}.${timestamp}.`).update(body).digest();
    return gegeven.some((g) => g.length === verwacht.length && timingSafeEqual(g, verwacht));
  });
}
