import { type EntityManager } from 'typeorm';
import { type IsoDatum, type Swv } from '../domain';
import { type WerkvoorraadFilter } from '../http/schemas';
import { termijnSignaal } from './signaal';
import { stapWeergave } from './volgende-stap-tekst';

export interface WerkvoorraadItem {
  id: string;
  status: string;
  uitvoering: string | null;
  leerling: { weergave: string };
  school: { id: string; naam: string | null };
  soort: string | null;
  ingediendOp: IsoDatum | null;
  volgendeStap: { wie: string; wat: string; actie: string } | null;
  volgendeTermijn: { soort: string; vervaltOp: IsoDatum; dagenResterend: number; signaal: string } | null;
}

interface Rij {
  id: string;
  status: string;
  uitvoering: string | null;
  weergave: string;
  school_id: string;
  school_naam: string | null;
  soort: string | null;
  ingediend_op: string | null;
  volgende_stap_partij: string | null;
  volgende_stap_actie: string | null;
  volgende_termijn_soort: string | null;
  volgende_termijn_op: string | null;
}

/**
 * The werkvoorraad: open cases of one SWV (or, with a status filter, cases in those
 * states), filtered and sorted on the projection columns only, so the partial indexes
 * serve it. `wie=mij` = cases where the actor's role owes the next step.
 */
export async function werkvoorraad(
  m: EntityManager,
  swv: Swv,
  rol: string,
  q: WerkvoorraadFilter,
  vandaag: IsoDatum,
): Promise<{ totaal: number; items: WerkvoorraadItem[] }> {
  const params: unknown[] = [swv];
  const waar = ['a.swv = $1'];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  if (q.status?.length) waar.push(`a.status = ANY(${param(q.status)}::text[])`);
  else waar.push('a.open');
  if (q.schoolId) waar.push(`a.school_id = ${param(q.schoolId)}`);
  if (q.soort) waar.push(`a.soort = ${param(q.soort)}`);
  if (q.wie === 'mij') waar.push(`a.volgende_stap_partij = ${param(rol)}`);
  const filter = waar.join(' AND ');
  const volgorde = q.sorteer === 'ingediend' ? 'a.ingediend_op DESC NULLS LAST, a.id' : 'a.volgende_termijn_op ASC NULLS LAST, a.id';

  const [{ totaal }]: Array<{ totaal: number }> = await m.query(`SELECT count(*)::int AS totaal FROM toeleiding.aanvraag a WHERE ${filter}`, params);
  const rijen: Rij[] = await m.query(
    `SELECT a.id, a.status, a.uitvoering, l.weergave, a.school_id, s.naam AS school_naam, a.soort, a.ingediend_op::text,
            a.volgende_stap_partij, a.volgende_stap_actie, a.volgende_termijn_soort, a.volgende_termijn_op::text
     FROM (SELECT * FROM toeleiding.aanvraag a WHERE ${filter} ORDER BY ${volgorde} LIMIT ${param(q.limit)} OFFSET ${param(q.offset)}) a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     ORDER BY ${volgorde}`,
    params,
  );
  return {
    totaal,
    items: rijen.map((r) => ({
      id: r.id,
      status: r.status,
      uitvoering: r.uitvoering,
      leerling: { weergave: r.weergave },
      school: { id: r.school_id, naam: r.school_naam },
      soort: r.soort,
      ingediendOp: r.ingediend_op,
      volgendeStap: stapWeergave(r.volgende_stap_partij, r.volgende_stap_actie),
      volgendeTermijn:
        r.volgende_termijn_soort && r.volgende_termijn_op
          ? { soort: r.volgende_termijn_soort, vervaltOp: r.volgende_termijn_op, ...termijnSignaal(vandaag, r.volgende_termijn_op) }
          : null,
    })),
  };
}
