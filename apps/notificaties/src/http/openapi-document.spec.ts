import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { notificatiesOpenApi } from './openapi-document';

describe('docs/api/notificaties.openapi.json', () => {
  it('is what the code describes (regenerate with npm run notificaties:openapi)', async () => {
    const vastgelegd = JSON.parse(readFileSync(join(__dirname, '../../../../docs/api/notificaties.openapi.json'), 'utf8'));
    expect(JSON.parse(JSON.stringify(await notificatiesOpenApi()))).toEqual(vastgelegd);
  });
});
