import { scholenRegister } from '@pao/swv';
import { DEMO_SCHOOL_ACCOUNTS, demoSchoolId } from '../apps/gateway/src/auth/demo-accounts';
import { SCHOLEN as OVERDRACHT, schoolId as overdrachtId } from '../apps/overdracht/src/demo/scholen';
import { DEMO_SCHOLEN as THUISZITTERS, schoolId as thuiszittersId } from '../apps/thuiszitters/src/demo/scholen';
import { SCHOLEN as TOELEIDING, schoolId as toeleidingId } from '../apps/toeleiding/src/demo/register';

/**
 * ADR 0034: a school is one school in every service. Each service seeds its own table, all
 * from the shared school register; a list of its own (as overdracht once had) fails here.
 */
describe('one school, one id, in every service', () => {
  const register = scholenRegister();

  it('every service seeds exactly the register\'s schools of the SWVs it serves, under the register\'s ids', () => {
    // The services' `brin` is the key: BRIN + vestigingsnummer.
    const inSwv = register.alle().filter((s) => s.swv !== null).map((s) => s.sleutel).sort();
    const sleutels = (l: ReadonlyArray<{ brin: string }>) => l.map((s) => s.brin).sort();
    expect(sleutels(TOELEIDING)).toEqual(inSwv);
    expect(sleutels(THUISZITTERS)).toEqual(inSwv);
    expect(sleutels(OVERDRACHT)).toEqual(register.alle().map((s) => s.sleutel).sort());
    for (const s of register.alle()) {
      expect({ s: s.sleutel, overdracht: overdrachtId(s.sleutel) }).toEqual({ s: s.sleutel, overdracht: s.id });
      if (s.swv === null) continue;
      expect({ s: s.sleutel, toeleiding: toeleidingId(s.swv as 'PO' | 'VO', s.sleutel), thuiszitters: thuiszittersId(s.swv as 'PO' | 'VO', s.sleutel) }).toEqual({ s: s.sleutel, toeleiding: s.id, thuiszitters: s.id });
    }
  });

  it('the gateway\'s school accounts act for schools of the register, in their own SWV', () => {
    for (const [swv, accounts] of Object.entries(DEMO_SCHOOL_ACCOUNTS)) {
      for (const a of accounts) expect(register.vind(demoSchoolId(swv, a.brin))).toMatchObject({ sleutel: a.brin, swv });
    }
  });
});
