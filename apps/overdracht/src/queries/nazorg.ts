import { begrensdTellen, keysetBron, keysetPagina, keysetSelectie, keysetVolgorde, type Cursor, type KeysetLijst, type KeysetRij, type KeysetSort } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type NazorgRegel as NazorgRegelSchema } from './antwoorden';

/** A row of the nazorg list: the declared answer (./antwoorden). */
export type NazorgRegel = z.output<typeof NazorgRegelSchema>;

/** Placed pupils first (to confirm), then by check date (NULLS LAST), then the id: the order of the nazorg indexes (migration 1765000300000). */
export const NAZORG_SORT: KeysetSort = {
  sleutels: [
    { kolom: "(o.status = 'geplaatst')", richting: 'DESC', type: 'boolean', nullable: false },
    { kolom: 'o.controledatum', richting: 'ASC', type: 'date' },
  ],
  id: 'o.id',
};
export const NAZORG_SORTEER = 'nazorg';

/**
 * The nazorg list of receiving schools: placed pupils whose start is near or passed (to
 * confirm, or report they did not turn up), and pupils who started in the last months
 * (a drop-out then counts as vsv). Check date first. Paged by cursor (`na`/`voor`) or, for
 * older clients, by offset; counted up to 10,000.
 */
export async function nazorgLijst(
  m: EntityManager,
  swv: string,
  vandaag: string,
  f: { ontvangendeSchoolId?: string; limit: number; offset: number; na?: string; voor?: string },
): Promise<KeysetLijst<NazorgRegel>> {
  const waar = `o.swv = $1 AND ($3::uuid IS NULL OR o.ontvangende_school_id = $3)
    AND ((o.status = 'geplaatst' AND o.startdatum <= $2::date + 14)
      OR (o.status = 'gestart' AND o.uitgevallen_op IS NULL AND o.gestart_op >= $2::date - interval '3 months'))`;
  const params = [swv, vandaag, f.ontvangendeSchoolId ?? null];
  const { n, begrensd } = await begrensdTellen(m, 'overdracht.overdracht o', waar, params);
  const lees = (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<NazorgRegel & KeysetRij>> => {
    const p: unknown[] = [...params];
    const bron = keysetBron({ sort: NAZORG_SORT, kolommen: 'o.*', van: 'overdracht.overdracht o', filters: [waar], cursor, kant, limit: f.limit, offset, param: (v) => `$${p.push(v)}` });
    return m.query(
      `SELECT o.id, o.versie, l.weergave AS leerling, o.route, o.status, os.naam AS "ontvangendeSchool", vs.naam AS "verzendendeSchool",
              to_char(o.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(o.controledatum, 'YYYY-MM-DD') AS controledatum,
              to_char(o.gestart_op, 'YYYY-MM-DD') AS "gestartOp", coalesce(o.status = 'geplaatst' AND o.controledatum < $2::date, false) AS "teLaat",
              ${keysetSelectie(NAZORG_SORT, 'o')}
         FROM (${bron}) o
         JOIN overdracht.leerling l ON l.id = o.leerling_id
         JOIN overdracht.school os ON os.id = o.ontvangende_school_id
         JOIN overdracht.school vs ON vs.id = o.verzendende_school_id
        ORDER BY ${keysetVolgorde(NAZORG_SORT, 'o')}`,
      p,
    );
  };
  const leeg = n === 0 || (!f.na && !f.voor && !begrensd && f.offset >= n);
  const { rijen, volgende, vorige } = await keysetPagina({ ...f, sorteer: NAZORG_SORTEER }, lees, leeg);
  return { totaal: n, totaalBegrensd: begrensd, volgende, vorige, items: rijen };
}
