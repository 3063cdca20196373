import { DataSource, type EntityManager } from 'typeorm';
import { ConfigError, loadConfig, rekeyInBatches, type RekeyProgress, keyringSetting } from '@pao/platform';
import { z } from 'zod';
import { Documenten, LeerlingRegister, LeerlingSleutels } from '@pao/zaak';
import { localEnv } from './local-env';
import { localSecrets, secretNames } from './local-secrets';

/** Tables that keep pupil numbers (encrypted, found by keyed hash): add a service's own here. */
export const pupilNumberTables = ['toeleiding.leerling'] as const;
/** Schemas with the kit's encrypted documents (documentTabelSql): add a service's own here. */
export const documentSchemas = ['toeleiding'] as const;

/**
 * Documents (contents and file names) move to the current key the same way: one document
 * (all its versions) per row of a batch, in order of id. Safe to stop and run again.
 */
export async function rekeyDocuments(dataSource: DataSource, sleutels: LeerlingSleutels, schema: string, options: { batchSize?: number; onBatch?: (p: Readonly<RekeyProgress>) => void } = {}): Promise<RekeyProgress> {
  const documenten = new Documenten(schema, sleutels);
  return rekeyInBatches<{ id: string }>({
    dataSource,
    batchSize: options.batchSize,
    onBatch: options.onBatch,
    selectBatch: (m, afterId, limit) =>
      m.query(`SELECT id::text FROM "${schema}".document WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2 FOR UPDATE`, [afterId, limit]),
    rekeyRow: (m: EntityManager, row) => documenten.herversleutel(m, row.id),
  });
}

interface PupilRow {
  id: string;
  swv: string;
  soort: string;
  nummer_hash: string;
  nummer_versleuteld: string;
}

/**
 * Key rotation for pupil numbers: every row not yet on the current keys is decrypted,
 * re-encrypted and re-hashed with them, in batches (one transaction each, rows locked
 * only for their batch). Safe to stop and run again. A row whose new hash already
 * belongs to another row of the SWV (the same pupil twice) is left as it is and reported.
 */
export async function rekeyPupilNumbers(dataSource: DataSource, sleutels: LeerlingSleutels, table: string, options: { batchSize?: number; onBatch?: (p: Readonly<RekeyProgress>) => void } = {}): Promise<RekeyProgress> {
  return rekeyInBatches<PupilRow>({
    dataSource,
    batchSize: options.batchSize,
    onBatch: options.onBatch,
    selectBatch: (m, afterId, limit) =>
      m.query(
        `SELECT id::text, swv, soort, nummer_hash, nummer_versleuteld FROM ${table} WHERE ($1::uuid IS NULL OR id > $1::uuid) ORDER BY id LIMIT $2 FOR UPDATE`,
        [afterId, limit],
      ),
    rekeyRow: async (m: EntityManager, row) => {
      if (sleutels.actueel(row.nummer_hash, row.nummer_versleuteld)) return 'current';
      const nummer = sleutels.ontsleutel(row.nummer_versleuteld);
      // The stored hash must be this number's under some key, or the row is not what it claims.
      if (!sleutels.hashes(row.soort, nummer).includes(row.nummer_hash)) return 'conflict';
      const hash = sleutels.hash(row.soort, nummer);
      const [, changed] = (await m.query(
        `UPDATE ${table} SET nummer_hash = $2, nummer_versleuteld = $3
          WHERE id = $1 AND NOT EXISTS (SELECT 1 FROM ${table} o WHERE o.swv = $4 AND o.nummer_hash = $2 AND o.id <> $1)`,
        [row.id, hash, sleutels.versleutel(nummer), row.swv],
      )) as [unknown, number];
      if (changed !== 1) return 'conflict';
      // Name and birth date (encrypted) and their search terms (keyed hashes) move to the same keys.
      await new LeerlingRegister(table.split('.')[0], sleutels).herindexeer(m, row.id);
      return 'rekeyed';
    },
  });
}

const settingsSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  PUPIL_NUMBER_ENCRYPTION_KEYS: keyringSetting(),
  PUPIL_NUMBER_HASH_KEYS: keyringSetting(),
  REKEY_BATCH_SIZE: z.coerce.number().int().positive().default(500),
});

/** `npm run keys:rekey`: the settings from the environment, or the local run's (.state/secrets.env). */
async function main(): Promise<void> {
  const fromEnvironment = secretNames.filter((n) => n.startsWith('PUPIL_')).every((n) => process.env[n]);
  const settings = loadConfig(settingsSchema, { DATABASE_URL: localEnv.DATABASE_URL, ...(fromEnvironment ? {} : localSecrets()), ...process.env });
  const sleutels = new LeerlingSleutels({ versleuteling: settings.PUPIL_NUMBER_ENCRYPTION_KEYS, hash: settings.PUPIL_NUMBER_HASH_KEYS }, 'toeleiding');
  const dataSource = new DataSource({ type: 'postgres', url: settings.DATABASE_URL });
  await dataSource.initialize();
  let conflicts = 0;
  try {
    for (const table of pupilNumberTables) {
      const result = await rekeyPupilNumbers(dataSource, sleutels, table, {
        batchSize: settings.REKEY_BATCH_SIZE,
        onBatch: (p) => console.log(`[rekey] ${table}: ${p.seen} rows seen, ${p.rekeyed} re-keyed`),
      });
      console.log(`[rekey] ${table}: ${result.rekeyed} re-keyed, ${result.current} already current, ${result.conflicts.length} conflicts${result.conflicts.length ? ` (ids: ${result.conflicts.join(', ')})` : ''}`);
      conflicts += result.conflicts.length;
    }
    for (const schema of documentSchemas) {
      // A document may be megabytes: a few per transaction.
      const result = await rekeyDocuments(dataSource, sleutels, schema, { batchSize: Math.min(settings.REKEY_BATCH_SIZE, 20) });
      console.log(`[rekey] ${schema}.document: ${result.rekeyed} re-keyed, ${result.current} already current`);
    }
  } finally {
    await dataSource.destroy();
  }
  if (conflicts > 0) process.exitCode = 2;
}

if (require.main === module) {
  main().catch((e) => {
    console.error('[rekey] failed:', e instanceof ConfigError ? e.message : e instanceof Error ? e.message : e);
    process.exit(1);
  });
}
