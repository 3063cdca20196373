import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocumentOf } from './openapi-documents';
import { repoRoot } from './services';

/**
 * The web app's API types, generated from the OpenAPI documents of the apps it calls
 * (`npm run api:types`; with --check it only compares, which test/api-types.e2e-spec.ts
 * does). Never edit the generated files; change the server's schemas and regenerate.
 */
export const WEB_API_DOCUMENTS = ['gateway', 'toeleiding', 'thuiszitters', 'oja', 'overdracht', 'notificaties'] as const;
export const API_TYPES_COMMAND = 'npm run api:types';
export const generatedPath = (name: string) => join('apps/web/src/api/generated', `${name}.ts`);

export async function apiTypes(name: string): Promise<string> {
  const document = await openApiDocumentOf(name);
  const ast = await openapiTS(document as never, { alphabetize: true, exportType: true });
  return `// Generated from the ${name} OpenAPI document by scripts/api-types.ts (${API_TYPES_COMMAND}). Do not edit.\n\n${astToString(ast)}`;
}

async function main(check: boolean): Promise<void> {
  for (const name of WEB_API_DOCUMENTS) {
    const file = join(repoRoot, generatedPath(name));
    const types = await apiTypes(name);
    if (check) {
      let committed = '';
      try {
        committed = readFileSync(file, 'utf8');
      } catch {
        // missing: stale
      }
      if (committed !== types) {
        process.stderr.write(`${generatedPath(name)} is out of date with the ${name} OpenAPI document: run \`${API_TYPES_COMMAND}\` and commit the result.\n`);
        process.exitCode = 1;
      }
      continue;
    }
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, types);
    process.stdout.write(`${generatedPath(name)}\n`);
  }
}

if (require.main === module) {
  main(process.argv.includes('--check')).then(
    () => process.exit(process.exitCode ?? 0),
    (e: unknown) => {
      process.stderr.write(`api types: ${e instanceof Error ? e.stack : String(e)}\n`);
      process.exit(1);
    },
  );
}
