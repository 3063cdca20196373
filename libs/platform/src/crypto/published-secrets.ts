import { createHash } from 'node:crypto';

/**
 * SHA-256 of secrets that were once written in the repository (a fallback in a script,
 * a test constant). Anyone can read them, so no app accepts them as a secret. Only the
 * hashes are kept here: the values themselves are not repeated.
 */
const published = new Set([
  // scripts/local-env.ts before issue 10: the fallback INTERNAL_AUTH_SECRET
  'a45600c458af6d354fe5d71f6c01e362819574fc5d547a1926f896748454a8d0',
  // libs/testing/src/local-servers.ts before issue 10: the test secret
  '5c43163ce4f259056134da4a3df5a222eb85333081b10c868844a4fd17fd4263',
]);

export function isPublishedSecret(value: string): boolean {
  return published.has(createHash('sha256').update(value).digest('hex'));
}
