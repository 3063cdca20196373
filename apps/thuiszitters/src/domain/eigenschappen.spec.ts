import { isZaakFout, plusDagen } from '@pao/zaak/domein';
import fc from 'fast-check';
import { maakCasus } from './aanmaken';
import { niveauIndex, ROLLEN, type Rol, UITKOMSTEN, type MeldingSoort } from './begrippen';
import { casusBeslisser } from './beslisser';
import { type Casus } from './casus';
import { type Aanmaakcommando, type CasusCommando } from './commandos';
import { type CasusEvent } from './events';
import { lopendeKlokken, termijnen } from './termijnen';
import { ANDERE_SCHOOL, BETROKKEN, CASUS_ID, LEERLING, SCHOOL, VERGADERING, verzuimMelding, werk } from './testing/fixtures';

/**
 * Properties over random lives of a casus: any creation, then any mix of commands by any
 * role and days passing (with the deadline engine giving 'bewaken' when a clock passed).
 */
const START = '2025-01-06';

const aanmaak = fc.oneof(
  fc.record({ soort: fc.constantFrom<MeldingSoort>('dreigend', 'langdurig-relatief-verzuim', 'absoluut-verzuim', 'crisis'), terug: fc.integer({ min: 0, max: 130 }) }).map(
    ({ soort, terug }): Aanmaakcommando =>
      verzuimMelding(plusDagen(START, -terug), {
        soort,
        ...(soort === 'dreigend' || soort === 'crisis' ? { thuisSinds: undefined } : {}),
        ...(soort === 'absoluut-verzuim' ? { schoolId: undefined, melder: { soort: 'leerplicht' } } : {}),
      }),
  ),
  fc.constant<Aanmaakcommando>({ type: 'vrijstellingRegistreren', leerlingRef: LEERLING, grond: 'art-5-onder-a', ingangsdatum: START }),
  fc.constant<Aanmaakcommando>({ type: 'signaalOntvangen', bron: 'overdracht', bronId: SCHOOL, bronLeerlingId: LEERLING, schoolId: SCHOOL, sinds: START, gemeente: 'GM0034' }),
);

/** A step: days pass, or someone gives a command built from the state at that moment. */
type Stap = { soort: 'tijd'; dagen: number } | { soort: 'commando'; keuze: number; rol: Rol; n: number };
const stap: fc.Arbitrary<Stap> = fc.oneof(
  { weight: 1, arbitrary: fc.record({ soort: fc.constant('tijd' as const), dagen: fc.integer({ min: 1, max: 45 }) }) },
  { weight: 3, arbitrary: fc.record({ soort: fc.constant('commando' as const), keuze: fc.nat(), rol: fc.constantFrom(...ROLLEN.filter((r) => r !== 'systeem')), n: fc.nat(30) }) },
);

function commando(s: Casus, keuze: number, n: number, vandaag: string): CasusCommando {
  const actie = s.acties[n % Math.max(1, s.acties.length)];
  const aanmelding = s.aanmeldingen[n % Math.max(1, s.aanmeldingen.length)];
  const later = plusDagen(vandaag, 1 + (n % 20));
  const opties: CasusCommando[] = [
    { ...verzuimMelding(plusDagen(vandaag, -n)), type: 'signaalBeoordelen' },
    { type: 'signaalAfwijzen', toelichting: 'geen thuiszitter' },
    { type: 'verzuimVastleggen', soort: 'langdurig-relatief-verzuim', thuisSinds: plusDagen(vandaag, -n) },
    { type: 'uitkomstVastleggen', uitkomst: UITKOMSTEN[n % 3], schoolId: SCHOOL, startOp: later, betrokkenheid: BETROKKEN },
    { type: 'afsluiten', reden: 'teruggekeerd' },
    { type: 'afsluiten', gestartOp: vandaag },
    { type: 'vrijstellingBeeindigen' },
    { type: 'escaleren', toelichting: 'vastgelopen' },
    { type: 'besprekingVastleggen', vergaderingId: VERGADERING, afspraken: 'afspraak', betrokkenheid: BETROKKEN },
    { type: 'doorzettingskrachtInzetten', afspraak: 'plek', partijen: ['school', 'ouders'], plaatsingUiterlijk: later, betrokkenheid: BETROKKEN },
    { type: 'doorzettingsmachtInzetten', aangewezenSchoolId: ANDERE_SCHOOL, motivering: 'm', kaders: 'k' },
    { type: 'terugNaarSteunpunt', afspraken: 'a', acties: [{ omschrijving: 'o', eigenaar: 'jeugdhulp', uiterlijkOp: later }], betrokkenheid: BETROKKEN },
    { type: 'actieToevoegen', omschrijving: 'bellen', eigenaar: 'school', uiterlijkOp: later },
    { type: 'actieAfronden', actieId: actie?.id ?? SCHOOL, resultaat: 'gedaan' },
    { type: 'actieBijstellen', actieId: actie?.id ?? SCHOOL, uiterlijkOp: later, toelichting: 'later' },
    { type: 'overlegVastleggen', deelnemers: ['school', 'ouders'], betrokkenheid: BETROKKEN, afspraken: 'a' },
    { type: 'crisisstapVastleggen', stap: 'bestuur-geinformeerd' },
    { type: 'aanmeldingVastleggen', schoolId: ANDERE_SCHOOL, aanmeldingOp: vandaag },
    { type: 'zorgplichtVerlengen', aanmeldingId: aanmelding?.id ?? SCHOOL },
    { type: 'aanmeldingAfronden', aanmeldingId: aanmelding?.id ?? SCHOOL, uitkomst: 'afgewezen' },
  ];
  return opties[keuze % opties.length];
}

interface Leven {
  /** The state after each step, with the events of that step. */
  readonly toestanden: Array<{ s: Casus; vandaag: string; events: CasusEvent[] }>;
}

/** Lives a random life and checks the invariants that hold after every step. */
function leef(begin: Aanmaakcommando, stappen: readonly Stap[]): Leven {
  let vandaag = START;
  const eerste = maakCasus(begin, CASUS_ID, werk(begin.type === 'signaalOntvangen' ? 'systeem' : 'consulent', vandaag));
  let s = eerste.state;
  let events = [...eerste.events];
  const toestanden: Leven['toestanden'] = [];
  const engine = () => {
    // The deadline engine: a clock that passed by today gets 'bewaken'.
    if (!termijnen(s).some((t) => t.vervaltOp < vandaag)) return;
    const r = casusBeslisser.beslis(s, { type: 'bewaken' }, werk('systeem', vandaag));
    s = r.state;
    events.push(...r.events);
  };
  engine();
  toestanden.push({ s, vandaag, events });
  for (const st of stappen) {
    events = [];
    if (st.soort === 'tijd') {
      vandaag = plusDagen(vandaag, st.dagen);
      engine();
    } else {
      const voor = JSON.stringify(s);
      try {
        const r = casusBeslisser.beslis(s, commando(s, st.keuze, st.n, vandaag), werk(st.rol, vandaag));
        s = r.state;
        events.push(...r.events);
      } catch (e) {
        if (!isZaakFout(e)) throw e;
        expect(JSON.stringify(s)).toBe(voor);
      }
      engine();
    }
    // Nothing overdue stays unhandled once the engine has run.
    expect(termijnen(s).filter((t) => t.vervaltOp < vandaag)).toEqual([]);
    toestanden.push({ s, vandaag, events });
  }
  return { toestanden };
}

describe('properties of a casus', () => {
  it('every clock warns first and has the engine act when it passes; a closed case or vrijstelling arms nothing', () => {
    fc.assert(
      fc.property(aanmaak, fc.array(stap, { maxLength: 40 }), (begin, stappen) => {
        for (const { s } of leef(begin, stappen).toestanden) {
          for (const t of termijnen(s)) {
            expect(t.bijVerstrijken).toBe('bewaken');
            expect(t.waarschuwingen?.length).toBeGreaterThan(0);
            expect(t.waarschuwingen!.every((w) => w.dagen >= 1)).toBe(true);
          }
          if (s.status === 'afgesloten' || s.status === 'vrijstelling') expect(termijnen(s)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('an overdue timer always leads to an escalation (and the 4-week clock to a thuiszitter), and is then gone', () => {
    fc.assert(
      fc.property(aanmaak, fc.array(stap, { maxLength: 30 }), fc.nat(), (begin, stappen, kies) => {
        const { toestanden } = leef(begin, stappen);
        const { s } = toestanden[kies % toestanden.length];
        const lopend = lopendeKlokken(s);
        for (const klok of lopend) {
          const dag = plusDagen(klok.klok.vervaltOp, 1);
          const r = casusBeslisser.beslis(s, { type: 'bewaken' }, werk('systeem', dag));
          const escalaties = r.events.filter((e) => e.naam === 'geescaleerd');
          if (klok.soort === 'thuiszitter-vier-weken') {
            expect(r.state.status).toBe('thuiszitter');
            expect(r.events.map((e) => e.naam)).toContain('thuiszitter-geworden');
            expect(r.state.niveau).not.toBe('school');
          } else {
            // Never quiet: the passing of any clock escalates the case.
            expect(escalaties.length).toBeGreaterThan(0);
          }
          // The earliest clock is dealt with by name (a later one may be superseded by that escalation).
          const eerder = lopend.filter((l) => l !== klok && l.klok.vervaltOp <= klok.klok.vervaltOp);
          if (eerder.length === 0 && klok.soort !== 'thuiszitter-vier-weken') {
            expect(escalaties.map((e) => (e.naam === 'geescaleerd' ? e.data.termijn : undefined))).toContain(klok.soort);
          }
          expect(lopendeKlokken(r.state).filter((l) => l.soort === klok.soort && l.klok.vervaltOp === klok.klok.vervaltOp)).toEqual([]);
          expect(termijnen(r.state).filter((t) => t.vervaltOp < dag)).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the ladder only climbs, except when the table hands a case back; every escalation names where it went', () => {
    fc.assert(
      fc.property(aanmaak, fc.array(stap, { maxLength: 40 }), (begin, stappen) => {
        const { toestanden } = leef(begin, stappen);
        for (let i = 1; i < toestanden.length; i++) {
          const [voor, na] = [toestanden[i - 1], toestanden[i]];
          const terug = na.events.some((e) => e.naam === 'terug-naar-steunpunt');
          if (!terug) expect(niveauIndex(na.s.niveau)).toBeGreaterThanOrEqual(niveauIndex(voor.s.niveau));
          for (const e of na.events) if (e.naam === 'geescaleerd' && e.data.naar !== 'teamleider') expect(na.s.escalaties.some((x) => x.naar === e.data.naar && x.op === e.data.op)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('once the Actietafel has seen a case it keeps seeing it; the Actietafel never acts on a case that was not escalated to it', () => {
    fc.assert(
      fc.property(aanmaak, fc.array(stap, { maxLength: 40 }), (begin, stappen) => {
        const { toestanden } = leef(begin, stappen);
        let gezien = false;
        for (const { s } of toestanden) {
          if (gezien) expect(s.actietafelSinds).toBeDefined();
          gezien = gezien || s.actietafelSinds !== undefined;
          if (!s.actietafelSinds) {
            for (const k of casusBeslisser.commandoTypes) {
              let fout: unknown;
              try {
                casusBeslisser.beslis(s, { type: k } as CasusCommando, werk('actietafel', START));
              } catch (e) {
                fout = e;
              }
              expect(isZaakFout(fout)).toBe(true);
              if (casusBeslisser.toegestaan(s, 'actietafel').includes(k)) expect((fout as Error).name).toBe('GeenBevoegdheid');
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
