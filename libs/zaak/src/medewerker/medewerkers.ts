import { type Actor } from '@pao/platform';
import { type EntityManager } from 'typeorm';

/**
 * The people of the SWV as this service has met them: id, display name and role, as the
 * gateway signed them. The timeline, the logboek and the behandelaar of a case name a
 * person from here; the audit rows keep only the id. Staff names, never pupil data.
 */
export function medewerkerTabelSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS "${schema}".medewerker (
      id text PRIMARY KEY,
      swv text NOT NULL,
      rol text NOT NULL,
      naam text NOT NULL,
      email text,
      bijgewerkt_op timestamptz NOT NULL DEFAULT now()
    )`,
  ];
}

export interface Medewerker {
  readonly id: string;
  readonly naam: string;
  readonly rol: string;
  /** Work e-mail as the gateway signed it (deadline digests); staff data, never logged. */
  readonly email?: string;
}

/** Records (or refreshes) the acting person; people without a display name (systems, the deadline engine) are skipped. */
export async function registreerMedewerker(m: EntityManager, schema: string, actor: Pick<Actor, 'id' | 'swv' | 'rol' | 'naam' | 'email'>): Promise<void> {
  if (!actor.naam) return;
  // An e-mail once known stays until the gateway signs another.
  await m.query(
    `INSERT INTO "${schema}".medewerker AS w (id, swv, rol, naam, email) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (id) DO UPDATE SET swv = EXCLUDED.swv, rol = EXCLUDED.rol, naam = EXCLUDED.naam, email = coalesce(EXCLUDED.email, w.email), bijgewerkt_op = now()
     WHERE (w.swv, w.rol, w.naam, w.email) IS DISTINCT FROM (EXCLUDED.swv, EXCLUDED.rol, EXCLUDED.naam, coalesce(EXCLUDED.email, w.email))`,
    [actor.id, actor.swv, actor.rol, actor.naam, actor.email ?? null],
  );
}

/** Display names by id, within the SWV. */
export async function medewerkersVan(m: EntityManager, schema: string, swv: string, ids: readonly string[]): Promise<Map<string, Medewerker>> {
  const uniek = [...new Set(ids.filter(Boolean))];
  if (uniek.length === 0) return new Map();
  const rijen: Medewerker[] = await m.query(`SELECT id, naam, rol FROM "${schema}".medewerker WHERE swv = $1 AND id = ANY($2::text[])`, [swv, uniek]);
  return new Map(rijen.map((r) => [r.id, r]));
}
