/**
 * The case table every case service keeps per aggregate: the state as jsonb with its
 * format version, the version for optimistic concurrency, and the projection columns the
 * service's queries filter and sort on (its own DDL, e.g. `status text NOT NULL`).
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
