import { type EntityManager } from 'typeorm';
import { begrensdTellen, keysetBron, keysetPagina, keysetSelectie, keysetVolgorde, type Cursor, type IsoDatum, type KeysetRij, type KeysetSort } from '@pao/zaak';
import { type z } from 'zod';
import { type CasusSoort, type Niveau, type Status } from '../domain';
import { type WerkvoorraadAntwoord, type WerkvoorraadItem as WerkvoorraadItemSchema } from './antwoorden';
import { dagenTussen, Parameters } from './sql';

export interface WerkvoorraadFilter {
  readonly status?: readonly string[];
  readonly soort?: string;
  readonly niveau?: string;
  readonly schoolId?: string;
  readonly aandacht?: boolean;
  readonly sorteer: 'thuis' | 'termijn';
  readonly limit: number;
  /** For older clients: slow deep in a long list (an OFFSET reads every row before it). */
  readonly offset: number;
  /** Keyset paging: the page after (`na`) or before (`voor`) this cursor; offset is then ignored. */
  readonly na?: string;
  readonly voor?: string;
}

/** A row of the werkvoorraad: its shape is the declared answer (./antwoorden). */
export type WerkvoorraadItem = z.output<typeof WerkvoorraadItemSchema>;

interface Rij {
  id: string;
  weergave: string | null;
  soort: CasusSoort;
  status: Status;
  niveau: Niveau;
  school_id: string | null;
  school_naam: string | null;
  thuis_sinds: string | null;
  aanbod_start: string | null;
  volgende_termijn_soort: string | null;
  volgende_termijn_op: string | null;
  aandacht_teamleider: boolean;
  open_acties: number;
  verlopen_acties: number;
  pact_verstreken_op: string | null;
}

/** Only the columns the page shows: a sort never carries the state (jsonb) along. */
const KOLOMMEN = [
  'id', 'swv', 'leerling_id', 'soort', 'status', 'niveau', 'school_id', 'thuis_sinds', 'aanbod_start', 'volgende_termijn_soort', 'volgende_termijn_op',
  'aandacht_teamleider', 'open_acties', 'verlopen_acties', 'pact_verstreken_op',
].map((k) => `c.${k}`).join(', ');

/** Counting stops here: "more than 1,000" is what a person needs, and counting 50,000 rows on every page costs more than the page. */
export const TEL_TOT = 1000;

/** The two orders, each on both dates (NULLS LAST) and the id, as the partial indexes hold them (migration). */
const SORTEN: Record<WerkvoorraadFilter['sorteer'], KeysetSort> = {
  thuis: { sleutels: [{ kolom: 'c.thuis_sinds', richting: 'ASC', type: 'date' }, { kolom: 'c.volgende_termijn_op', richting: 'ASC', type: 'date' }], id: 'c.id' },
  termijn: { sleutels: [{ kolom: 'c.volgende_termijn_op', richting: 'ASC', type: 'date' }, { kolom: 'c.thuis_sinds', richting: 'ASC', type: 'date' }], id: 'c.id' },
};

/** The sort behind `sorteer` (the HTTP layer checks a cursor against it). */
export const werkvoorraadSort = (sorteer: WerkvoorraadFilter['sorteer']): KeysetSort => SORTEN[sorteer];

/**
 * The meldingen werkvoorraad of one SWV: open cases, longest at home first and then the
 * nearest deadline (or the other way round). The Actietafel sees only cases that were
 * escalated to its table. Dates come back as 'YYYY-MM-DD'. `totaal` counts up to 1,000
 * (`meer` says there are more). Paged by cursor (`na`/`voor`, answered `volgende`/`vorige`:
 * each page a few index ranges, as cheap deep in the list as at its start) or, for older
 * clients, by offset.
 */
export async function werkvoorraad(
  m: EntityManager,
  swv: string,
  rol: string,
  q: WerkvoorraadFilter,
  vandaag: IsoDatum,
): Promise<WerkvoorraadAntwoord> {
  const p = new Parameters();
  const waar = [`c.swv = ${p.add(swv)}`, 'c.open'];
  if (rol === 'actietafel') waar.push('c.actietafel_sinds IS NOT NULL');
  // One status as plain equality: it matches the status index's order (= ANY does not, before PostgreSQL 17).
  if (q.status?.length === 1) waar.push(`c.status = ${p.add(q.status[0])}`);
  else if (q.status?.length) waar.push(`c.status = ANY(${p.add(q.status)}::text[])`);
  if (q.soort) waar.push(`c.soort = ${p.add(q.soort)}`);
  if (q.niveau) waar.push(`c.niveau = ${p.add(q.niveau)}`);
  if (q.schoolId) waar.push(`c.school_id = ${p.add(q.schoolId)}`);
  if (q.aandacht) waar.push('c.aandacht');
  const filter = waar.join(' AND ');
  const { n, begrensd } = await begrensdTellen(m, 'thuiszitters.casus c', filter, p.waarden, TEL_TOT);
  const sort = SORTEN[q.sorteer];
  const lees = (cursor: Cursor | undefined, kant: 'na' | 'voor', offset: number): Promise<Array<Rij & KeysetRij>> => {
    const pp = new Parameters();
    pp.waarden.push(...p.waarden);
    const bron = keysetBron({ sort, kolommen: KOLOMMEN, van: 'thuiszitters.casus c', filters: [filter], cursor, kant, limit: q.limit, offset, param: (v) => pp.add(v) });
    return m.query(
      `SELECT c.id, l.weergave, c.soort, c.status, c.niveau, c.school_id, s.naam AS school_naam,
              to_char(c.thuis_sinds, 'YYYY-MM-DD') AS thuis_sinds, to_char(c.aanbod_start, 'YYYY-MM-DD') AS aanbod_start,
              c.volgende_termijn_soort, to_char(c.volgende_termijn_op, 'YYYY-MM-DD') AS volgende_termijn_op,
              c.aandacht_teamleider, c.open_acties, c.verlopen_acties, to_char(c.pact_verstreken_op, 'YYYY-MM-DD') AS pact_verstreken_op, ${keysetSelectie(sort, 'c')}
         FROM (${bron}) c
         LEFT JOIN thuiszitters.leerling l ON l.id = c.leerling_id
         LEFT JOIN thuiszitters.school s ON s.id = c.school_id AND s.swv = c.swv
        ORDER BY ${keysetVolgorde(sort, 'c')}`,
      pp.waarden,
    );
  };
  const leeg = n === 0 || (!q.na && !q.voor && !begrensd && q.offset >= n);
  const { rijen, volgende, vorige } = await keysetPagina(q, lees, leeg);
  return { totaal: n, meer: begrensd, volgende, vorige, items: rijen.map((r) => item(r, vandaag)) };
}

function item(r: Rij, vandaag: IsoDatum): WerkvoorraadItem {
  const tot = r.aanbod_start && r.aanbod_start < vandaag ? r.aanbod_start : vandaag;
  return {
    id: r.id,
    leerling: r.weergave ? { weergave: r.weergave } : null,
    soort: r.soort,
    status: r.status,
    niveau: r.niveau,
    school: r.school_id ? { id: r.school_id, naam: r.school_naam } : null,
    thuisSinds: r.thuis_sinds,
    dagenThuis: r.thuis_sinds ? Math.max(0, dagenTussen(r.thuis_sinds, tot)) : null,
    volgendeTermijn:
      r.volgende_termijn_op && r.volgende_termijn_soort
        ? { soort: r.volgende_termijn_soort, vervaltOp: r.volgende_termijn_op, dagenResterend: dagenTussen(vandaag, r.volgende_termijn_op) }
        : null,
    aandachtTeamleider: r.aandacht_teamleider,
    openActies: r.open_acties,
    verlopenActies: r.verlopen_acties,
    pactVerstreken: r.pact_verstreken_op !== null,
  };
}
