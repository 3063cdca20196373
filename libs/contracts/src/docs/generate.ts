import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { catalogue, type EventCatalogue } from '../catalogue';
import { renderAsyncApi } from './asyncapi';
import { renderEventsMarkdown } from './markdown';

/**
 * Generates the human documentation of the event catalogue:
 *   docs/asyncapi.json (AsyncAPI 3.0) and docs/events.md.
 * Run with `npm run contracts:docs` (builds, then runs dist/libs/contracts/src/docs/generate.js).
 * A unit test fails when the committed files differ from what this produces.
 */

export const REGENERATE_COMMAND = 'npm run contracts:docs';

export interface GeneratedDoc {
  /** Path relative to the repository root. */
  path: string;
  content: string;
}

/** The repository root: the nearest directory upwards with package.json and libs/contracts. */
export function repoRoot(from: string = __dirname): string {
  let dir = from;
  for (;;) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'libs', 'contracts'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`repository root not found above ${from}`);
    dir = parent;
  }
}

export function generatedDocs(source: EventCatalogue = catalogue): GeneratedDoc[] {
  return [
    { path: 'docs/asyncapi.json', content: renderAsyncApi(source) },
    { path: 'docs/events.md', content: renderEventsMarkdown(source) },
  ];
}

/** Writes the files that changed; returns the paths written. */
export function writeDocs(root: string = repoRoot()): string[] {
  const written: string[] = [];
  for (const doc of generatedDocs()) {
    const file = join(root, doc.path);
    const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
    if (current !== doc.content) {
      writeFileSync(file, doc.content);
      written.push(relative(root, file));
    }
  }
  return written;
}

if (require.main === module) {
  const written = writeDocs();
  process.stdout.write(written.length > 0 ? `contracts:docs wrote ${written.join(', ')}\n` : 'contracts:docs: documentation is up to date\n');
}
