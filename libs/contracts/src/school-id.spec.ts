import { bestuurId, schoolId } from '@pao/swv';
import { deterministicUuid } from './catalogue';

/** @pao/swv derives school ids without this library (which depends on it): the same algorithm, or ids drift apart. */
describe('school ids of the school register', () => {
  it('are the deterministic ids toeleiding gave its schools and boards', () => {
    for (const [swv, brin] of [['VO', '01FP00'], ['PO', 'DEMO01'], ['VO', '17J00']] as const) expect(schoolId(swv, brin)).toBe(deterministicUuid(`toeleiding/school/${swv}/${brin}`));
    expect(bestuurId('42620')).toBe(deterministicUuid('toeleiding/bevoegd-gezag/42620'));
  });
});
