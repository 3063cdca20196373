import fc from 'fast-check';
import { plusDagen } from '@pao/zaak/domein';
import { som } from './geld';
import { type Boeking, saldo, spreidOverBudgetperioden, stand, standPerBetaler, vrijvalNa } from './grootboek';
import { dagen } from './periode';
import { teller } from './testing/fixtures';

const soortVan = (b: string) => (b.startsWith('po') ? ('schooljaar' as const) : ('kalenderjaar' as const));
const betaler = fc.constantFrom('po-onderwijs', 'almere-jeugdwet', 'wlz');
const periode = fc
  .tuple(fc.integer({ min: 0, max: 1_500 }), fc.integer({ min: 0, max: 800 }))
  .map(([start, lengte]) => ({ van: plusDagen('2024-01-01', start), tot: plusDagen('2024-01-01', start + lengte) }));
const bedragen = fc.uniqueArray(fc.record({ betaler, bedragCent: fc.integer({ min: 0, max: 50_000_000 }) }), { selector: (r) => r.betaler, minLength: 1, maxLength: 3 });

describe('grootboek', () => {
  it('property: spreading a commitment keeps every payer’s amount to the cent', () => {
    fc.assert(
      fc.property(bedragen, periode, (b, p) => {
        const boekingen = spreidOverBudgetperioden('verplichting', b, p, soortVan, { geboektOp: '2024-01-01', toekenningId: 't1', nieuwId: teller() });
        for (const { betaler: code, bedragCent } of b) expect(saldo(boekingen, (x) => x.betaler === code)).toBe(bedragCent);
        for (const x of boekingen) expect(x.bedragCent).toBeGreaterThan(0);
      }),
    );
  });

  it('property: a ledger balance equals the sum of its entries, per payer and period and in total', () => {
    const boeking = fc.record({
      soort: fc.constantFrom('verplichting' as const, 'vrijval' as const, 'correctie' as const, 'realisatie' as const),
      betaler,
      budgetperiode: fc.constantFrom('2024', '2025', '2024-2025'),
      bedragCent: fc.integer({ min: -10_000_000, max: 10_000_000 }),
    });
    fc.assert(
      fc.property(fc.array(boeking, { maxLength: 60 }), (rijen) => {
        const boekingen: Boeking[] = rijen.map((r, i) => ({ ...r, id: String(i), geboektOp: '2025-01-01' }));
        const regels = stand(boekingen);
        expect(som(regels.map((r) => r.vastgelegdCent + r.gerealiseerdCent))).toBe(saldo(boekingen));
        for (const r of regels) {
          const hier = boekingen.filter((b) => b.betaler === r.betaler && b.budgetperiode === r.budgetperiode);
          expect(r.vastgelegdCent).toBe(som(hier.filter((b) => b.soort !== 'realisatie').map((b) => b.bedragCent)));
          expect(r.gerealiseerdCent).toBe(som(hier.filter((b) => b.soort === 'realisatie').map((b) => b.bedragCent)));
        }
        for (const [code, t] of standPerBetaler(boekingen)) expect(t.vastgelegdCent + t.gerealiseerdCent).toBe(saldo(boekingen, (b) => b.betaler === code));
      }),
    );
  });

  it('property: releasing after a day never releases more than committed, and releases the days after pro rata', () => {
    fc.assert(
      fc.property(bedragen, periode, fc.integer({ min: -5, max: 900 }), (b, p, na) => {
        const ids = teller();
        const verplicht = spreidOverBudgetperioden('verplichting', b, p, soortVan, { geboektOp: '2024-01-01', toekenningId: 't1', nieuwId: ids });
        const laatste = plusDagen(p.van, na);
        const vrij = vrijvalNa(verplicht, laatste, { geboektOp: '2024-06-01', nieuwId: ids });
        const alles = [...verplicht, ...vrij];
        for (const r of stand(alles)) expect(r.vastgelegdCent).toBeGreaterThanOrEqual(0);
        for (const x of vrij) expect(x.bedragCent).toBeLessThan(0);
        for (const { betaler: code, bedragCent } of b) {
          const over = saldo(alles, (x) => x.betaler === code);
          const totaal = dagen(p);
          const gebruikt = Math.min(Math.max(dagen({ van: p.van, tot: laatste }), 0), totaal);
          // What stays committed is the exact pro-rata share, within one cent per budget period touched.
          expect(Math.abs(over - (bedragCent * gebruikt) / totaal)).toBeLessThanOrEqual(3);
        }
        // Releasing again after the same day releases nothing more.
        expect(vrijvalNa(alles, laatste, { geboektOp: '2024-06-01', nieuwId: ids })).toEqual([]);
      }),
    );
  });
});
