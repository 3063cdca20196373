import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/services';

/**
 * `npm ci` (the install step of `npm start` and `npm test`) installs exactly
 * package-lock.json and refuses one out of step with package.json. These checks catch
 * the two ways that happened, without the network: a dependency changed in package.json
 * but not locked, and a lockfile written on one platform that leaves out the optional
 * packages of the others (npm ci then fails with "Missing: @swc/core-darwin-arm64 …").
 */
interface LockedPackage {
  readonly version?: string;
  readonly link?: boolean;
  readonly dependencies?: Record<string, string>;
  readonly devDependencies?: Record<string, string>;
  readonly optionalDependencies?: Record<string, string>;
  readonly peerDependencies?: Record<string, string>;
  readonly peerDependenciesMeta?: Record<string, { optional?: boolean }>;
}
interface Lockfile {
  readonly lockfileVersion: number;
  readonly packages: Record<string, LockedPackage>;
}

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as LockedPackage;
const lock = JSON.parse(readFileSync(join(repoRoot, 'package-lock.json'), 'utf8')) as Lockfile;

/** Where node would find `name` from the package at `from` (its own node_modules, then each parent's). */
function resolves(from: string, name: string): boolean {
  let base = from;
  for (;;) {
    if (lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`]) return true;
    if (!base) return false;
    const at = base.lastIndexOf('node_modules/');
    base = at <= 0 ? '' : base.slice(0, at - 1);
  }
}

function unresolved(): string[] {
  const missing: string[] = [];
  for (const [path, pkg] of Object.entries(lock.packages)) {
    if (pkg.link) continue;
    const wanted = {
      ...pkg.dependencies,
      ...pkg.optionalDependencies,
      ...(path === '' ? pkg.devDependencies : {}),
      ...Object.fromEntries(Object.entries(pkg.peerDependencies ?? {}).filter(([name]) => !pkg.peerDependenciesMeta?.[name]?.optional)),
    };
    for (const name of Object.keys(wanted)) if (!resolves(path, name)) missing.push(`${path || '(root)'} → ${name}`);
  }
  return missing;
}

describe('package-lock.json', () => {
  it('is a version 3 lockfile', () => {
    expect(lock.lockfileVersion).toBe(3);
  });

  it('locks exactly the dependencies package.json asks for', () => {
    const root = lock.packages[''];
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies'] as const) {
      expect({ key, locked: root[key] ?? {} }).toEqual({ key, locked: manifest[key] ?? {} });
    }
  });

  it('holds every package a locked package needs, the optional ones of every platform too', () => {
    expect(unresolved()).toEqual([]);
  });
});
