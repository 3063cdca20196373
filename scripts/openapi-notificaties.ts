import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { notificatiesOpenApi } from '../apps/notificaties/src/http/openapi-document';

/** Writes docs/api/notificaties.openapi.json (`npm run notificaties:openapi`). */
async function main(): Promise<void> {
  const document = await notificatiesOpenApi();
  const doel = join(__dirname, '..', '..', 'docs', 'api', 'notificaties.openapi.json');
  writeFileSync(doel, `${JSON.stringify(document, null, 2)}\n`);
  console.log(`[openapi] ${doel}: ${Object.keys(document.paths).length} paths`);
}

void main().catch((e) => {
  console.error('[openapi] failed:', e);
  process.exit(1);
});
