import { type EntityManager } from 'typeorm';
import { begrensdTellen, keysetBron, keysetPagina, keysetSelectie, keysetVolgorde, type Cursor, type IsoDatum, type KeysetRij, type KeysetSort } from '@pao/zaak';
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

/** Only the columns the agenda shows (and besproken_in for a meeting's mark): a page never carries the state along. */
const KOLOMMEN = [
  'id', 'swv', 'leerling_id', 'soort', 'niveau', 'school_id', 'thuis_sinds', 'actietafel_sinds', 'volgende_termijn_soort', 'volgende_termijn_op',
  'open_acties', 'aandacht_teamleider', 'versie', 'besproken_in',
].map((k) => `c.${k}`).join(', ');

/** Longest at home first (NULLS LAST), then the id: the order of the index casus_agenda (swv, thuis_sinds NULLS LAST, id) WHERE aan_tafel. */
export const AGENDA_SORT: KeysetSort = { sleutels: [{ kolom: 'c.thuis_sinds', richting: 'ASC', type: 'date' }], id: 'c.id' };
export const AGENDA_SORTEER = 'agenda';

export interface AgendaVraag {
  readonly vergaderingId?: string;
  readonly limit: number;
  /** For older clients: slow deep in a long list (an OFFSET reads every row before it). */
  readonly offset: number;
  /** Keyset paging: the page after (`na`) or before (`voor`) this cursor; offset is then ignored. */
  readonly na?: string;
  readonly voor?: string;
}

/**
 * The Actietafel's agenda: every case of the SWV that sits at the table (Actietafel,
 * doorzettingskracht, doorzettingsmacht) and still looks for an aanbod, longest at home
 * first. For a meeting, also the cases it discussed that have left the table since. Paged
 * by cursor (`na`/`voor`, answered `volgende`/`vorige`) or, for older clients, by offset;
 * counted up to 10,000.
 */
export async function agenda(m: EntityManager, swv: string, vandaag: IsoDatum, q: AgendaVraag): Promise<AgendaAntwoord> {
  const p = new Parameters();
  const s = p.add(swv);
  const vergadering = q.vergaderingId ? p.add(q.vergaderingId) : undefined;
  const besprokenIn = vergadering ? `c.besproken_in @> ARRAY[${vergadering}]::uuid[]` : undefined;
  const aanTafel = `c.swv = ${s} AND c.aan_tafel`;
  // Two alternatives, each read in order on its own: at the table (the agenda index), and
  // discussed by this meeting but no longer at the table (the GIN index; a meeting's few).
  const filters = besprokenIn ? [aanTafel, `c.swv = ${s} AND NOT c.aan_tafel AND ${besprokenIn}`] : [aanTafel];
  const { n, begrensd } = await begrensdTellen(m, 'thuiszitters.casus c', besprokenIn ? `c.swv = ${s} AND (c.aan_tafel OR ${besprokenIn})` : aanTafel, p.waarden);
  const lees = (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<Rij & KeysetRij>> => {
    const pp = new Parameters();
    pp.waarden.push(...p.waarden);
    const bron = keysetBron({ sort: AGENDA_SORT, kolommen: KOLOMMEN, van: 'thuiszitters.casus c', filters, cursor, kant, limit: q.limit, offset, param: (v) => pp.add(v) });
    return m.query(
      `SELECT c.id, l.weergave, c.soort, c.niveau, c.school_id, s.naam AS school_naam, to_char(c.thuis_sinds, 'YYYY-MM-DD') AS thuis_sinds,
              to_char(c.actietafel_sinds, 'YYYY-MM-DD') AS actietafel_sinds, c.volgende_termijn_soort, to_char(c.volgende_termijn_op, 'YYYY-MM-DD') AS volgende_termijn_op,
              c.open_acties, c.aandacht_teamleider, c.versie, ${besprokenIn ?? 'false'} AS besproken, ${keysetSelectie(AGENDA_SORT, 'c')}
         FROM (${bron}) c
         LEFT JOIN thuiszitters.leerling l ON l.id = c.leerling_id
         LEFT JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv
        ORDER BY ${keysetVolgorde(AGENDA_SORT, 'c')}`,
      pp.waarden,
    );
  };
  const leeg = n === 0 || (!q.na && !q.voor && !begrensd && q.offset >= n);
  const { rijen, volgende, vorige } = await keysetPagina({ ...q, sorteer: AGENDA_SORTEER }, lees, leeg);
  return {
    totaal: n,
    totaalBegrensd: begrensd,
    volgende,
    vorige,
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
