import { type EntityManager } from 'typeorm';
import { type z } from 'zod';
import { type IsoDatum, type Swv, type TlvSoort } from '../domain';
import { type GeldigeTlvs } from './antwoorden';

type Antwoord = z.output<typeof GeldigeTlvs>;

/** Which TLVs, valid on which day, and which page (the HTTP layer validates it into this). */
export interface TlvsFilter {
  peildatum: IsoDatum;
  soort?: TlvSoort;
  schoolId?: string;
  limit: number;
  offset: number;
}

/**
 * TLVs valid on a peildatum (bekendgemaakt, started, not ended or expired), with counts
 * per soort. Gemeenten get the counts only (data minimisation, DOMAIN.md §5).
 */
export async function geldigeTlvs(m: EntityManager, swv: Swv, q: TlvsFilter, metItems: boolean): Promise<Antwoord> {
  const params: unknown[] = [swv, q.peildatum];
  const waar = ['a.swv = $1', 'a.tlv_id IS NOT NULL', 'a.tlv_ingang <= $2', 'a.tlv_geldig_tot >= $2'];
  if (q.soort) waar.push(`a.tlv_soort = $${params.push(q.soort)}`);
  if (q.schoolId) waar.push(`(a.school_id = $${params.push(q.schoolId)} OR a.plaatsing_school_id = $${params.length})`);
  const filter = waar.join(' AND ');
  const perSoort: Antwoord['perSoort'] = await m.query(
    `SELECT a.tlv_soort AS soort, count(*)::int AS aantal FROM toeleiding.aanvraag a WHERE ${filter} GROUP BY 1 ORDER BY 1`,
    params,
  );
  const totaal = perSoort.reduce((n, r) => n + r.aantal, 0);
  if (!metItems) return { peildatum: q.peildatum, totaal, perSoort };
  const items: NonNullable<Antwoord['items']> = await m.query(
    `SELECT a.tlv_id AS "tlvId", a.id AS "aanvraagId", a.tlv_soort AS soort, a.tlv_ingang::text AS ingangsdatum,
            a.tlv_einddatum::text AS einddatum, l.weergave AS "leerlingWeergave", a.school_id AS "schoolId", s.naam AS "schoolNaam",
            a.uitvoering, a.plaatsing_school_id AS "plaatsingSchoolId", a.plaatsing_datum::text AS "plaatsingDatum"
     FROM toeleiding.aanvraag a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     WHERE ${filter} ORDER BY a.tlv_einddatum NULLS LAST, a.id LIMIT $${params.push(q.limit)} OFFSET $${params.push(q.offset)}`,
    params,
  );
  return { peildatum: q.peildatum, totaal, perSoort, items };
}
