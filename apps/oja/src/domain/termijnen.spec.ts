import { ojaBeslisser } from './beslisser';
import { STANDAARD_OJA_REGELS } from './standaard-regels';
import { ojaTermijnen } from './termijnen';
import { aangevraagd, doorloop, STEUNPUNT, SYSTEEM, toegekend, werkcontext } from './testing/fixtures';

const termijnen = (s: Parameters<typeof ojaTermijnen>[0]) => ojaTermijnen(s, STANDAARD_OJA_REGELS);

describe('OJA deadlines', () => {
  it('an aanvraag has a beoordeling term of six weeks', () => {
    expect(termijnen(aangevraagd('2025-02-03'))).toEqual([{ soort: 'beoordeling', vervaltOp: '2025-03-17', regelVersie: 'oja-VO-2024.1/beoordeling' }]);
  });

  it('a granted arrangement ends at its einddatum (warned eight weeks before); a running one is evaluated (warned two weeks before)', () => {
    const t = toegekend();
    expect(termijnen(t)).toEqual([
      { soort: 'arrangement-einde', vervaltOp: '2026-02-28', regelVersie: 'oja-VO-2024.1/arrangement-einde', bijVerstrijken: 'einddatumBereikt', waarschuwingen: [{ dagen: 56 }] },
    ]);
    const l = doorloop(t, [[{ type: 'starten', datum: '2025-03-03' }, STEUNPUNT, '2025-03-03']]);
    expect(termijnen(l).map((x) => [x.soort, x.vervaltOp, x.waarschuwingen])).toEqual([
      ['evaluatie', '2025-09-03', [{ dagen: 14 }]],
      ['arrangement-einde', '2026-02-28', [{ dagen: 56 }]],
    ]);
    // The command the engine gives at the einddatum is one the table allows for 'systeem'.
    expect(ojaBeslisser.toegestaan(l, 'systeem')).toEqual(['einddatumBereikt']);
  });

  it('an ended arrangement must be closed within six weeks; a closed one has no deadlines', () => {
    const b = doorloop(toegekend(), [
      [{ type: 'starten' }, STEUNPUNT, '2025-03-01'],
      [{ type: 'einddatumBereikt' }, SYSTEEM, '2026-03-01'],
    ]);
    expect(termijnen(b)).toEqual([{ soort: 'afsluiting', vervaltOp: '2026-04-11', regelVersie: 'oja-VO-2024.1/afsluiting' }]);
    const z = ojaBeslisser.beslis(b, { type: 'afsluiten', resultaat: 'niet-bereikt', vervolg: 'anders' }, werkcontext(STEUNPUNT, '2026-03-10')).state;
    expect(termijnen(z)).toEqual([]);
  });
});
