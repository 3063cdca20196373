import { type EntityManager } from 'typeorm';

/** Which log entries: one object or the whole SWV, optionally a period of calendar days (Europe/Amsterdam), a page. */
export interface LogFilter {
  objectId?: string;
  /** First day, YYYY-MM-DD, inclusive. */
  van?: string;
  /** Last day, YYYY-MM-DD, inclusive. */
  tot?: string;
  limit: number;
  offset?: number;
  /** `oudste` (default) first or `nieuwste` first. */
  volgorde?: 'oudste' | 'nieuwste';
}

/** The WHERE clause (always within the SWV) and its parameters. */
function waar(swv: string, f: LogFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [swv];
  const voorwaarden = ['swv = $1'];
  if (f.objectId) {
    params.push(f.objectId);
    voorwaarden.push(`object_id = $${params.length}`);
  }
  if (f.van) {
    params.push(f.van);
    voorwaarden.push(`tijdstip >= ($${params.length}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  }
  if (f.tot) {
    params.push(f.tot);
    voorwaarden.push(`tijdstip < ($${params.length}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  }
  return { sql: voorwaarden.join(' AND '), params };
}

async function pagina(m: EntityManager, schema: string, tabel: 'audit_trail' | 'toegangslog', kolommen: string, swv: string, f: LogFilter) {
  const { sql, params } = waar(swv, f);
  const richting = f.volgorde === 'nieuwste' ? 'DESC' : 'ASC';
  const n = params.length;
  const [items, [{ totaal }]]: [Array<Record<string, unknown> & { tijdstip: Date }>, Array<{ totaal: number }>] = await Promise.all([
    m.query(`SELECT ${kolommen} FROM "${schema}".${tabel} WHERE ${sql} ORDER BY id ${richting} LIMIT $${n + 1} OFFSET $${n + 2}`, [...params, f.limit, f.offset ?? 0]),
    m.query(`SELECT count(*)::int AS totaal FROM "${schema}".${tabel} WHERE ${sql}`, params),
  ]);
  return { totaal, items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() })) };
}

/** The audit trail (beheerder): who changed what, when, old and new. */
export function auditTrail(m: EntityManager, schema: string, swv: string, filter: LogFilter) {
  return pagina(
    m,
    schema,
    'audit_trail',
    `id::text, tijdstip, actor_id AS "actorId", rol, organisatie, actie, object_type AS "objectType", object_id AS "objectId",
     oud, nieuw, reden, correlation_id AS "correlationId"`,
    swv,
    filter,
  );
}

/** Who looked at what (beheerder). */
export function toegangslog(m: EntityManager, schema: string, swv: string, filter: LogFilter) {
  return pagina(
    m,
    schema,
    'toegangslog',
    `id::text, tijdstip, actor_id AS "actorId", rol, organisatie, handeling, object_type AS "objectType", object_id AS "objectId",
     doel, correlation_id AS "correlationId"`,
    swv,
    filter,
  );
}
