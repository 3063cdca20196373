import { standaardBeleid, plaatsingUiterlijk } from './beleid';
import { type TlvCommando } from './commandos';
import { termijnen } from './termijnen';
import { ACTOR, BELEID_VO, bouw, ctx, idTeller } from './testing/fixtures';
import { nepTermijnrekenaar } from './testing/nep-termijnrekenaar';
import { voerUit } from './voer-uit';

/** Issue 16: placement by the teldatum/peildatum (001:2050-2054) and the yearly evaluation (001:1571, 2080-2082). */
const VO = { swv: 'VO' } as const;

describe('placement by the teldatum or peildatum', () => {
  it.each([
    ['VO', '2026-08-01', '2026-10-01'],
    ['VO', '2026-10-01', '2026-10-01'],
    ['VO', '2026-10-02', '2027-02-01'],
    ['VO', '2027-02-02', '2027-10-01'],
    ['PO', '2026-08-01', '2027-02-01'],
    ['PO', '2027-02-01', '2027-02-01'],
    ['PO', '2027-02-02', '2028-02-01'],
  ] as const)('%s, TLV from %s: placed by %s', (sector, vanaf, uiterlijk) => {
    expect(plaatsingUiterlijk(vanaf, standaardBeleid(sector, sector))).toBe(uiterlijk);
  });

  it('is a deadline with a warning while the pupil is not placed, gone once placed', () => {
    const niet = termijnen(bouw('bekendgemaakt/niet-geplaatst'), nepTermijnrekenaar, BELEID_VO);
    expect(niet.find((t) => t.soort === 'plaatsing-peildatum')).toMatchObject({ vervaltOp: '2025-10-01', regelVersie: BELEID_VO.versie });
    expect(niet.find((t) => t.soort === 'plaatsing-peildatum')?.bijVerstrijken).toBeUndefined();
    expect(termijnen(bouw('bekendgemaakt/overbrugging'), nepTermijnrekenaar, BELEID_VO).some((t) => t.soort === 'plaatsing-peildatum')).toBe(true);
    expect(termijnen(bouw('bekendgemaakt/geplaatst'), nepTermijnrekenaar, BELEID_VO).some((t) => t.soort === 'plaatsing-peildatum')).toBe(false);
  });
});

describe('the yearly evaluation of a running TLV', () => {
  const evaluatie = (uitkomst: string, datum?: string): TlvCommando =>
    ({ ...VO, type: 'jaarlijkseEvaluatieVastleggen', uitkomst, oppGeevalueerd: true, ...(datum ? { datum } : {}) }) as TlvCommando;
  const vsoSchool = { id: 'vso-gebruiker', rol: 'school' as const, organisatie: 'vso-school' };

  it('is due a year after the plaatsing, then a year after the last evaluation; recorded by the placing school', () => {
    const geplaatst = bouw('bekendgemaakt/geplaatst'); // placed 2025-04-14 at vso-school
    expect(termijnen(geplaatst, nepTermijnrekenaar, BELEID_VO).find((t) => t.soort === 'jaarlijkse-evaluatie')).toMatchObject({ vervaltOp: '2026-04-14' });
    const { state, events } = voerUit(geplaatst, evaluatie('terugplaatsing-voorbereiden'), ctx('2026-03-30', vsoSchool, idTeller('e')));
    expect(state.uitvoering?.evaluaties).toEqual([{ datum: '2026-03-30', uitkomst: 'terugplaatsing-voorbereiden', oppGeevalueerd: true, door: 'vso-gebruiker' }]);
    expect(events[0]).toMatchObject({ naam: 'jaarlijkse-evaluatie-vastgelegd', data: { uitkomst: 'terugplaatsing-voorbereiden', oppGeevalueerd: true } });
    expect(termijnen(state, nepTermijnrekenaar, BELEID_VO).find((t) => t.soort === 'jaarlijkse-evaluatie')).toMatchObject({ vervaltOp: '2027-03-30' });
  });

  it('not by the requesting school, not before the plaatsing, only known outcomes', () => {
    const geplaatst = bouw('bekendgemaakt/geplaatst');
    expect(() => voerUit(geplaatst, evaluatie('voortzetten'), ctx('2026-03-30', ACTOR.school))).toThrow(/niet de aanvragende of plaatsende school|bevoegd/i);
    expect(() => voerUit(geplaatst, evaluatie('voortzetten', '2025-04-01'), ctx('2026-03-30', ACTOR.consulent))).toThrow();
    expect(() => voerUit(geplaatst, evaluatie('misschien'), ctx('2026-03-30', ACTOR.consulent))).toThrow();
  });
});
