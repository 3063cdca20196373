import { civilDate } from '@pao/deadlines';
import { STANDAARD_BELEID } from './beleid';
import { grensDag, thuiszittersRegels } from './thuiszitters-regels';

const d = civilDate;

describe('thuiszitters rules (versioned, per SWV)', () => {
  const regels = thuiszittersRegels();

  it('langdurig relatief verzuim: more than 4 weeks, counted from the first day at home', () => {
    // Absent from Monday 6 January: 28 days end on Sunday 2 February; a thuiszitter from Monday 3 February.
    const g = regels.thuiszitterGrens('VO', 'langdurig-relatief-verzuim', '2025-01-06');
    expect(g.vanaf).toBe('2025-02-03');
    expect(g.klok.vervaltOp).toBe('2025-02-02');
    expect(g.klok.regelVersie).toContain('pao-regels-2026.1/thuiszitter.4-weken');
    expect(g.klok.regelVersie).toContain('pao-thuiszitters-2026.1/verzuim.leerplichtwet');
    expect(g.klok.waarschuwingDagen).toBe(7);
  });

  it('≥ counts the 28th day itself; lesweken skip the holidays', () => {
    expect(grensDag(d('2025-01-06'), 4, '≥', [])).toBe('2025-02-02');
    // A week of voorjaarsvakantie inside the period pushes the day a week on.
    expect(grensDag(d('2025-02-03'), 4, '>', [{ van: d('2025-02-15'), tot: d('2025-02-23') }])).toBe('2025-03-12');
  });

  it('absoluut verzuim counts at once by default, after weeks where an SWV says so', () => {
    expect(regels.thuiszitterGrens('PO', 'absoluut-verzuim', '2025-01-06').vanaf).toBe('2025-01-06');
    const eigen = thuiszittersRegels(
      STANDAARD_BELEID.metRegels('po-2026.2', [{ id: 'po.absoluut-4-weken', swv: 'PO', geldigVanaf: d('2025-01-01'), waarden: { absoluutVerzuimWeken: 4 }, bron: 'SWV PO' }]),
    );
    const po = eigen.thuiszitterGrens('PO', 'absoluut-verzuim', '2025-01-06');
    expect(po.vanaf).toBe('2025-02-03');
    expect(po.klok.regelVersie).toContain('po-2026.2/po.absoluut-4-weken');
    // The other SWV and an earlier date keep the national rule.
    expect(eigen.thuiszitterGrens('VO', 'absoluut-verzuim', '2025-01-06').vanaf).toBe('2025-01-06');
    expect(eigen.thuiszitterGrens('PO', 'absoluut-verzuim', '2024-12-02').vanaf).toBe('2024-12-02');
  });

  it('the Pact: no longer than 3 months at home', () => {
    const k = regels.passendAanbod('VO', '2025-01-06');
    expect(k.vervaltOp).toBe('2025-04-05');
    expect(k.regelVersie).toContain('thuiszitter.3-maanden');
    expect(k.waarschuwingDagen).toBe(14);
  });

  it('zorgplicht: 6 weeks after the written aanmelding, once +4, Algemene termijnenwet applied', () => {
    // 6 weeks from Monday 16 March 2026 ends on Monday 27 April, Koningsdag: the next day.
    expect(regels.zorgplicht('VO', '2026-03-16', false).vervaltOp).toBe('2026-04-28');
    expect(regels.zorgplicht('VO', '2026-03-16', true).vervaltOp).toBe('2026-05-26');
  });

  it('escalation moments per rung; none where the table decides', () => {
    expect(regels.escalatie('VO', 'school', '2025-01-06')?.vervaltOp).toBe('2025-01-20');
    expect(regels.escalatie('VO', 'steunpunt', '2025-01-06')?.vervaltOp).toBe('2025-02-17');
    expect(regels.escalatie('VO', 'doorzettingskracht', '2025-01-06')).toBeUndefined();
  });

  it('every clock names the rules that set it in at most 100 characters (the termijn events carry it)', () => {
    const klokken = [
      regels.thuiszitterGrens('VO', 'langdurig-relatief-verzuim', '2025-01-06').klok,
      regels.thuiszitterGrens('VO', 'absoluut-verzuim', '2025-01-06').klok,
      regels.passendAanbod('VO', '2025-01-06'),
      regels.escalatie('VO', 'actietafel', '2025-01-06')!,
      regels.actie('VO', '2025-02-01', '2025-01-06'),
      regels.zorgplicht('VO', '2025-01-06', true),
      regels.crisisOverleg('VO', '2025-01-06'),
      regels.signaalBeoordeling('VO', '2025-01-06'),
      regels.afspraak('VO', '2025-02-01', '2025-01-06'),
      regels.aanbodStart('VO', '2025-02-01'),
    ];
    for (const k of klokken) {
      expect(k.regelVersie.length).toBeLessThanOrEqual(100);
      expect(k.regelVersie).toMatch(/^pao-/);
      expect(k.waarschuwingDagen).toBeGreaterThanOrEqual(1);
    }
  });

  it('refuses a warning of less than a day', () => {
    expect(() =>
      STANDAARD_BELEID.metRegels('x', [
        { id: 'x', swv: 'VO', geldigVanaf: d('2025-01-01'), waarden: { waarschuwingDagen: { thuiszitter: 0, passendAanbod: 1, escalatie: 1, actie: 1, zorgplicht: 1, crisisOverleg: 1, signaal: 1, afspraak: 1, aanbodStart: 1 } }, bron: 'x' },
      ]),
    ).toThrow(/ten minste 1 dag/);
  });
});
