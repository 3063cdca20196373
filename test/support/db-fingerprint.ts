import type { DataSource } from 'typeorm';

/** Columns that change on every authenticated request by design (a session's idle timer). */
const SLIDING = new Set(['gateway.sessie.laatst_gebruikt_op']);

export interface Fingerprint {
  /** Per table: row count and a checksum of every row. */
  tables: Record<string, { rows: number; checksum: string }>;
  /** Checksum of the structure: every column, type, default and constraint. */
  structure: string;
}

/**
 * Row counts and checksums of every table in every schema of the apps (all schemas but
 * PostgreSQL's own), and of their structure: what "nothing changed" is compared by.
 */
export async function fingerprint(db: DataSource): Promise<Fingerprint> {
  const columns: Array<{ schema: string; tbl: string; col: string }> = await db.query(
    `SELECT c.table_schema AS schema, c.table_name AS tbl, c.column_name AS col
       FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
      WHERE t.table_type = 'BASE TABLE' AND c.table_schema NOT IN ('pg_catalog', 'information_schema') AND c.table_schema NOT LIKE 'pg_%'
      ORDER BY 1, 2, c.ordinal_position`,
  );
  const byTable = new Map<string, string[]>();
  for (const { schema, tbl, col } of columns) {
    const name = `${schema}.${tbl}`;
    if (!byTable.has(name)) byTable.set(name, []);
    if (!SLIDING.has(`${name}.${col}`)) byTable.get(name)!.push(`"${col}"`);
  }
  const tables: Fingerprint['tables'] = {};
  for (const [name, cols] of byTable) {
    const [schema, tbl] = name.split('.');
    const [row] = await db.query(
      `SELECT count(*)::int AS rows, md5(coalesce(string_agg(r, '|' ORDER BY r), '')) AS checksum
         FROM (SELECT md5(row(${cols.join(', ')})::text) AS r FROM "${schema}"."${tbl}") x`,
    );
    tables[name] = { rows: row.rows, checksum: row.checksum };
  }
  const [structure] = await db.query(
    `SELECT md5(string_agg(x, '|' ORDER BY x)) AS s FROM (
       SELECT concat_ws(':', table_schema, table_name, column_name, data_type, is_nullable, column_default) AS x FROM information_schema.columns WHERE table_schema NOT IN ('pg_catalog', 'information_schema')
       UNION ALL SELECT concat_ws(':', n.nspname, conname, pg_get_constraintdef(c.oid)) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname NOT IN ('pg_catalog', 'information_schema')
       UNION ALL SELECT concat_ws(':', schemaname, indexname, indexdef) FROM pg_indexes WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
     ) d`,
  );
  return { tables, structure: structure.s };
}

/** Tables whose count or checksum differ, and whether the structure differs. */
export function differences(a: Fingerprint, b: Fingerprint): string[] {
  const names = new Set([...Object.keys(a.tables), ...Object.keys(b.tables)]);
  const out = [...names].filter((n) => JSON.stringify(a.tables[n]) !== JSON.stringify(b.tables[n])).map((n) => `${n}: ${JSON.stringify(a.tables[n])} → ${JSON.stringify(b.tables[n])}`);
  if (a.structure !== b.structure) out.push('structure (tables, columns, constraints, indexes)');
  return out;
}
