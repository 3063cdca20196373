import fc from 'fast-check';
import { DIENSTEN, DIENST_AANDELEN, LANDELIJK, landelijkRegister, leerlingVoorZaak, maakPlan, verdeel } from '../bench/landelijk/verdeling';

describe('bench/landelijk: the national data set plan', () => {
  const register = landelijkRegister();
  const plan = maakPlan(register);

  it('has 150 PO and 75 VO SWVs from a valid register', () => {
    expect(register.all().filter((s) => s.sector === 'PO')).toHaveLength(LANDELIJK.po);
    expect(register.all().filter((s) => s.sector === 'VO')).toHaveLength(LANDELIJK.vo);
    expect(plan.swvs.map((s) => s.id)).toEqual(register.ids());
  });

  it('holds 2.5M pupils and 1M cases at full size, every pupil and case in exactly one SWV', () => {
    expect(plan.swvs.reduce((n, s) => n + s.leerlingen, 0)).toBe(2_500_000);
    expect(DIENSTEN.reduce((n, d) => n + plan.zaken[d], 0)).toBe(1_000_000);
    for (const d of DIENSTEN) expect(plan.swvs.reduce((n, s) => n + s.zaken[d], 0)).toBe(plan.zaken[d]);
    plan.swvs.forEach((s, i) => expect(s.eersteLeerling).toBe(i === 0 ? 0 : plan.swvs[i - 1].eersteLeerling + plan.swvs[i - 1].leerlingen));
  });

  it('spreads each service over the SWVs of its sectors in proportion to their pupils', () => {
    for (const d of DIENSTEN) {
      expect(plan.zaken[d]).toBe(LANDELIJK.zaken * DIENST_AANDELEN[d].aandeel);
      const bediend = plan.swvs.filter((s) => DIENST_AANDELEN[d].sectoren.includes(s.sector));
      const leerlingen = bediend.reduce((n, s) => n + s.leerlingen, 0);
      for (const s of bediend) expect(Math.abs(s.zaken[d] - (plan.zaken[d] * s.leerlingen) / leerlingen)).toBeLessThan(1);
      for (const s of plan.swvs.filter((x) => !DIENST_AANDELEN[d].sectoren.includes(x.sector))) expect(s.zaken[d]).toBe(0);
    }
  });

  it('varies SWV sizes (the largest several times the median) and is deterministic', () => {
    const grootten = plan.swvs.map((s) => s.leerlingen).sort((a, b) => a - b);
    expect(grootten[grootten.length - 1] / grootten[Math.floor(grootten.length / 2)]).toBeGreaterThan(2.5);
    expect(maakPlan(landelijkRegister())).toEqual(plan);
    expect(maakPlan(register, 1, 20)).not.toEqual(plan);
  });

  it('scales with BENCH_SCHAAL and refuses a scale outside (0, 1]', () => {
    const klein = maakPlan(register, 0.1);
    expect(klein.leerlingen).toBe(250_000);
    expect(DIENSTEN.reduce((n, d) => n + klein.zaken[d], 0)).toBe(100_000);
    expect(() => maakPlan(register, 0)).toThrow(/BENCH_SCHAAL/);
    expect(() => maakPlan(register, 2)).toThrow(/BENCH_SCHAAL/);
  });

  it("gives an SWV's cases distinct pupils of that SWV", () => {
    const s = plan.swvs[7];
    const nummers = Array.from({ length: s.zaken.toeleiding }, (_, k) => leerlingVoorZaak(s, 'toeleiding', k));
    expect(new Set(nummers).size).toBe(nummers.length);
    expect(Math.min(...nummers)).toBeGreaterThanOrEqual(s.eersteLeerling);
    expect(Math.max(...nummers)).toBeLessThan(s.eersteLeerling + s.leerlingen);
  });

  it('verdeel: whole parts that sum exactly and stay within one of the exact share', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.array(fc.double({ min: 0.01, max: 100, noNaN: true }), { minLength: 1, maxLength: 50 }), (totaal, gewichten) => {
        const deel = verdeel(totaal, gewichten);
        const som = gewichten.reduce((a, b) => a + b, 0);
        expect(deel.reduce((a, b) => a + b, 0)).toBe(totaal);
        deel.forEach((x, i) => {
          expect(Number.isInteger(x)).toBe(true);
          expect(Math.abs(x - (totaal * gewichten[i]) / som)).toBeLessThan(1);
        });
      }),
    );
  });
});
