import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * The secrets of a local run: random, made once per checkout in the ignored state folder
 * (.state/secrets.env, readable by its owner only) and kept, so sessions and encrypted
 * pupil numbers survive a restart. Nothing here has a default: a value in the
 * environment wins, otherwise the file's; a missing one is generated. Production sets
 * them in its own environment (docs/adr/0006).
 */
const generators: Record<string, () => string> = {
  INTERNAL_AUTH_SECRET: () => random(),
  PUPIL_NUMBER_ENCRYPTION_KEYS: () => `k1:${random()}`,
  PUPIL_NUMBER_HASH_KEYS: () => `k1:${random()}`,
  NOTIFICATIES_SLEUTELS: () => `k1:${random()}`,
};

export const secretNames = Object.keys(generators);
export const localSecretsFile = join(__dirname, '..', '..', '.state', 'secrets.env');

const random = () => randomBytes(32).toString('base64url');

function read(file: string): Record<string, string> {
  if (!existsSync(file)) return {};
  const values: Record<string, string> = {};
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const m = /^([A-Z][A-Z0-9_]*)=(.*)$/.exec(line.trim());
    if (m) values[m[1]] = m[2];
  }
  return values;
}

/** Reads the secrets file, adding any secret it lacks; values in `env` take precedence. */
export function localSecrets(env: Record<string, string | undefined> = process.env, file = localSecretsFile): Record<string, string> {
  const stored = read(file);
  const missing = secretNames.filter((name) => !stored[name]);
  if (missing.length > 0) {
    for (const name of missing) stored[name] = generators[name]();
    mkdirSync(dirname(file), { recursive: true });
    const lines = ['# Generated once per checkout by scripts/local-secrets.ts; never commit. Delete a line to get a new value.', ...Object.entries(stored).map(([k, v]) => `${k}=${v}`)];
    const tmp = `${file}.${process.pid}.tmp`;
    writeFileSync(tmp, `${lines.join('\n')}\n`, { mode: 0o600 });
    renameSync(tmp, file);
    chmodSync(file, 0o600);
  }
  const secrets: Record<string, string> = {};
  for (const name of secretNames) secrets[name] = env[name] || stored[name];
  return secrets;
}

if (require.main === module) {
  localSecrets();
  console.log(`[secrets] ${localSecretsFile} holds ${secretNames.join(', ')}`);
}
