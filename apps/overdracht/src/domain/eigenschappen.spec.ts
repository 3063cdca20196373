import { isZaakFout, plusDagen } from '@pao/zaak/domein';
import fc from 'fast-check';
import { beslisser } from './beslisser';
import { type OverdrachtCommando } from './commandos';
import { aantalAfwijzingen } from './handlers/overstap';
import { termijnen } from './termijnen';
import { ANDERE_VO, DERDE_VO, MBO, nieuw, PRO_SCHOOL, VERZENDEND, VO_SCHOOL, w } from './testing/fixtures';
import { EINDSTATUSSEN, ONTVANGENDE_SOORTEN, ROUTES, STATUSSEN, type Overdracht, type Route } from './typen';

// Commands as a generator sees them: references to aanmeldingen by position, resolved against the state.
type Stap =
  | { k: 'aanmelden'; school: number; datumTerug: number }
  | { k: 'afwijzen' | 'intrekken' | 'plaatsen'; idx: number }
  | { k: 'steunpunt'; bevestigd: boolean }
  | { k: 'simpel'; c: OverdrachtCommando };

const SCHOLEN = [
  { id: VO_SCHOOL, soort: 'vo' as const },
  { id: ANDERE_VO, soort: 'vo' as const },
  { id: DERDE_VO, soort: 'vo' as const },
  { id: PRO_SCHOOL, soort: 'pro' as const },
  { id: MBO, soort: 'mbo' as const },
];

const stap: fc.Arbitrary<Stap> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ k: fc.constant('aanmelden' as const), school: fc.nat(SCHOLEN.length - 1), datumTerug: fc.nat(3) }) },
  { weight: 5, arbitrary: fc.record({ k: fc.constant('afwijzen' as const), idx: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constantFrom('intrekken' as const, 'plaatsen' as const), idx: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('steunpunt' as const), bevestigd: fc.boolean() }) },
  // Rare: the pupil moves away or leaves the SWV.
  { weight: 1, arbitrary: fc.record({ k: fc.constant('simpel' as const), c: fc.constantFrom<OverdrachtCommando>({ type: 'verhuizen' }, { type: 'swvVerlaten', reden: 'school-buiten-swv' }) }) },
  {
    weight: 3,
    arbitrary: fc.record({
      k: fc.constant('simpel' as const),
      c: fc.constantFrom<OverdrachtCommando>(
        { type: 'startBevestigen' },
        { type: 'startBevestigen' },
        { type: 'nietVerschenen' },
        { type: 'uitvalMelden' },
        { type: 'plaatsingVervallen' },
        { type: 'termijnVerstreken' },
        { type: 'startControle' },
        { type: 'adviesVastleggen', soort: 'definitief', niveau: 'havo' },
        { type: 'dossierVastleggen', systeem: 'oso', referentie: 'OSO-1', status: 'klaargezet' },
        { type: 'dossierVastleggen', systeem: 'oso', referentie: 'OSO-1', status: 'opgehaald' },
        { type: 'warmeOverdrachtPlannen', datum: '2026-06-01' },
      ),
    }),
  },
);

const ROLLEN = ['consulent', 'consulent', 'consulent', 'consulent', 'consulent', 'consulent', 'teamleider', 'school', 'gemeente', 'systeem'] as const;

function commando(s: Overdracht, st: Stap, vandaag: string): OverdrachtCommando {
  // Mostly the open aanmelding (what a school would act on); sometimes any other one.
  const open = s.aanmeldingen.find((a) => a.uitkomst === 'open');
  const id = (idx: number) => (idx < 3 && open ? open.id : (s.aanmeldingen[idx % Math.max(1, s.aanmeldingen.length)]?.id ?? '12345678-1234-4123-8123-123456789012'));
  switch (st.k) {
    case 'aanmelden': {
      // Mostly a school that fits the route; sometimes any school (which the domain refuses).
      const passend = SCHOLEN.filter((x) => ONTVANGENDE_SOORTEN[s.route].includes(x.soort));
      const school = st.school === SCHOLEN.length - 1 ? SCHOLEN[0] : passend[st.school % passend.length];
      return { type: 'aanmelden', schoolId: school.id, schoolSoort: school.soort, datum: plusDagen(vandaag, -st.datumTerug) };
    }
    case 'afwijzen':
      return { type: 'afwijzen', aanmeldingId: id(st.idx), reden: 'geen-plaats' };
    case 'intrekken':
      return { type: 'aanmeldingIntrekken', aanmeldingId: id(st.idx) };
    case 'plaatsen':
      return { type: 'plaatsen', aanmeldingId: id(st.idx) };
    case 'steunpunt':
      return { type: 'steunpuntBesluiten', uitkomst: st.bevestigd ? 'afwijzing-bevestigd' : 'afwijzing-ingetrokken' };
    case 'simpel':
      return st.c;
  }
}

/** Steps around aanmeldingen and rejections only: reaches the third rejection often. */
const afwijzingsstap: fc.Arbitrary<Stap> = fc.oneof(
  { weight: 3, arbitrary: fc.record({ k: fc.constant('aanmelden' as const), school: fc.nat(SCHOLEN.length - 2), datumTerug: fc.nat(3) }) },
  { weight: 4, arbitrary: fc.record({ k: fc.constant('afwijzen' as const), idx: fc.nat(4) }) },
  { weight: 1, arbitrary: fc.record({ k: fc.constantFrom('intrekken' as const, 'plaatsen' as const), idx: fc.nat(4) }) },
  { weight: 2, arbitrary: fc.record({ k: fc.constant('steunpunt' as const), bevestigd: fc.boolean() }) },
);

const afwijzingsscenario = fc.record({
  route: fc.constantFrom<Route>('po-vo', 'so-vo', 'vo-vo'),
  stappen: fc.array(fc.record({ stap: afwijzingsstap, rol: fc.constantFrom('consulent', 'consulent', 'teamleider', 'school'), school: fc.nat(SCHOLEN.length), dagen: fc.nat(3) }), {
    minLength: 12,
    maxLength: 40,
  }),
});

const scenario = fc.record({
  route: fc.constantFrom<Route>(...ROUTES),
  stappen: fc.array(fc.record({ stap, rol: fc.constantFrom(...ROLLEN), school: fc.nat(SCHOLEN.length), dagen: fc.oneof(fc.nat(6), fc.constant(60)) }), { minLength: 5, maxLength: 60 }),
});

/** Runs the steps; a typed refusal leaves the state as it was. Calls `na` after each accepted command. */
function speel(route: Route, stappen: readonly { stap: Stap; rol: string; school: number; dagen: number }[], na: (voor: Overdracht, c: OverdrachtCommando, na: Overdracht) => void) {
  let s = nieuw(route);
  let vandaag = '2026-01-10';
  for (const { stap: st, rol, school, dagen } of stappen) {
    vandaag = plusDagen(vandaag, dagen);
    const organisatie = rol === 'school' ? (SCHOLEN[school]?.id ?? VERZENDEND) : rol === 'systeem' ? 'systeem' : s.swv;
    const c = commando(s, st, vandaag);
    try {
      const r = beslisser.beslis(s, c, w(rol, vandaag, organisatie));
      expect(r.state.versie).toBe(s.versie + 1);
      na(s, c, r.state);
      s = r.state;
    } catch (e) {
      if (!isZaakFout(e)) throw e;
    }
    expect(STATUSSEN).toContain(s.status);
    expect(s.aanmeldingen.filter((a) => a.uitkomst === 'open').length).toBeLessThanOrEqual(1);
  }
  return { s, vandaag };
}

/** The deadline engine runs out the clock: each declared term passes and its consequence is given as 'systeem'. */
function draaiKlokUit(s: Overdracht, vandaag: string): Overdracht {
  for (let i = 0; i < 20; i++) {
    const t = [...termijnen(s)].sort((a, b) => a.vervaltOp.localeCompare(b.vervaltOp))[0];
    if (!t) return s;
    vandaag = t.vervaltOp < vandaag ? vandaag : plusDagen(t.vervaltOp, 1);
    s = beslisser.beslis(s, { type: t.bijVerstrijken! } as OverdrachtCommando, w('systeem', vandaag, 'systeem')).state;
  }
  throw new Error('de termijnen blijven lopen');
}

describe('overdracht: properties', () => {
  it('a pupil always ends in exactly one of started, not started, moved away, left the SWV', () => {
    fc.assert(
      fc.property(scenario, ({ route, stappen }) => {
        const gespeeld = speel(route, stappen, () => undefined);
        const s = draaiKlokUit(gespeeld.s, gespeeld.vandaag);
        expect(EINDSTATUSSEN).toContain(s.status);
        const kenmerken = [s.gestartOp !== undefined, s.afloop?.nietGestart !== undefined, s.status === 'verhuisd', s.afloop?.vertrek !== undefined];
        expect(kenmerken.filter(Boolean)).toHaveLength(1);
        expect(s.afloop).toBeDefined();
        expect(termijnen(s)).toEqual([]);
        expect(beslisser.toegestaan(s).filter((k) => k !== 'uitvalMelden')).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  it('the third rejection is never recorded as a placement (nor as a rejection without the Steunpunt)', () => {
    fc.assert(
      fc.property(fc.oneof(afwijzingsscenario, scenario), ({ route, stappen }) => {
        let bevestigdDoorSteunpunt = 0;
        speel(route, stappen, (voor, c, na) => {
          if (c.type === 'afwijzen' && aantalAfwijzingen(voor) >= 2) {
            expect(na.status).toBe('steunpunt');
            expect(na.aanmeldingen.find((a) => a.id === c.aanmeldingId)?.uitkomst).toBe('voorgelegd');
            expect(na.plaatsing).toBeUndefined();
            expect(aantalAfwijzingen(na)).toBe(aantalAfwijzingen(voor));
          }
          if (c.type === 'steunpuntBesluiten' && c.uitkomst === 'afwijzing-bevestigd') bevestigdDoorSteunpunt++;
          // No single command turns a held rejection into a placement.
          for (const a of na.aanmeldingen) {
            if (voor.aanmeldingen.find((x) => x.id === a.id)?.uitkomst === 'voorgelegd') expect(a.uitkomst).not.toBe('geplaatst');
          }
          if (na.plaatsing) expect(na.aanmeldingen.find((a) => a.id === na.plaatsing!.aanmeldingId)?.uitkomst).toBe('geplaatst');
          expect(aantalAfwijzingen(na)).toBeLessThanOrEqual(2 + bevestigdDoorSteunpunt);
        });
      }),
      { numRuns: 500 },
    );
  });
});
