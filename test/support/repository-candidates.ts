import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');

/**
 * Every string in the repository that could pass for a secret: quoted strings without
 * spaces, values of settings whose name says secret/key/password/token, long
 * token-like runs (base64, hex), and the secret part of `id:secret`. Read from the
 * working tree (tracked and new files, not ignored ones) when the test runs, so a secret
 * added tomorrow is tried tomorrow. The lock file's integrity hashes are left out.
 */
export function repositorySecretCandidates(): string[] {
  const files = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const found = new Set<string>();
  const add = (value: string) => {
    if (value.length < 8 || value.length > 300) return;
    found.add(value);
    const colon = value.indexOf(':');
    if (colon > 0 && value.length - colon > 8) found.add(value.slice(colon + 1));
  };
  for (const file of files) {
    if (/(^|\/)package-lock\.json$|\.(png|jpe?g|gif|ico|woff2?|ttf|pdf)$/i.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(join(root, file), 'utf8');
    } catch {
      continue; // deleted in the working tree
    }
    if (text.includes('\0')) continue;
    for (const m of text.matchAll(/(['"`])([^'"`\s]{8,300})\1/g)) add(m[2]);
    for (const m of text.matchAll(/\b[A-Z][A-Z0-9_]*(?:SECRET|KEYS?|PASSWORD|PASS|TOKEN|SLEUTEL)[A-Z0-9_]*["']?\s*[:=]\s*['"]?([^'"\s,}]+)/g)) add(m[1]);
    for (const m of text.matchAll(/[A-Za-z0-9+/_=.:-]{24,}/g)) add(m[0]);
  }
  return [...found];
}
