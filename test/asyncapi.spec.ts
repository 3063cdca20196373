import { Parser, DiagnosticSeverity } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../scripts/services';

// The official parser loads its rule sets on first use.
jest.setTimeout(60_000);

/**
 * Issue 18: the AsyncAPI document of the events (docs/asyncapi.json, generated from
 * libs/contracts and kept current by libs/contracts/src/docs/docs.spec.ts) as a partner's
 * tools read it: the official @asyncapi/parser finds no errors.
 */
describe('docs/asyncapi.json', () => {
  it('parses with @asyncapi/parser with 0 errors', async () => {
    const { document, diagnostics } = await new Parser().parse(readFileSync(join(repoRoot, 'docs/asyncapi.json'), 'utf8'));
    const errors = diagnostics.filter((d) => d.severity === DiagnosticSeverity.Error).map((d) => `${d.path.join('.')}: ${d.message}`);
    expect(errors).toEqual([]);
    expect(document?.channels().length).toBeGreaterThan(30);
  });
});
