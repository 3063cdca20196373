import { type Pagina } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type NazorgRegel as NazorgRegelSchema } from './antwoorden';

/** A row of the nazorg list: the declared answer (./antwoorden). */
export type NazorgRegel = z.output<typeof NazorgRegelSchema>;

/**
 * The nazorg list of receiving schools: placed pupils whose start is near or passed (to
 * confirm, or report they did not turn up), and pupils who started in the last months
 * (a drop-out then counts as vsv). Check date first.
 */
export async function nazorgLijst(m: EntityManager, swv: string, vandaag: string, f: { ontvangendeSchoolId?: string; limit: number; offset: number }): Promise<Pagina<NazorgRegel>> {
  const waar = `o.swv = $1 AND ($3::uuid IS NULL OR o.ontvangende_school_id = $3)
    AND ((o.status = 'geplaatst' AND o.startdatum <= $2::date + 14)
      OR (o.status = 'gestart' AND o.uitgevallen_op IS NULL AND o.gestart_op >= $2::date - interval '3 months'))`;
  const params = [swv, vandaag, f.ontvangendeSchoolId ?? null];
  const items: NazorgRegel[] = await m.query(
    `SELECT o.id, o.versie, l.weergave AS leerling, o.route, o.status, os.naam AS "ontvangendeSchool", vs.naam AS "verzendendeSchool",
            to_char(o.startdatum, 'YYYY-MM-DD') AS startdatum, to_char(o.controledatum, 'YYYY-MM-DD') AS controledatum,
            to_char(o.gestart_op, 'YYYY-MM-DD') AS "gestartOp", coalesce(o.status = 'geplaatst' AND o.controledatum < $2::date, false) AS "teLaat"
       FROM overdracht.overdracht o
       JOIN overdracht.leerling l ON l.id = o.leerling_id
       JOIN overdracht.school os ON os.id = o.ontvangende_school_id
       JOIN overdracht.school vs ON vs.id = o.verzendende_school_id
      WHERE ${waar}
      ORDER BY (o.status = 'geplaatst') DESC, o.controledatum NULLS LAST, o.id
      LIMIT $4 OFFSET $5`,
    [...params, f.limit, f.offset],
  );
  const telling: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM overdracht.overdracht o WHERE ${waar}`, params);
  return { totaal: telling[0].n, items };
}
