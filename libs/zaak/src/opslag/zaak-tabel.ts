import { medewerkerTabelSql } from '../medewerker/medewerkers';
import { kenmerkTellerSql } from './kenmerk';

/**
 * The case table every case service keeps per aggregate: the state as jsonb with its
 * format version, the version for optimistic concurrency, and the projection columns the
 * service's queries filter and sort on (its own DDL, e.g. `status text NOT NULL`).
 * Migrations that ran keep calling this: its output never changes; later additions come
 * as functions of their own (zaakDossierSql).
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
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()${extra}
    )`,
  ];
}

/**
 * What a service needs to opt in to the kit's dossier features (a `kenmerkPrefix` in its
 * ZaakDefinitie): the human kenmerk and the behandelaar on the case table, the schema's
 * kenmerk counter and the people it has met. Cases that exist keep a null kenmerk until
 * the service numbers them (toeleiding's Dossier migration shows how); new ones get one.
 */
export function zaakDossierSql(schema: string, tabel: string): string[] {
  return [
    `ALTER TABLE "${schema}"."${tabel}" ADD COLUMN kenmerk text, ADD COLUMN behandelaar_id text`,
    `CREATE UNIQUE INDEX "${tabel}_kenmerk" ON "${schema}"."${tabel}" (kenmerk)`,
    `CREATE INDEX "${tabel}_behandelaar" ON "${schema}"."${tabel}" (swv, behandelaar_id)`,
    ...kenmerkTellerSql(schema),
    ...medewerkerTabelSql(schema),
  ];
}
