import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { repoRoot } from '../scripts/services';

/**
 * The architecture rules of .dependency-cruiser.js (run by `npm run lint:boundaries` in
 * `npm test`) bite: a tiny repository with, per rule, allowed imports and forbidden ones,
 * cruised once with the real configuration. Each rule must report exactly its forbidden
 * imports, and no rule may report an allowed one.
 */
jest.setTimeout(120_000);

type Files = Record<string, string>;
interface Violation { rule: { name: string }; from: string; to: string }

/** Per rule: the fixture files (each app or library its own, so rules do not mix) and what it must report. */
const FIXTURES: Record<string, { files: Files; expected: string[] }> = {
  'app-imports-other-app': {
    files: {
      'apps/a/src/main.ts': "import { b } from '../../b/src/b';\nimport { eigen } from './eigen';\nimport { platform } from '@pao/platform';\nexport const x = [b, eigen, platform];\n",
      'apps/a/src/eigen.ts': 'export const eigen = 1;\n',
      'apps/b/src/b.ts': 'export const b = 1;\n',
      // Tests of an app that cross apps belong in test/, but are not the app's runtime code.
      'apps/a/test/a.e2e-spec.ts': "import { b } from '../../b/src/b';\nexport const x = b;\n",
    },
    expected: ['apps/a/src/main.ts → apps/b/src/b.ts'],
  },
  'domain-imports-framework': {
    files: {
      // A type-only import counts too; zod is a library, not a framework.
      'apps/c/src/domain/regel.ts': "import type { EntityManager } from 'typeorm';\nimport { Injectable } from '@nestjs/common';\nimport { z } from 'zod';\nexport type M = EntityManager;\nexport const x = [Injectable, z];\n",
      'libs/zaak/src/domein/besluit.ts': "import { Queue } from 'bullmq';\nexport const q = Queue;\n",
      'apps/c/src/persistence/opslag.ts': "import { Injectable } from '@nestjs/common';\nimport { regel } from '../domain/ander';\nexport const x = [Injectable, regel];\n",
      'apps/c/src/domain/ander.ts': 'export const regel = 1;\n',
    },
    expected: [
      'apps/c/src/domain/regel.ts → node_modules/@nestjs/common/index.js',
      'apps/c/src/domain/regel.ts → node_modules/typeorm/index.js',
      'libs/zaak/src/domein/besluit.ts → node_modules/bullmq/dist/cjs/index.js',
    ],
  },
  'domain-imports-infrastructure': {
    files: {
      'apps/d/src/domain/regel.ts': "import { platform } from '@pao/platform';\nimport { kalender } from '@pao/kalender';\nimport { readFileSync } from 'node:fs';\nimport { inspect } from 'node:util';\nexport const x = [platform, kalender, readFileSync, inspect];\n",
    },
    expected: ['apps/d/src/domain/regel.ts → fs', 'apps/d/src/domain/regel.ts → libs/platform/src/index.ts'],
  },
  'app-domain-imports-rest-of-app': {
    files: {
      'apps/e/src/domain/regel.ts': "import { opslag } from '../persistence/opslag';\nimport { ander } from './tlv/ander';\nexport const x = [opslag, ander];\n",
      'apps/e/src/domain/tlv/ander.ts': "import { fout } from '../fouten';\nexport const ander = fout;\n",
      'apps/e/src/domain/fouten.ts': 'export const fout = 1;\n',
      'apps/e/src/persistence/opslag.ts': "import { fout } from '../domain/fouten';\nexport const opslag = fout;\n",
    },
    expected: ['apps/e/src/domain/regel.ts → apps/e/src/persistence/opslag.ts'],
  },
  'lib-domain-imports-rest-of-lib': {
    files: {
      'libs/deadlines/src/calendar/termijn.ts': "import { planner } from '../scheduler/planner';\nimport { dag } from './dag';\nexport const t = [planner, dag];\n",
      'libs/deadlines/src/calendar/dag.ts': 'export const dag = 1;\n',
      'libs/deadlines/src/scheduler/planner.ts': "import { dag } from '../calendar/dag';\nexport const planner = dag;\n",
    },
    expected: ['libs/deadlines/src/calendar/termijn.ts → libs/deadlines/src/scheduler/planner.ts'],
  },
  'query-imports-http': {
    files: {
      'apps/f/src/queries/werkvoorraad.ts': "import { Filter } from '../http/schemas';\nimport { regel } from '../domain/regel';\nexport const x = [Filter, regel];\n",
      'apps/f/src/http/schemas.ts': "import { x } from '../queries/werkvoorraad';\nexport const Filter = 1;\nexport const y = x;\n",
      'apps/f/src/domain/regel.ts': 'export const regel = 1;\n',
    },
    expected: ['apps/f/src/queries/werkvoorraad.ts → apps/f/src/http/schemas.ts'],
  },
  'lib-imports-app': {
    files: {
      'libs/zaak/src/index.ts': "import { g } from '../../../apps/g/src/g';\nimport { platform } from '@pao/platform';\nexport const x = [g, platform];\n",
      'apps/g/src/g.ts': "import { zaak } from '@pao/zaak';\nexport const g = 1;\nexport const y = zaak;\n",
    },
    expected: ['libs/zaak/src/index.ts → apps/g/src/g.ts'],
  },
  'test-imports-lib-internals': {
    files: {
      'test/e2e.e2e-spec.ts': "import { platform } from '@pao/platform';\nimport { intern } from '../libs/platform/src/intern';\nexport const x = [platform, intern];\n",
      'apps/h/test/h.e2e-spec.ts': "import { h } from '../src/h';\nimport { platform } from '../../../libs/platform/src';\nexport const x = [h, platform];\n",
      'apps/h/src/h.ts': 'export const h = 1;\n',
      'libs/platform/src/intern.ts': 'export const intern = 1;\n',
      'libs/platform/src/intern.spec.ts': "import { intern } from './intern';\nexport const x = intern;\n",
    },
    expected: ['test/e2e.e2e-spec.ts → libs/platform/src/intern.ts'],
  },
};

/** The fixture as one tree under .state/ (so npm packages resolve as here), cruised with the real configuration. */
function cruise(): Violation[] {
  mkdirSync(join(repoRoot, '.state'), { recursive: true });
  const root = mkdtempSync(join(repoRoot, '.state', 'boundaries-'));
  try {
    const files: Files = {
      'tsconfig.json': JSON.stringify({ compilerOptions: { baseUrl: '.', module: 'commonjs', paths: { '@pao/*': ['libs/*/src'] } } }),
      'libs/platform/src/index.ts': 'export const platform = 1;\n',
      'libs/kalender/src/index.ts': 'export const kalender = 1;\n',
      ...Object.assign({}, ...Object.values(FIXTURES).map((f) => f.files)),
    };
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), content);
    }
    let out: string;
    try {
      out = execFileSync(join(repoRoot, 'node_modules', '.bin', 'depcruise'), ['apps', 'libs', 'test', '--config', join(repoRoot, '.dependency-cruiser.js'), '--output-type', 'json'], {
        cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024,
      });
    } catch (e) {
      // depcruise exits non-zero when it finds errors; the report is on stdout all the same.
      out = (e as { stdout?: string }).stdout ?? '';
      if (!out) throw e;
    }
    // Packages resolve to the repository's node_modules, above the fixture: name them from there.
    const violations = (JSON.parse(out) as { summary: { violations: Violation[] } }).summary.violations;
    return violations.map((v) => ({ ...v, to: v.to.replace(/^(\.\.\/)+node_modules\//, 'node_modules/') }));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

describe('architecture boundaries (dependency-cruiser)', () => {
  let violations: Violation[];
  beforeAll(() => {
    violations = cruise();
  });

  it.each(Object.entries(FIXTURES))('%s reports exactly the forbidden imports of its fixture', (rule, fixture) => {
    const found = violations.filter((v) => v.rule.name === rule).map((v) => `${v.from} → ${v.to}`);
    expect(found.sort()).toEqual([...fixture.expected].sort());
  });

  it('reports no other import: the allowed ones pass every rule', () => {
    const expected = Object.entries(FIXTURES).flatMap(([rule, f]) => f.expected.map((e) => `${rule}: ${e}`));
    expect(violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`).sort()).toEqual(expected.sort());
  });
});
