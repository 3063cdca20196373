import { controleerTabellen, GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from '@pao/zaak/domein';
import { STATUSSEN } from './arrangement';
import { BEZETTING_STATUSSEN, GELD_STATUSSEN, OJA_DEFINITIE, ojaBeslisser } from './beslisser';
import { BudgetOverschreden } from './budget';
import { OJA_ROLLEN } from './context';
import { som } from './geld';
import { saldo } from './grootboek';
import { inrichten } from './handlers/aanmaken';
import { ROLLEN } from './rollen';
import {
  aangevraagd,
  actor,
  doorloop,
  GEMEENTE_ALMERE,
  ingericht,
  INRICHTING,
  ORTHOPEDAGOOG,
  ruimBudget,
  STEUNPUNT,
  SYSTEEM,
  TEAMLEIDER,
  toegekend,
  werkcontext,
} from './testing/fixtures';

const beslis = ojaBeslisser.beslis;

describe('OJA tables', () => {
  it('the transition and role tables are exhaustive', () => {
    expect(controleerTabellen(OJA_DEFINITIE, { arrangement: STATUSSEN, geld: GELD_STATUSSEN, bezetting: BEZETTING_STATUSSEN })).toEqual([]);
    for (const rollen of Object.values(ROLLEN)) for (const r of rollen) expect(OJA_ROLLEN).toContain(r);
    expect(Object.keys(ROLLEN).sort()).toEqual([...ojaBeslisser.commandoTypes].sort());
  });

  it('every non-final state has a way out, final states none', () => {
    for (const s of STATUSSEN) {
      const uit = Object.keys(OJA_DEFINITIE.machines[0].overgangen[s as never] ?? {});
      if (['afgesloten', 'afgewezen', 'ingetrokken'].includes(s)) expect(uit).toEqual([]);
      else expect(uit.length).toBeGreaterThan(0);
    }
  });
});

describe('individual arrangement lifecycle', () => {
  it('aanvraag → both assessments → toekenning with the split in money → start → evaluation → einde → afsluiting', () => {
    const a = aangevraagd();
    expect(a.status).toBe('in-beoordeling');
    expect(a.periode).toEqual({ van: '2025-03-01', tot: '2026-02-28' });
    expect(ojaBeslisser.toegestaan(a, 'gemeente')).toEqual(['jeugdhulpBeoordelen']);

    const t = toegekend();
    expect(t.status).toBe('toegekend');
    const toekenning = t.toekenningen[0];
    expect(toekenning.verdeling).toEqual([
      { betaler: 'swv-vo-onderwijs', soort: 'onderwijs', bedragCent: 2_400_000 },
      { betaler: 'almere-jeugdwet', soort: 'jeugdwet', bedragCent: 2_400_000 },
    ]);
    expect(toekenning.regelVersie).toBe('oja-VO-2024.1');
    expect(toekenning.referentie).toEqual({ soort: 'beschikking', kenmerk: 'JZ-2025-0117' });
    // The commitment spreads each payer's money over its calendar years: 2025 and 2026.
    expect(saldo(t.boekingen, (b) => b.betaler === 'almere-jeugdwet' && b.budgetperiode === '2025')).toBe(2_012_055);
    expect(saldo(t.boekingen, (b) => b.betaler === 'almere-jeugdwet')).toBe(2_400_000);

    const l = doorloop(t, [[{ type: 'starten', datum: '2025-03-03' }, STEUNPUNT, '2025-03-03']]);
    expect(l.status).toBe('lopend');
    expect(l.volgendeEvaluatie).toBe('2025-09-03');
    expect(l.deelnames).toEqual([expect.objectContaining({ leerlingRef: l.leerlingRef, gemeente: 'GM0034', van: '2025-03-03' })]);

    const e = doorloop(l, [[{ type: 'evalueren', uitkomst: 'voortzetten', verslag: 'Gaat elke dag naar school.' }, ORTHOPEDAGOOG, '2025-09-01']]);
    expect(e.volgendeEvaluatie).toBeUndefined(); // 1 March 2026 is after the einddatum: the afsluiting evaluates
    const b = doorloop(e, [[{ type: 'beeindigen', datum: '2025-12-31', reden: 'doel-bereikt' }, STEUNPUNT, '2026-01-05']]);
    expect(b.status).toBe('beeindigd');
    expect(b.periode.tot).toBe('2025-12-31');
    // 2026's commitment is released in full, 2025's stays.
    expect(saldo(b.boekingen, (x) => x.soort !== 'realisatie' && x.budgetperiode === '2026')).toBe(0);
    expect(saldo(b.boekingen, (x) => x.soort !== 'realisatie' && x.budgetperiode === '2025')).toBe(4_024_110);
    const z = doorloop(b, [[{ type: 'afsluiten', resultaat: 'doel-bereikt', vervolg: 'regulier-onderwijs' }, STEUNPUNT, '2026-01-10']]);
    expect(z.status).toBe('afgesloten');
    expect(z.deelnames[0]).toEqual(expect.objectContaining({ tot: '2025-12-31', resultaat: 'doel-bereikt', resultaatOp: '2026-01-10' }));
  });

  it('a niet-akkoord of either side ends in afgewezen; toekennen before both assessed is refused with the reason', () => {
    const a = aangevraagd();
    expect(() => beslis(a, { type: 'toekennen', periode: a.periode, kostenCent: 100 }, werkcontext(TEAMLEIDER, '2025-02-05'))).toThrow(/beoordeling van onderwijs en jeugdhulp ontbreekt/);
    const afgewezen = doorloop(a, [[{ type: 'jeugdhulpBeoordelen', oordeel: 'niet-akkoord', toelichting: 'Past beter bij ambulante hulp.' }, GEMEENTE_ALMERE, '2025-02-06']]);
    expect(afgewezen.status).toBe('afgewezen');
    expect(ojaBeslisser.toegestaan(afgewezen)).toEqual([]);
  });

  it('the gemeente decides only for its own gemeente and only its own part', () => {
    const a = aangevraagd();
    const zeewolde = actor('gemeente', 'GM0050');
    expect(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord' }, werkcontext(zeewolde, '2025-02-06'))).toThrow(GeenBevoegdheid);
    expect(() => beslis(a, { type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, werkcontext(GEMEENTE_ALMERE, '2025-02-06'))).toThrow(GeenBevoegdheid);
    // The Steunpunt cannot record the gemeente's decision for it.
    expect(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord' }, werkcontext(STEUNPUNT, '2025-02-06'))).toThrow(/eigen besluit/);
    // A VO employee cannot act on another SWV's arrangement.
    expect(() => beslis(a, { type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, werkcontext(actor('orthopedagoog', 'PO'), '2025-02-06'))).toThrow(/ander samenwerkingsverband/);
  });

  it('the gemeente must give its beschikking reference and what it agrees to pay; the toekenning stays within it', () => {
    const a = doorloop(aangevraagd(), [[{ type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, ORTHOPEDAGOOG, '2025-02-05']]);
    const veld = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return (e as OngeldigeInvoer).veld;
      }
      return 'geen fout';
    };
    const w = werkcontext(GEMEENTE_ALMERE, '2025-02-06');
    expect(veld(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 1 }] }, w))).toBe('referentie');
    const ref = { soort: 'toewijzing' as const, kenmerk: 'T-991' };
    expect(veld(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: ref }, w))).toBe('toegezegd');
    expect(veld(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: ref, toegezegd: [{ betaler: 'zeewolde-jeugdwet', bedragCent: 1 }] }, w))).toBe('toegezegd.0.betaler');
    expect(veld(() => beslis(a, { type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: ref, toegezegd: [{ betaler: 'swv-vo-onderwijs', bedragCent: 1 }] }, w))).toBe('toegezegd.0.betaler');
    const b = doorloop(a, [[{ type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: ref, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 1_000_000 }] }, GEMEENTE_ALMERE, '2025-02-06']]);
    expect(b.status).toBe('beoordeeld');
    // Default 50/50 of 4,800,000 puts 2,400,000 on the gemeente: more than it agreed to.
    expect(veld(() => beslis(b, { type: 'toekennen', periode: b.periode, kostenCent: 4_800_000 }, werkcontext(TEAMLEIDER, '2025-02-20')))).toBe('verdeling.almere-jeugdwet');
    const ok = beslis(
      b,
      { type: 'toekennen', periode: b.periode, kostenCent: 4_800_000, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 3_800_000 }, { betaler: 'almere-jeugdwet', bedragCent: 1_000_000 }] },
      werkcontext(TEAMLEIDER, '2025-02-20'),
    );
    expect(ok.state.toekenningen[0].verdeling.map((r) => r.bedragCent)).toEqual([3_800_000, 1_000_000]);
  });

  it('bad money input is refused naming the field, nothing changed', () => {
    const b = doorloop(aangevraagd(), [
      [{ type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, ORTHOPEDAGOOG, '2025-02-05'],
      [{ type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: 'B-1' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 10_000_000 }] }, GEMEENTE_ALMERE, '2025-02-06'],
    ]);
    const voor = JSON.stringify(b);
    const gevallen: [unknown, string][] = [
      [{ periode: b.periode, kostenCent: 100.5 }, 'kostenCent'],
      [{ periode: b.periode, kostenCent: -100 }, 'kostenCent'],
      [{ periode: b.periode, kostenCent: 0 }, 'kostenCent'],
      [{ periode: { van: '2025-03-01', tot: '2025-02-01' }, kostenCent: 100 }, 'periode.tot'],
      [{ periode: { van: '2025-03-01' }, kostenCent: 100 }, 'periode.tot'],
      [{ periode: b.periode, kostenCent: 100, verdeling: [{ betaler: 'sinterklaas', bedragCent: 100 }] }, 'verdeling.0.betaler'],
      [{ periode: b.periode, kostenCent: 100, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 99.99 }] }, 'verdeling.0.bedragCent'],
      [{ periode: b.periode, kostenCent: 100, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: -1 }, { betaler: 'almere-jeugdwet', bedragCent: 101 }] }, 'verdeling.0.bedragCent'],
      [{ periode: b.periode, kostenCent: 100, verdeling: [{ betaler: 'swv-vo-onderwijs', bedragCent: 60 }, { betaler: 'almere-jeugdwet', bedragCent: 30 }] }, 'verdeling'],
      [{ periode: { van: '2025-03-01', tot: '2027-03-01' }, kostenCent: 100 }, 'periode.tot'],
    ];
    for (const [invoer, veld] of gevallen) {
      let fout: unknown;
      try {
        beslis(b, { type: 'toekennen', ...(invoer as object) } as never, werkcontext(TEAMLEIDER, '2025-02-20'));
      } catch (e) {
        fout = e;
      }
      expect(fout).toBeInstanceOf(OngeldigeInvoer);
      expect((fout as OngeldigeInvoer).veld).toBe(veld);
      expect((fout as OngeldigeInvoer).message).not.toContain('99.99');
      expect(JSON.stringify(b)).toBe(voor);
    }
  });

  it('a toekenning past a payer budget is refused naming the payer, unless the teamleider overrides with reasons', () => {
    const b = doorloop(aangevraagd(), [
      [{ type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, ORTHOPEDAGOOG, '2025-02-05'],
      [{ type: 'jeugdhulpBeoordelen', oordeel: 'akkoord', referentie: { soort: 'beschikking', kenmerk: 'B-1' }, toegezegd: [{ betaler: 'almere-jeugdwet', bedragCent: 10_000_000 }] }, GEMEENTE_ALMERE, '2025-02-06'],
    ]);
    const krap = ruimBudget().map((r) => (r.betaler === 'almere-jeugdwet' && r.budgetperiode === '2025' ? { ...r, budgetCent: 3_000_000, vastgelegdCent: 2_000_000 } : r));
    const w = werkcontext(TEAMLEIDER, '2025-02-20', { budgetstand: krap });
    const c = { type: 'toekennen' as const, periode: b.periode, kostenCent: 4_800_000 };
    let fout: unknown;
    try {
      beslis(b, c, w);
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(BudgetOverschreden);
    expect((fout as BudgetOverschreden).fouten).toEqual([{ veld: 'verdeling.almere-jeugdwet', melding: expect.stringContaining('overschrijdt het budget van almere-jeugdwet in 2025') }]);
    expect(() => beslis(b, { ...c, overschrijding: { reden: 'kort' } }, w)).toThrow(/motivering/);
    const r = beslis(b, { ...c, overschrijding: { reden: 'Crisisplaatsing; dekking uit de reserve jeugdhulp (besluit wethouder 12-02).' } }, w);
    expect(r.state.toekenningen[0].overschrijding).toEqual({ reden: expect.stringContaining('Crisisplaatsing'), betalers: ['almere-jeugdwet'] });
    // A payer period without any budget set is refused as well.
    const zonder = ruimBudget().filter((x) => !(x.betaler === 'swv-vo-onderwijs' && x.budgetperiode === '2026'));
    expect(() => beslis(b, c, werkcontext(TEAMLEIDER, '2025-02-20', { budgetstand: zonder }))).toThrow(/geen budget vastgesteld voor swv-vo-onderwijs in 2026/);
  });

  it('the einddatum ends a running arrangement through the deadline engine; a never-started one releases its money', () => {
    const t = toegekend();
    const nietGestart = doorloop(t, [[{ type: 'einddatumBereikt' }, SYSTEEM, '2026-03-01']]);
    expect(nietGestart.status).toBe('beeindigd');
    expect(saldo(nietGestart.boekingen, (b) => b.soort !== 'realisatie')).toBe(0);
    expect(() => beslis(t, { type: 'einddatumBereikt' }, werkcontext(TEAMLEIDER, '2026-03-01'))).toThrow(GeenBevoegdheid);
    const l = doorloop(t, [
      [{ type: 'starten' }, STEUNPUNT, '2025-03-01'],
      [{ type: 'einddatumBereikt' }, SYSTEEM, '2026-03-01'],
    ]);
    expect(l.einde).toEqual(expect.objectContaining({ datum: '2026-02-28', reden: 'einde-looptijd' }));
    expect(saldo(l.boekingen, (b) => b.soort !== 'realisatie')).toBe(4_800_000);
  });

  it('verlengen adds a toekenning for the extra period and needs the gemeente’s reference', () => {
    const l = doorloop(toegekend(), [[{ type: 'starten' }, STEUNPUNT, '2025-03-01']]);
    expect(() => beslis(l, { type: 'verlengen', tot: '2026-07-31', kostenCent: 2_000_000, motivering: 'Doelen nog niet bereikt.' }, werkcontext(TEAMLEIDER, '2026-01-10'))).toThrow(/kenmerk/);
    expect(() => beslis(l, { type: 'verlengen', tot: '2026-01-31', kostenCent: 2_000_000, motivering: 'x' }, werkcontext(TEAMLEIDER, '2026-01-10'))).toThrow(/niet na de huidige einddatum/);
    const v = beslis(
      l,
      { type: 'verlengen', tot: '2026-07-31', kostenCent: 2_000_000, motivering: 'Doelen nog niet bereikt.', referentie: { soort: 'beschikking', kenmerk: 'JZ-2026-0003' } },
      werkcontext(TEAMLEIDER, '2026-01-10'),
    ).state;
    expect(v.periode.tot).toBe('2026-07-31');
    expect(v.toekenningen).toHaveLength(2);
    expect(v.toekenningen[1]).toEqual(expect.objectContaining({ soort: 'verlenging', periode: { van: '2026-03-01', tot: '2026-07-31' } }));
    // The 2026 split (40/60 for School2Care from 1 January 2026) applies to the extension.
    expect(v.toekenningen[1].verdeling.map((r) => r.bedragCent)).toEqual([800_000, 1_200_000]);
    expect(v.toekenningen[0].verdeling.map((r) => r.bedragCent)).toEqual([2_400_000, 2_400_000]);
  });

  it('realisation and corrections: only the arrangement’s payers, within its term, never negative commitments', () => {
    const l = doorloop(toegekend(), [[{ type: 'starten' }, STEUNPUNT, '2025-03-01']]);
    const w = werkcontext(STEUNPUNT, '2025-04-10');
    const r = beslis(l, { type: 'realisatieBoeken', periode: { van: '2025-03-01', tot: '2025-03-31' }, bedragen: [{ betaler: 'swv-vo-onderwijs', bedragCent: 200_000 }, { betaler: 'almere-jeugdwet', bedragCent: 190_000 }] }, w).state;
    expect(saldo(r.boekingen, (b) => b.soort === 'realisatie')).toBe(390_000);
    const veld = (c: object, a = STEUNPUNT) => {
      try {
        beslis(l, c as never, werkcontext(a, '2025-04-10'));
      } catch (e) {
        return (e as OngeldigeInvoer).veld ?? (e as Error).name;
      }
      return 'geen fout';
    };
    expect(veld({ type: 'realisatieBoeken', periode: { van: '2025-03-01', tot: '2025-03-31' }, bedragen: [{ betaler: 'wlz-zorgkantoor', bedragCent: 1 }] })).toBe('bedragen.0.betaler');
    expect(veld({ type: 'realisatieBoeken', periode: { van: '2025-02-01', tot: '2025-02-28' }, bedragen: [{ betaler: 'swv-vo-onderwijs', bedragCent: 1 }] })).toBe('periode');
    expect(veld({ type: 'realisatieBoeken', periode: { van: '2025-03-01', tot: '2025-03-31' }, bedragen: [{ betaler: 'swv-vo-onderwijs', bedragCent: -1 }] })).toBe('bedragen.0.bedragCent');
    expect(veld({ type: 'correctieBoeken', betaler: 'almere-jeugdwet', budgetperiode: '2025', bedragCent: -3_000_000, toelichting: 'te veel' }, TEAMLEIDER)).toBe('bedragCent');
    expect(veld({ type: 'correctieBoeken', betaler: 'almere-jeugdwet', budgetperiode: '2025-2026', bedragCent: -1, toelichting: 'x' }, TEAMLEIDER)).toBe('budgetperiode');
    expect(veld({ type: 'correctieBoeken', betaler: 'almere-jeugdwet', budgetperiode: '2025', bedragCent: -1, toelichting: 'x' })).toBe('GeenBevoegdheid');
  });
});

describe('collective arrangements', () => {
  it('is set up with places and money at once; pupils take places until it is full', () => {
    const c = inrichten({ ...INRICHTING, plaatsen: 2 }, werkcontext(TEAMLEIDER, '2025-07-01')).state;
    expect(c.status).toBe('toegekend');
    expect(som(c.toekenningen[0].verdeling.map((r) => r.bedragCent))).toBe(36_000_000);
    const p = doorloop(c, [
      [{ type: 'starten', datum: '2025-08-25' }, STEUNPUNT, '2025-08-25'],
      [{ type: 'leerlingPlaatsen', leerlingRef: 'b1f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c', gemeente: 'GM0034', datum: '2025-08-25' }, STEUNPUNT, '2025-08-25'],
      [{ type: 'leerlingPlaatsen', leerlingRef: 'c1f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c', gemeente: 'GM0050', datum: '2025-08-25' }, STEUNPUNT, '2025-08-25'],
    ]);
    expect(p.deelnames).toHaveLength(2);
    expect(() => beslis(p, { type: 'leerlingPlaatsen', leerlingRef: 'd1f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c', gemeente: 'GM0034' }, werkcontext(STEUNPUNT, '2025-09-01'))).toThrow(/alle 2 plaatsen zijn bezet/);
    const u = doorloop(p, [[{ type: 'leerlingUitschrijven', deelnameId: p.deelnames[0].id, resultaat: 'deels-bereikt', datum: '2025-12-19' }, STEUNPUNT, '2025-12-19']]);
    expect(u.deelnames[0]).toEqual(expect.objectContaining({ tot: '2025-12-19', resultaat: 'deels-bereikt' }));
    expect(ojaBeslisser.toegestaan(u, 'consulent')).toContain('leerlingPlaatsen');
    // No pupil assessments for a collective.
    expect(() => beslis(u, { type: 'onderwijsBeoordelen', oordeel: 'akkoord' }, werkcontext(ORTHOPEDAGOOG, '2025-12-20'))).toThrow(OngeldigeOvergang);
    // Ending closes the open places.
    const e = doorloop(u, [[{ type: 'einddatumBereikt' }, SYSTEEM, '2026-08-01']]);
    expect(e.deelnames.every((d) => d.tot !== undefined)).toBe(true);
  });

  it('an individual arrangement has no places', () => {
    expect(() => beslis(toegekend(), { type: 'leerlingPlaatsen', leerlingRef: 'd1f3c2d1-4e5b-4a69-8b7c-9d0e1f2a3b4c', gemeente: 'GM0034' }, werkcontext(STEUNPUNT, '2025-03-01'))).toThrow(
      /alleen een collectief arrangement heeft plaatsen/,
    );
    expect(ingericht().vorm).toBe('collectief');
  });
});
