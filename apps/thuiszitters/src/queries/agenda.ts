import { type EntityManager } from 'typeorm';
import { type IsoDatum } from '@pao/zaak';
import { type CasusSoort, type Niveau } from '../domain';
import { type AgendaAntwoord } from './antwoorden';
import { dagenTussen, Parameters } from './sql';


interface Rij {
  id: string;
  weergave: string | null;
  soort: CasusSoort;
  niveau: Niveau;
  school_id: string | null;
  school_naam: string | null;
  thuis_sinds: string | null;
  actietafel_sinds: string | null;
  volgende_termijn_soort: string | null;
  volgende_termijn_op: string | null;
  open_acties: number;
  aandacht_teamleider: boolean;
  besproken: boolean;
  versie: number;
}

const KOLOMMEN = `c.id, l.weergave, c.soort, c.niveau, c.school_id, s.naam AS school_naam, to_char(c.thuis_sinds, 'YYYY-MM-DD') AS thuis_sinds,
  to_char(c.actietafel_sinds, 'YYYY-MM-DD') AS actietafel_sinds, c.volgende_termijn_soort, to_char(c.volgende_termijn_op, 'YYYY-MM-DD') AS volgende_termijn_op,
  c.open_acties, c.aandacht_teamleider, c.versie`;

/**
 * The Actietafel's agenda: every case of the SWV that sits at the table (Actietafel,
 * doorzettingskracht, doorzettingsmacht) and still looks for an aanbod, longest at home
 * first. For a meeting, also the cases it discussed that have left the table since.
 */
export async function agenda(m: EntityManager, swv: string, vandaag: IsoDatum, opties: { vergaderingId?: string; limit: number; offset: number }): Promise<AgendaAntwoord> {
  const p = new Parameters();
  const s = p.add(swv);
  const vergadering = opties.vergaderingId ? p.add(opties.vergaderingId) : undefined;
  const besproken = vergadering ? `c.besproken_in @> ARRAY[${vergadering}]::uuid[]` : 'false';
  const filter = vergadering ? `c.swv = ${s} AND (c.aan_tafel OR c.besproken_in @> ARRAY[${vergadering}]::uuid[])` : `c.swv = ${s} AND c.aan_tafel`;
  const [{ n }]: Array<{ n: number }> = await m.query(`SELECT count(*)::int AS n FROM thuiszitters.casus c WHERE ${filter}`, p.waarden);
  const rijen: Rij[] = await m.query(
    `SELECT ${KOLOMMEN}, ${besproken} AS besproken
       FROM (SELECT c.id, c.swv, c.leerling_id, c.soort, c.niveau, c.school_id, c.thuis_sinds, c.actietafel_sinds, c.volgende_termijn_soort, c.volgende_termijn_op,
                    c.open_acties, c.aandacht_teamleider, c.versie, c.besproken_in
               FROM thuiszitters.casus c WHERE ${filter} ORDER BY c.thuis_sinds NULLS LAST, c.id LIMIT ${p.add(opties.limit)} OFFSET ${p.add(opties.offset)}) c
       LEFT JOIN thuiszitters.leerling l ON l.id = c.leerling_id
       LEFT JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv
      ORDER BY c.thuis_sinds NULLS LAST, c.id`,
    p.waarden,
  );
  return {
    totaal: n,
    items: rijen.map((r) => ({
      id: r.id,
      leerling: r.weergave ? { weergave: r.weergave } : null,
      soort: r.soort,
      niveau: r.niveau,
      school: r.school_id ? { id: r.school_id, naam: r.school_naam } : null,
      thuisSinds: r.thuis_sinds,
      dagenThuis: r.thuis_sinds ? Math.max(0, dagenTussen(r.thuis_sinds, vandaag)) : null,
      actietafelSinds: r.actietafel_sinds,
      volgendeTermijn: r.volgende_termijn_op && r.volgende_termijn_soort ? { soort: r.volgende_termijn_soort, vervaltOp: r.volgende_termijn_op } : null,
      openActies: r.open_acties,
      aandachtTeamleider: r.aandacht_teamleider,
      besproken: r.besproken,
      versie: r.versie,
    })),
  };
}
