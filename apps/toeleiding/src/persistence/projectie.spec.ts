import { kalenderTermijnrekenaar } from '../application/kalender-termijnrekenaar';
import { BELEID_VO, bouw } from '../domain/tlv/testing/fixtures';
import { projecteer, volgendeTermijn } from './projectie';

const rekenaar = kalenderTermijnrekenaar();

describe('projection columns', () => {
  it('puts a case in the werkvoorraad while someone owes a step, with its nearest term', () => {
    const p = projecteer(bouw('ingediend'), '2025-03-10', rekenaar, BELEID_VO);
    expect(p).toMatchObject({ status: 'ingediend', open: true, volgende_stap_partij: 'consulent', volgende_termijn_soort: 'beslistermijn', soort: 'VSO-laag', ingediend_op: '2025-03-03' });
    // 6 weeks from Monday 3 March 2025 (calendar, not the fake one of the domain tests).
    expect(p.volgende_termijn_op).toBe('2025-04-14');
  });

  it('gives a running TLV its validity window, and closes a placed, final TLV outside its last year', () => {
    const p = projecteer(bouw('onherroepelijk#na-bezwaar/geplaatst'), '2025-07-25', rekenaar, BELEID_VO);
    expect(p).toMatchObject({ tlv_soort: 'VSO-laag', tlv_ingang: '2025-04-01', tlv_einddatum: '2026-07-31', tlv_geldig_tot: '2026-07-31', plaatsing_datum: '2025-06-11', wachtdagen: 79, open: false });
    expect(projecteer(bouw('onherroepelijk#na-bezwaar/geplaatst'), '2025-08-01', rekenaar, BELEID_VO)).toMatchObject({ open: true, volgende_stap_actie: 'terugplaatsing-of-verlenging' });
  });

  it('ends validity the day before a TLV was ended, and has none without a bekendgemaakt toelaatbaar besluit', () => {
    expect(projecteer(bouw('bekendgemaakt/beeindigd'), '2025-05-01', rekenaar, BELEID_VO).tlv_geldig_tot).toBe('2025-04-19');
    expect(projecteer(bouw('besluit-genomen'), '2025-05-01', rekenaar, BELEID_VO)).toMatchObject({ tlv_id: null, tlv_geldig_tot: null, besluit_op: '2025-03-24' });
    expect(projecteer(bouw('bekendgemaakt#niet-toelaatbaar'), '2025-05-01', rekenaar, BELEID_VO).tlv_id).toBeNull();
  });

  it('keeps the lead time of the first besluit after a wijzigingsbesluit', () => {
    expect(projecteer(bouw('ingetrokken'), '2025-05-01', rekenaar, BELEID_VO)).toMatchObject({ open: false, besluit_op: null, volgende_termijn_op: null });
  });

  it('never shows the start-of-last-year reminder as the next term', () => {
    const t = (soort: 'laatste-schooljaar' | 'tlv-einde', vervaltOp: string) => ({ soort, vervaltOp, onderwerpId: 'x', regelVersie: 'v' });
    expect(volgendeTermijn([t('laatste-schooljaar', '2025-08-01'), t('tlv-einde', '2026-07-31')])?.soort).toBe('tlv-einde');
  });
});
