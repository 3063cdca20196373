import { medewerkerTabelSql } from '../medewerker/medewerkers';
import { kenmerkTellerSql } from './kenmerk';

/**
 * The case table every case service keeps per aggregate: the state as jsonb with its
 * format version, the version for optimistic concurrency, the human kenmerk, the
 * behandelaar (the person who owns the case), and the projection columns the service's
 * queries filter and sort on (its own DDL, e.g. `status text NOT NULL`). Also the
 * schema's kenmerk counter and the people it has met (once per schema).
 */
export function zaakTabelSql(schema: string, tabel: string, projectieKolommen: readonly string[]): string[] {
  const extra = projectieKolommen.map((k) => `,\n      ${k}`).join('');
  return [
    `CREATE TABLE "${schema}"."${tabel}" (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      versie integer NOT NULL,
      formaat integer NOT NULL,
      state jsonb NOT NULL,
      kenmerk text NOT NULL UNIQUE,
      behandelaar_id text,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()${extra}
    )`,
    `CREATE INDEX "${tabel}_behandelaar" ON "${schema}"."${tabel}" (swv, behandelaar_id)`,
    ...kenmerkTellerSql(schema),
    ...medewerkerTabelSql(schema),
  ];
}
