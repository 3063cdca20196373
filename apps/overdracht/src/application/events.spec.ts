import { type Overdracht } from '../domain';
import { swvNaOverstap } from './events';

const zaak = (swv: string) => ({ swv }) as Overdracht;
const SCHOOL = '9d8029ae-8a7f-5ed9-8f8d-8e822ddd3b1b';

describe('swvNaOverstap: where a pupil who did not start belongs', () => {
  it('placed: the SWV of the receiving school (a PO→VO pupil is the VO SWV\'s)', () => {
    expect(swvNaOverstap(zaak('PO'), SCHOOL, 'VO')).toBe('VO');
    expect(swvNaOverstap(zaak('VO'), SCHOOL, 'VO')).toBe('VO');
  });

  it('placed at an MBO institution: no SWV (null: leerplicht or the RMC of the gemeente)', () => {
    expect(swvNaOverstap(zaak('VO'), SCHOOL, null)).toBeNull();
  });

  it('never placed, or a school the register does not know: the sending SWV, where the pupil is still enrolled', () => {
    expect(swvNaOverstap(zaak('PO'), null, undefined)).toBe('PO');
    expect(swvNaOverstap(zaak('PO'), SCHOOL, undefined)).toBe('PO');
  });
});
