import { type EntityManager } from 'typeorm';
import { z } from 'zod';

/** Who did it and where the request came from: the columns both logs share. */
const LogRegelKop = {
  id: z.string(),
  tijdstip: z.iso.datetime(),
  actorId: z.string(),
  /** Only in a service with the dossier tables (LogFilter.kenmerkTabel). */
  actorNaam: z.string().nullable().optional().describe('Naam van de medewerker, als de dienst die kent'),
  rol: z.string(),
  organisatie: z.string(),
  objectType: z.string(),
  correlationId: z.string().nullable(),
  kenmerk: z.string().nullable().optional().describe('Kenmerk van de zaak waar de regel over gaat'),
};

/** One change in the audit trail (GET /audit). */
export const AuditRegel = z.object({ ...LogRegelKop, actie: z.string(), objectId: z.string(), oud: z.unknown(), nieuw: z.unknown(), reden: z.string().nullable() });
/** One read, search or export in the access log (GET /toegangslog). */
export const ToegangRegel = z.object({ ...LogRegelKop, handeling: z.enum(['raadplegen', 'zoeken', 'exporteren']), objectId: z.string().nullable(), doel: z.string() });
const logPagina = <T extends z.ZodType>(regel: T) => z.object({ totaal: z.number().int(), items: z.array(regel) });
export const AuditPagina = logPagina(AuditRegel);
export const ToegangPagina = logPagina(ToegangRegel);

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
  /** The case table whose kenmerk each entry about a case shows (`aanvraag`); entries also name the person (dossier tables). */
  kenmerkTabel?: string;
}

/** The WHERE clause (always within the SWV) and its parameters. */
function waar(swv: string, f: LogFilter): { sql: string; params: unknown[] } {
  const params: unknown[] = [swv];
  const voorwaarden = ['l.swv = $1'];
  if (f.objectId) {
    params.push(f.objectId);
    voorwaarden.push(`l.object_id = $${params.length}`);
  }
  if (f.van) {
    params.push(f.van);
    voorwaarden.push(`l.tijdstip >= ($${params.length}::date)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  }
  if (f.tot) {
    params.push(f.tot);
    voorwaarden.push(`l.tijdstip < ($${params.length}::date + 1)::timestamp AT TIME ZONE 'Europe/Amsterdam'`);
  }
  return { sql: voorwaarden.join(' AND '), params };
}

const UUID_SQL = `'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'`;

/** The kenmerk of the case an entry is about (never a raw id on screen). */
function kenmerkKolom(schema: string, tabel: string | undefined): string {
  if (!tabel) return '';
  if (!/^[a-z_][a-z0-9_]*$/.test(tabel)) throw new Error(`ongeldige tabelnaam: ${tabel}`);
  return `, CASE WHEN l.object_id ~ ${UUID_SQL} THEN (SELECT z.kenmerk FROM "${schema}"."${tabel}" z WHERE z.id = l.object_id::uuid) END AS kenmerk`;
}

/** A page of entries; `R` is the entry as the columns make it (AuditRegel, ToegangRegel). */
async function pagina<R extends { tijdstip: string }>(m: EntityManager, schema: string, tabel: 'audit_trail' | 'toegangslog', kolommen: string, swv: string, f: LogFilter): Promise<{ totaal: number; items: R[] }> {
  const { sql, params } = waar(swv, f);
  const richting = f.volgorde === 'nieuwste' ? 'DESC' : 'ASC';
  const n = params.length;
  // Names of people only where the service keeps them (the dossier tables: zaakDossierSql).
  const namen = f.kenmerkTabel ? { kolom: `, w.naam AS "actorNaam"`, join: ` LEFT JOIN "${schema}".medewerker w ON w.id = l.actor_id` } : { kolom: '', join: '' };
  // By time (history can be backdated, so ids do not follow it), the id breaking ties; the
  // person's display name from the people the service has met.
  const [items, [{ totaal }]]: [Array<Omit<R, 'tijdstip'> & { tijdstip: Date }>, Array<{ totaal: number }>] = await Promise.all([
    m.query(
      `SELECT ${kolommen}${namen.kolom}${kenmerkKolom(schema, f.kenmerkTabel)} FROM "${schema}".${tabel} l${namen.join}
       WHERE ${sql} ORDER BY l.tijdstip ${richting}, l.id ${richting} LIMIT $${n + 1} OFFSET $${n + 2}`,
      [...params, f.limit, f.offset ?? 0],
    ),
    m.query(`SELECT count(*)::int AS totaal FROM "${schema}".${tabel} l WHERE ${sql}`, params),
  ]);
  return { totaal, items: items.map((i) => ({ ...i, tijdstip: i.tijdstip.toISOString() }) as R) };
}

/** The audit trail (beheerder): who changed what, when, old and new. */
export async function auditTrail(m: EntityManager, schema: string, swv: string, filter: LogFilter): Promise<z.output<typeof AuditPagina>> {
  return pagina<z.output<typeof AuditRegel>>(
    m,
    schema,
    'audit_trail',
    `l.id::text, l.tijdstip, l.actor_id AS "actorId", l.rol, l.organisatie, l.actie, l.object_type AS "objectType", l.object_id AS "objectId",
     l.oud, l.nieuw, l.reden, l.correlation_id AS "correlationId"`,
    swv,
    filter,
  );
}

/** Who looked at what (beheerder). */
export async function toegangslog(m: EntityManager, schema: string, swv: string, filter: LogFilter): Promise<z.output<typeof ToegangPagina>> {
  return pagina<z.output<typeof ToegangRegel>>(
    m,
    schema,
    'toegangslog',
    `l.id::text, l.tijdstip, l.actor_id AS "actorId", l.rol, l.organisatie, l.handeling, l.object_type AS "objectType", l.object_id AS "objectId",
     l.doel, l.correlation_id AS "correlationId"`,
    swv,
    filter,
  );
}
