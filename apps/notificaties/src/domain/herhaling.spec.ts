import fc from 'fast-check';
import { DAG_MS, naMislukking, wachttijd, type Herhaalbeleid } from './herhaling';

const beleid: Herhaalbeleid = { basisMs: 5_000, maxMs: 3_600_000, minMs: 1_000, opgevenNaMs: DAG_MS };
const T0 = new Date('2026-03-02T08:00:00Z');
const na = (ms: number) => new Date(T0.getTime() + ms);

describe('wachttijd (full jitter)', () => {
  it('draws from [min, min(max, basis × 2^(n-1))]', () => {
    expect(wachttijd(1, beleid, () => 0)).toBe(1_000);
    expect(wachttijd(1, beleid, () => 0.999999)).toBe(4_999);
    expect(wachttijd(4, beleid, () => 0.5)).toBe(20_000);
    expect(wachttijd(30, beleid, () => 0.999999)).toBe(3_599_996);
  });

  it('stays within its window for any failure count and random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (n, r) => {
        const w = wachttijd(n, beleid, () => r);
        const venster = Math.min(beleid.maxMs, beleid.basisMs * 2 ** Math.min(n - 1, 40));
        return w >= beleid.minMs && w <= Math.max(beleid.minMs, venster) && Number.isInteger(w);
      }),
    );
  });
});

describe('naMislukking', () => {
  it('opens the circuit on the first failure and starts the run of failures', () => {
    const uit = naMislukking({ status: 'actief', opeenvolgendeFouten: 0, falendSinds: null }, { pogingen: 0, eersteFoutOp: null, anderenGeluktSindsdien: false }, T0, beleid, () => 0.5);
    expect(uit.abonnement).toEqual({ status: 'actief', opeenvolgendeFouten: 1, falendSinds: T0, gepauzeerdTot: na(2_500), werdFalend: false });
    expect(uit.bezorging).toEqual({ status: 'wachtend', pogingen: 1, eersteFoutOp: T0, volgendePogingOp: na(2_500) });
  });

  it('marks the subscription failing only after a whole day without success, and keeps the delivery waiting', () => {
    const abonnement = { status: 'actief' as const, opeenvolgendeFouten: 40, falendSinds: T0 };
    const bezorging = { pogingen: 40, eersteFoutOp: T0, anderenGeluktSindsdien: false };
    const bijna = naMislukking(abonnement, bezorging, na(DAG_MS - 1), beleid, Math.random);
    expect(bijna.abonnement.status).toBe('actief');
    expect(bijna.bezorging.status).toBe('wachtend');
    const dag = naMislukking(abonnement, bezorging, na(DAG_MS), beleid, Math.random);
    expect(dag.abonnement).toMatchObject({ status: 'falend', werdFalend: true });
    expect(dag.bezorging.status).toBe('wachtend');
  });

  it('gives up one delivery that keeps failing while the subscription succeeds with others', () => {
    // first failure of this delivery at T0; the subscription succeeded since
    const uit = naMislukking({ status: 'actief', opeenvolgendeFouten: 0, falendSinds: null }, { pogingen: 30, eersteFoutOp: T0, anderenGeluktSindsdien: true }, na(DAG_MS), beleid, Math.random);
    expect(uit.bezorging.status).toBe('opgegeven');
    expect(uit.abonnement.status).toBe('actief');
  });

  it('never gives up anything within 24 hours of the first failure, whatever the history', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: DAG_MS - 1 }),
        fc.integer({ min: 0, max: DAG_MS - 1 }),
        fc.integer({ min: 0, max: 500 }),
        fc.boolean(),
        (sindsAbonnement, sindsBezorging, fouten, eerderGelukt) => {
          const nu = na(DAG_MS);
          const falendSinds = eerderGelukt ? null : new Date(nu.getTime() - sindsAbonnement);
          const uit = naMislukking(
            { status: 'actief', opeenvolgendeFouten: eerderGelukt ? 0 : fouten, falendSinds },
            { pogingen: fouten, eersteFoutOp: new Date(nu.getTime() - sindsBezorging), anderenGeluktSindsdien: eerderGelukt },
            nu,
            beleid,
            Math.random,
          );
          return uit.abonnement.status === 'actief' && uit.bezorging.status === 'wachtend' && uit.abonnement.gepauzeerdTot > nu && uit.bezorging.volgendePogingOp > nu;
        },
      ),
    );
  });

  it('leaves a subscription that is already failing failing, without warning again', () => {
    const uit = naMislukking({ status: 'falend', opeenvolgendeFouten: 99, falendSinds: T0 }, { pogingen: 3, eersteFoutOp: T0, anderenGeluktSindsdien: true }, na(3 * DAG_MS), beleid, Math.random);
    expect(uit.abonnement).toMatchObject({ status: 'falend', werdFalend: false });
    expect(uit.bezorging.status).toBe('wachtend');
  });
});
