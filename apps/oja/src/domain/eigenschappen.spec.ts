import fc from 'fast-check';
import { isZaakFout, plusDagen, type ZaakActor } from '@pao/zaak/domein';
import { type Arrangement } from './arrangement';
import { ojaBeslisser } from './beslisser';
import { type OjaCommando } from './commandos';
import { som } from './geld';
import { stand } from './grootboek';
import { aanvragen, inrichten } from './handlers/aanmaken';
import { OjaRegelset, type OjaRegels } from './regels';
import { STANDAARD_OJA_REGELS } from './standaard-regels';
import { AANVRAAG, actor, GEMEENTE_ALMERE, INRICHTING, ORTHOPEDAGOOG, ruimBudget, STEUNPUNT, SYSTEEM, TEAMLEIDER, teller, werkcontext } from './testing/fixtures';

/**
 * Properties over random runs: any sequence of commands by any role, with valid and
 * invalid input, on any split configuration.
 */

const dag = fc.integer({ min: 0, max: 900 }).map((n) => plusDagen('2025-01-01', n));
const bedrag = fc.oneof(fc.integer({ min: 1, max: 20_000_000 }), fc.constantFrom(0, -5, 12.5, 0.01));
const betaler = fc.constantFrom('swv-vo-onderwijs', 'almere-jeugdwet', 'almere-wmo', 'zeewolde-jeugdwet', 'onbekend');

/** A split over two or three purses, basis points summing to 10,000. */
const verdeling = fc
  .tuple(fc.integer({ min: 0, max: 10_000 }), fc.integer({ min: 0, max: 10_000 }))
  .map(([a, b]) => {
    const [x, y] = [Math.min(a, b), Math.max(a, b)];
    return [
      { soort: 'onderwijs' as const, basispunten: x },
      { soort: 'jeugdwet' as const, basispunten: y - x },
      { soort: 'wmo' as const, basispunten: 10_000 - y },
    ];
  });

const basis = STANDAARD_OJA_REGELS.op('VO', '2025-01-01')!;
const regelsMet = (split: OjaRegels['types'][number]['verdeling'], vanaf: string, versie: string): OjaRegels => ({
  ...basis,
  versie,
  geldigVanaf: vanaf,
  types: basis.types.map((t) => ({ ...t, verdeling: split })),
});

const commando: fc.Arbitrary<[OjaCommando, ZaakActor]> = fc.oneof(
  fc.constant<[OjaCommando, ZaakActor]>([{ type: 'afsluiten', resultaat: 'doel-bereikt', vervolg: 'mbo-of-arbeid' }, STEUNPUNT]),
  fc.constantFrom<[OjaCommando, ZaakActor]>(
    [{ type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, ORTHOPEDAGOOG],
    [{ type: 'onderwijsBeoordelen', oordeel: 'niet-akkoord', toelichting: 'nee' }, TEAMLEIDER],
    [{ type: 'starten' }, STEUNPUNT],
    [{ type: 'evalueren', uitkomst: 'voortzetten', verslag: 'loopt' }, ORTHOPEDAGOOG],
    [{ type: 'einddatumBereikt' }, SYSTEEM],
    [{ type: 'afsluiten', resultaat: 'deels-bereikt', vervolg: 'regulier-onderwijs' }, STEUNPUNT],
    [{ type: 'intrekken', reden: 'ouders willen niet' }, STEUNPUNT],
  ),
  fc.tuple(bedrag, bedrag).map(([a, b]): [OjaCommando, ZaakActor] => [
    { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: 'B-1' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: a }, { betaler: 'almere-wmo', bedragCent: b }] },
    GEMEENTE_ALMERE,
  ]),
  fc.tuple(dag, fc.integer({ min: -20, max: 700 }), bedrag, fc.option(fc.array(fc.record({ betaler, bedragCent: bedrag }), { maxLength: 3 }), { nil: undefined }), fc.boolean()).map(
    ([van, lengte, kosten, v, over]): [OjaCommando, ZaakActor] => [
      {
        type: 'toekennen',
        periode: { van, tot: plusDagen(van, lengte) },
        kostenCent: kosten,
        motivering: 'lang nodig',
        ...(v ? { verdeling: v } : {}),
        ...(over ? { overschrijding: { reden: 'gemotiveerd besluit teamleider' } } : {}),
      },
      TEAMLEIDER,
    ],
  ),
  {
    weight: 3,
    arbitrary: fc.tuple(dag, bedrag).map(([tot, kosten]): [OjaCommando, ZaakActor] => [
      { type: 'verlengen', tot, kostenCent: kosten, motivering: 'nog nodig', referentie: { soort: 'beschikking', kenmerk: 'V-1' } },
      TEAMLEIDER,
    ]),
  },
  dag.map((datum): [OjaCommando, ZaakActor] => [{ type: 'beeindigen', datum, reden: 'voortijdig' }, STEUNPUNT]),
  fc.tuple(dag, fc.integer({ min: 0, max: 90 }), betaler, bedrag).map(([van, n, b, x]): [OjaCommando, ZaakActor] => [
    { type: 'realisatieBoeken', periode: { van, tot: plusDagen(van, n) }, bedragen: [{ betaler: b, bedragCent: x }] },
    STEUNPUNT,
  ]),
  fc.tuple(betaler, fc.constantFrom('2025', '2026', '2027'), fc.integer({ min: -5_000_000, max: 5_000_000 })).map(([b, p, x]): [OjaCommando, ZaakActor] => [
    { type: 'correctieBoeken', betaler: b, budgetperiode: p, bedragCent: x, toelichting: 'correctie' },
    TEAMLEIDER,
  ]),
  fc.tuple(fc.uuid(), dag).map(([ref, datum]): [OjaCommando, ZaakActor] => [{ type: 'leerlingPlaatsen', leerlingRef: ref, gemeente: 'GM0034', datum }, STEUNPUNT]),
  fc.constantFrom<[OjaCommando, ZaakActor]>([{ type: 'starten' }, actor('gemeente', 'GM0050')], [{ type: 'toekennen', periode: { van: '2025-01-01', tot: '2025-06-30' }, kostenCent: 1 }, STEUNPUNT]),
);

function invarianten(s: Arrangement): void {
  // Always temporary: an einddatum that is a date not before the start.
  expect(s.periode.tot).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  expect(s.periode.tot >= s.periode.van).toBe(true);
  // Every toekenning's payer shares sum to its cost, to the cent, in whole cents.
  for (const t of s.toekenningen) {
    expect(som(t.verdeling.map((r) => r.bedragCent))).toBe(t.kostenCent);
    for (const r of t.verdeling) expect(Number.isInteger(r.bedragCent) && r.bedragCent >= 0).toBe(true);
    // Its commitment entries carry exactly that money per payer.
    for (const r of t.verdeling) {
      const vastgelegd = som(s.boekingen.filter((b) => b.toekenningId === t.id && b.betaler === r.betaler && b.soort === 'verplichting').map((b) => b.bedragCent));
      expect(vastgelegd).toBe(r.bedragCent);
    }
  }
  for (const b of s.boekingen) expect(Number.isInteger(b.bedragCent)).toBe(true);
  // Nothing committed below zero for any payer and budget period.
  for (const r of stand(s.boekingen)) expect(r.vastgelegdCent).toBeGreaterThanOrEqual(0);
}

describe('OJA properties', () => {
  it('any run keeps the invariants; a refused command changes nothing; the ledger only grows', () => {
    const bereikt = new Set<string>();
    fc.assert(
      fc.property(fc.constantFrom('aanvraag', 'collectief', 'collectief-lopend'), verdeling, fc.array(fc.tuple(commando, dag), { maxLength: 24 }), (start, split, stappen) => {
        const regelset = new OjaRegelset([regelsMet(split, '2024-01-01', 'test-2024'), ...STANDAARD_OJA_REGELS.versies.filter((v) => v.swv === 'PO')]);
        const ids = teller();
        const w0 = { regels: regelset, nieuwId: ids, budgetstand: ruimBudget(regelset) };
        let s =
          start === 'aanvraag' ? aanvragen(AANVRAAG, werkcontext(STEUNPUNT, '2025-02-01', w0)).state : inrichten(INRICHTING, werkcontext(TEAMLEIDER, '2025-07-01', w0)).state;
        if (start === 'collectief-lopend') s = ojaBeslisser.beslis(s, { type: 'starten', datum: '2025-08-01' }, werkcontext(STEUNPUNT, '2025-08-01', w0)).state;
        invarianten(s);
        for (const [[c, a], vandaag] of stappen) {
          const voor = JSON.stringify(s);
          try {
            const r = ojaBeslisser.beslis(s, c, werkcontext(a, vandaag, w0));
            expect(r.state.versie).toBe(s.versie + 1);
            expect(r.state.boekingen.slice(0, s.boekingen.length)).toEqual(s.boekingen);
            expect(r.state.toekenningen.slice(0, s.toekenningen.length)).toEqual(s.toekenningen);
            s = r.state;
          } catch (e) {
            if (!isZaakFout(e)) throw e;
            expect(JSON.stringify(s)).toBe(voor);
          }
          invarianten(s);
        }
        bereikt.add(s.status);
        if (s.boekingen.some((b) => b.soort === 'vrijval')) bereikt.add('vrijval');
        if (s.boekingen.some((b) => b.soort === 'realisatie')) bereikt.add('realisatie');
        if (s.toekenningen.length > 1) bereikt.add('verlengd');
      }),
      // Enough runs that the rarest outcome below shows up every time: measured over 5,000
      // runs, 1.4 % end with a realisatie and 2.1 % afgesloten, so 300 runs missed one in
      // ~60 suites (a flaky test); with 1,000 the chance is below one in a million.
      { numRuns: 1000 },
    );
    // The runs must get deep enough to mean something.
    expect([...bereikt].sort()).toEqual(expect.arrayContaining(['afgesloten', 'beeindigd', 'lopend', 'realisatie', 'toegekend', 'verlengd', 'vrijval']));
  });

  it('a split change never alters an existing toekenning; new decisions from its effective date use it', () => {
    fc.assert(
      fc.property(verdeling, verdeling, dag, fc.integer({ min: 1, max: 50_000_000 }), (oud, nieuw, vanaf, kosten) => {
        const v1 = new OjaRegelset([regelsMet(oud, '2024-01-01', 'v1')]);
        const w = (a: ZaakActor, d: string, r = v1) => werkcontext(a, d, { regels: r, budgetstand: ruimBudget(r) });
        const c = inrichten({ ...INRICHTING, kostenCent: kosten, periode: { van: '2025-01-06', tot: '2025-12-31' } }, w(TEAMLEIDER, '2025-01-02'));
        const voor = JSON.stringify({ t: c.state.toekenningen, b: c.state.boekingen });
        // The SWV and the gemeente revise the split: a new version from `vanaf`.
        const v2 = v1.met(regelsMet(nieuw, vanaf, 'v2'));
        let s = c.state;
        s = ojaBeslisser.beslis(s, { type: 'starten', datum: '2025-01-06' }, w(STEUNPUNT, '2025-01-06', v2)).state;
        s = ojaBeslisser.beslis(s, { type: 'evalueren', uitkomst: 'voortzetten', verslag: 'ok' }, w(ORTHOPEDAGOOG, '2025-06-01', v2)).state;
        s = ojaBeslisser.beslis(s, { type: 'verlengen', tot: '2026-07-31', kostenCent: kosten, motivering: 'door', referentie: { soort: 'beschikking', kenmerk: 'X' } }, w(TEAMLEIDER, '2025-11-01', v2)).state;
        expect(JSON.stringify({ t: s.toekenningen.slice(0, 1), b: s.boekingen.slice(0, c.state.boekingen.length) })).toBe(voor);
        expect(s.toekenningen[0].regelVersie).toBe('v1');
        // The extension starts 2026-01-01: the version in force then decides its default split.
        expect(s.toekenningen[1].regelVersie).toBe(vanaf <= '2026-01-01' ? 'v2' : 'v1');
      }),
    );
  });

  it('no arrangement without an einddatum: a request or set-up without one is refused naming the field', () => {
    fc.assert(
      fc.property(fc.constantFrom(undefined, null, '', 'morgen', '2025-13-01'), (tot) => {
        const w = werkcontext(STEUNPUNT, '2025-02-01');
        expect(() => aanvragen({ ...AANVRAAG, gevraagdePeriode: { van: '2025-03-01', tot } as never }, w)).toThrow(expect.objectContaining({ veld: 'gevraagdePeriode.tot' }));
        expect(() => inrichten({ ...INRICHTING, periode: { van: '2025-08-01', tot } as never }, werkcontext(TEAMLEIDER, '2025-07-01'))).toThrow(expect.objectContaining({ veld: 'periode.tot' }));
      }),
    );
  });
});
