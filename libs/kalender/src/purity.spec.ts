import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// @pao/kalender is imported by domain code: it may use nothing but itself, the time-zone library and zod (to check rule configuration).
const ALLOWED = ['@date-fns/tz', 'zod'];

describe('@pao/kalender stays pure', () => {
  it('imports no framework, no infrastructure and no other library of this repository', () => {
    const sources = readdirSync(__dirname).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'));
    expect(sources.length).toBeGreaterThan(5);
    const foreign: string[] = [];
    for (const f of sources) {
      const text = readFileSync(join(__dirname, f), 'utf8');
      for (const [, spec] of text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
        if (!spec.startsWith('./') && !ALLOWED.includes(spec)) foreign.push(`${f}: ${spec}`);
      }
    }
    expect(foreign).toEqual([]);
  });
});
