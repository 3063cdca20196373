// Thuiszitters bench data: random lives of a casus played through the real domain commands
// with the real rules (no hand-written state), cloned with new ids, stored through the
// service's own projection. Used by bench:thuiszitters and bench:landelijk.
import { randomUUID } from 'node:crypto';
import { isZaakFout, plusDagen } from '@pao/zaak';
import { type DataSource } from 'typeorm';
import { casusBeslisser, maakCasus, termijnen, type Aanmaakcommando, type Casus, type CasusCommando, type Rol, type ThuiszittersWerkcontext } from '../../apps/thuiszitters/src/domain';
import { CASUS_KOLOMMEN, casusProjectie } from '../../apps/thuiszitters/src/persistence/projectie';
import { thuiszittersRegels } from '../../apps/thuiszitters/src/regels/thuiszitters-regels';

export const VANDAAG = '2026-11-23';
const REGELS = thuiszittersRegels();

export { rng } from '../rng';

const w = (swv: string, rol: Rol, vandaag: string): ThuiszittersWerkcontext => ({
  actor: { id: `bench-${rol}`, rol, organisatie: rol === 'systeem' ? 'systeem' : swv },
  vandaag,
  swv,
  regels: REGELS,
  nieuwId: randomUUID,
});

const BETROKKEN = { ouders: 'betrokken', leerling: 'betrokken' } as const;

/** One random life of a casus, started `leeftijd` days ago, with the engine giving 'bewaken' as days pass. */
export function leven(r: () => number, swv: string, scholen: string[]): Casus {
  const leeftijd = Math.floor(r() * 300);
  let dag = plusDagen(VANDAAG, -leeftijd);
  const school = scholen[Math.floor(r() * scholen.length)];
  const soortKans = r();
  const soort = soortKans < 0.55 ? 'langdurig-relatief-verzuim' : soortKans < 0.7 ? 'dreigend' : soortKans < 0.8 ? 'absoluut-verzuim' : soortKans < 0.9 ? 'crisis' : 'vrijstelling';
  const start: Aanmaakcommando =
    soort === 'vrijstelling'
      ? { type: 'vrijstellingRegistreren', leerlingRef: randomUUID(), grond: 'art-5-onder-a', ingangsdatum: dag, schoolId: school }
      : {
          type: 'melden',
          leerlingRef: randomUUID(),
          soort,
          melder: { soort: r() < 0.7 ? 'school' : 'steunpunt' },
          schoolId: soort === 'absoluut-verzuim' ? undefined : school,
          thuisSinds: soort === 'langdurig-relatief-verzuim' || soort === 'absoluut-verzuim' ? plusDagen(dag, -Math.floor(r() * 40)) : undefined,
          betrokkenheid: BETROKKEN,
        };
  let s = maakCasus(start, randomUUID(), w(swv, 'consulent', dag)).state;
  const engine = () => {
    if (termijnen(s).some((t) => t.vervaltOp < dag)) s = casusBeslisser.beslis(s, { type: 'bewaken' }, w(swv, 'systeem', dag)).state;
  };
  for (let stap = 0; stap < 12 && dag < VANDAAG; stap++) {
    dag = plusDagen(dag, Math.min(Math.floor(r() * 25), Math.max(0, -plusDagenVerschil(dag))));
    engine();
    const later = plusDagen(dag, 5 + Math.floor(r() * 30));
    const kans = r();
    const opties: Array<[Rol, CasusCommando]> = [
      ['consulent', { type: 'actieToevoegen', omschrijving: 'Gesprek', eigenaar: 'school', uiterlijkOp: later }],
      ['consulent', { type: 'escaleren', toelichting: 'Geen voortgang' }],
      ['actietafel', { type: 'doorzettingskrachtInzetten', afspraak: 'Plek', partijen: ['school', 'ouders'], plaatsingUiterlijk: later, betrokkenheid: BETROKKEN }],
      ['teamleider', { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: school, motivering: 'm', kaders: 'k' }],
      ['consulent', { type: 'uitkomstVastleggen', uitkomst: r() < 0.7 ? 'plaatsing-onderwijs' : 'plaatsing-jeugdhulp', schoolId: school, startOp: later, betrokkenheid: BETROKKEN }],
      ['consulent', { type: 'afsluiten', gestartOp: dag }],
      ['consulent', { type: 'afsluiten', reden: 'teruggekeerd' }],
      ['consulent', { type: 'aanmeldingVastleggen', schoolId: school, aanmeldingOp: dag }],
    ];
    const [rol, c] = opties[Math.floor(kans * opties.length)];
    try {
      s = casusBeslisser.beslis(s, c, w(swv, rol, dag)).state;
    } catch (e) {
      if (!isZaakFout(e)) throw e;
    }
  }
  dag = VANDAAG;
  engine();
  return s;
}

function plusDagenVerschil(dag: string): number {
  return Math.round((Date.parse(`${dag}T00:00:00Z`) - Date.parse(`${VANDAAG}T00:00:00Z`)) / 86_400_000);
}

export function kloon(s: Casus): Casus {
  return { ...s, id: randomUUID(), leerlingRef: s.leerlingRef ? randomUUID() : undefined, ...(s.bron ? { bron: { ...s.bron, bronId: randomUUID() } } : {}) };
}

const KOLOM_TYPES: Record<string, string> = {
  status: 'text', soort: 'text', niveau: 'text', open: 'boolean', aan_tafel: 'boolean', leerling_id: 'uuid', school_id: 'uuid', bevoegd_gezag_id: 'uuid', gemeente: 'text',
  aangemaakt_op: 'date', gemeld_op: 'date', thuis_sinds: 'date', thuiszitter_sinds: 'date', volgende_termijn_op: 'date', volgende_termijn_soort: 'text', actietafel_sinds: 'date',
  aandacht_teamleider: 'boolean', aandacht: 'boolean', open_acties: 'int', verlopen_acties: 'int', pact_verstreken_op: 'date', aanbod_uitkomst: 'text', aanbod_start: 'date', afgesloten_op: 'date',
  afsluit_reden: 'text', vrijstelling_grond: 'text', vrijstelling_van: 'date', vrijstelling_tot: 'date', bron: 'text', bron_id: 'uuid', besproken_in: 'text',
};

export async function laad(ds: DataSource, zaken: Casus[]): Promise<void> {
  for (let i = 0; i < zaken.length; i += 2000) {
    const batch = zaken.slice(i, i + 2000);
    const metLeerling = batch.filter((s) => s.leerlingRef);
    await ds.query(
      `INSERT INTO thuiszitters.leerling (id, swv, soort, nummer_hash, nummer_versleuteld, weergave, gemeente)
       SELECT id, swv, 'bsn', id::text, 'v1.bench', '***-**-' || lpad((random() * 999)::int::text, 3, '0'), 'GM0034' FROM unnest($1::uuid[], $2::text[]) AS t(id, swv)`,
      [metLeerling.map((s) => s.leerlingRef), metLeerling.map((s) => s.swv)],
    );
    const kolommen = ['id', 'swv', 'versie', 'formaat', 'state', ...CASUS_KOLOMMEN];
    const rijen = batch.map((s) => {
      const p = casusProjectie(s);
      return [s.id, s.swv, s.versie, 1, JSON.stringify(s), ...CASUS_KOLOMMEN.map((k) => (k === 'besproken_in' ? `{${(p[k] as string[]).join(',')}}` : p[k]))];
    });
    const types = ['uuid', 'text', 'int', 'int', 'jsonb', ...CASUS_KOLOMMEN.map((k) => KOLOM_TYPES[k])];
    await ds.query(
      `INSERT INTO thuiszitters.casus (${kolommen.join(', ')}) SELECT ${kolommen.map((k, j) => (k === 'besproken_in' ? `c${j}::uuid[]` : `c${j}`)).join(', ')}
         FROM unnest(${types.map((t, j) => `$${j + 1}::${t}[]`).join(', ')}) AS t(${kolommen.map((_, j) => `c${j}`).join(', ')})`,
      kolommen.map((_, j) => rijen.map((r) => r[j])),
    );
  }
}

