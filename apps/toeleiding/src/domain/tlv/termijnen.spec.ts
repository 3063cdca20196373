import { standaardBeleid } from './beleid';
import { termijnen, type TermijnIntentie } from './termijnen';
import { ACTOR, bouw, ctx, BELEID_VO } from './testing/fixtures';
import { nepTermijnrekenaar } from './testing/nep-termijnrekenaar';
import { voerUit } from './voer-uit';

const soorten = (t: TermijnIntentie[]) => t.map((x) => `${x.soort}@${x.vervaltOp}${x.bijVerstrijken ? `→${x.bijVerstrijken}` : ''}`);
// Not yet placed: the teldatum/peildatum to place by (TLV from 2025-04-01: 1 October), then the afloop.
const AFLOOP = ['plaatsing-peildatum@2025-10-01', 'laatste-schooljaar@2025-08-01', 'herbeoordeling@2026-04-15', 'tlv-einde@2026-07-31→verlopen'];

describe('which deadlines exist in each state', () => {
  it.each([
    ['concept', []],
    // Ingediend 2025-03-03, suspended 5 → 10 March: 42 + 5 days.
    ['in-behandeling', ['beslistermijn@2025-04-19']],
    ['advies-compleet', ['beslistermijn@2025-04-19']],
    ['besluit-genomen', ['beslistermijn@2025-04-19']],
    ['ingediend', ['beslistermijn@2025-04-14']],
    ['aanvulling-gevraagd', ['aanvullingstermijn@2025-03-19']],
    ['bekendgemaakt/niet-geplaatst', ['bezwaartermijn@2025-05-06', 'nazendtermijn@2025-05-13→onherroepelijkVerklaren', ...AFLOOP]],
    ['bekendgemaakt#niet-toelaatbaar', ['bezwaartermijn@2025-05-06', 'nazendtermijn@2025-05-13→onherroepelijkVerklaren']],
    // Bezwaar 2025-04-10: forward within 14 days; decide 12 weeks after the term (2025-05-06).
    ['bezwaar-ingediend/niet-geplaatst', ['doorzending-lbt@2025-04-24', 'beslissing-op-bezwaar@2025-07-29', ...AFLOOP]],
    ['bezwaar-ingediend#verdaagd/niet-geplaatst', ['doorzending-lbt@2025-04-24', 'beslissing-op-bezwaar@2025-09-09', ...AFLOOP]],
    ['bij-lbt/niet-geplaatst', ['beslissing-op-bezwaar@2025-07-29', ...AFLOOP]],
    ['beslist-op-bezwaar/niet-geplaatst', ['beroepstermijn@2025-07-22', 'nazendtermijn@2025-07-29→onherroepelijkVerklaren', ...AFLOOP]],
    // While the court has the case nothing makes the besluit onherroepelijk.
    ['beroep-ingesteld/niet-geplaatst', AFLOOP],
    ['beroep-gegrond/niet-geplaatst', AFLOOP],
    // Uitspraak sent 2025-12-01: hoger beroep within 6 weeks, plus the week of Awb 6:9 lid 2.
    ['uitspraak-gedaan/niet-geplaatst', ['hoger-beroepstermijn@2026-01-12', 'nazendtermijn@2026-01-19→onherroepelijkVerklaren', ...AFLOOP]],
    ['onherroepelijk/niet-geplaatst', AFLOOP],
    ['bekendgemaakt/verlopen', ['bezwaartermijn@2025-05-06', 'nazendtermijn@2025-05-13→onherroepelijkVerklaren']],
    ['onherroepelijk#niet-toelaatbaar', []],
    ['ingetrokken', []],
  ])('%s', (fixture, verwacht) => {
    expect(soorten(termijnen(bouw(fixture), nepTermijnrekenaar, BELEID_VO))).toEqual(verwacht);
  });

  it('intents name the case and the rule version', () => {
    const s = bouw('bekendgemaakt/niet-geplaatst');
    const t = termijnen(s, nepTermijnrekenaar, BELEID_VO);
    expect(t.every((x) => x.onderwerpId === s.id)).toBe(true);
    expect(t.map((x) => x.regelVersie)).toEqual(['nep/1', 'nep/1', ...Array(4).fill(standaardBeleid('VO', 'VO').versie)]);
  });

  it('a late bezwaar counts the beslistermijn op bezwaar from its receipt', () => {
    const s = voerUit(
      bouw('onherroepelijk/niet-geplaatst'),
      { swv: 'VO', type: 'bezwaarRegistreren', indiener: 'ouders', ontvangenOp: '2025-05-20' },
      ctx('2025-05-20', ACTOR.consulent),
    ).state;
    expect(soorten(termijnen(s, nepTermijnrekenaar, BELEID_VO))).toContain('beslissing-op-bezwaar@2025-08-12');
  });

  it('no afloop reminders once a verlenging is asked, none for onbepaald', () => {
    const geplaatst = bouw('bekendgemaakt/geplaatst');
    const verlengd = voerUit(geplaatst, { swv: 'VO', type: 'verlengingAanvragen', bevoegdGezagId: 'b' }, ctx('2026-01-10', ACTOR.consulent)).state;
    // The yearly evaluation still runs (placed 2025-04-14): the TLV is in force.
    expect(soorten(termijnen(verlengd, nepTermijnrekenaar, BELEID_VO))).toEqual([
      'bezwaartermijn@2025-05-06',
      'nazendtermijn@2025-05-13→onherroepelijkVerklaren',
      'jaarlijkse-evaluatie@2026-04-14',
      'tlv-einde@2026-07-31→verlopen',
    ]);
    const onbepaald = voerUit(
      geplaatst,
      { swv: 'VO', type: 'einddatumWijzigen', einddatum: 'onbepaald', onbepaaldReden: 'EMB', motivering: 'x' },
      ctx('2025-05-01', ACTOR.teamleider),
    ).state;
    expect(soorten(termijnen(onbepaald, nepTermijnrekenaar, BELEID_VO))).toEqual(['bezwaartermijn@2025-05-06', 'nazendtermijn@2025-05-13→onherroepelijkVerklaren', 'jaarlijkse-evaluatie@2026-04-14']);
  });
});
