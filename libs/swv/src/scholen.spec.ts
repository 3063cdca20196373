import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSwvRegister } from './load';
import { ScholenRegister, schoolId, scholenRegister } from './scholen';

const bestand = join(__dirname, '..', '..', '..', 'config', 'scholen-register.json');
const raw = () => JSON.parse(readFileSync(bestand, 'utf8')) as { besturen: unknown[]; scholen: Array<Record<string, unknown>> };

describe('school register (config/scholen-register.json)', () => {
  it('is valid against the SWV register: every school in an SWV of it, MBO in none', () => {
    const r = ScholenRegister.parse(raw(), loadSwvRegister());
    expect(r.vanSwv('PO').length).toBeGreaterThan(0);
    expect(r.vanSwv('VO').length).toBeGreaterThan(0);
    expect(r.vanSwv(null).every((s) => s.soort === 'mbo')).toBe(true);
  });

  it('keeps the ids toeleiding, thuiszitters and the gateway stored and sent before it existed', () => {
    // Values of deterministicUuid(`toeleiding/school/<swv>/<brin>`) as toeleiding derived them.
    expect(scholenRegister().get('01FP00').id).toBe('9d8029ae-8a7f-5ed9-8f8d-8e822ddd3b1b');
    expect(scholenRegister().get('DEMO01').id).toBe(schoolId('PO', 'DEMO01'));
  });

  it('one key (BRIN + vestiging) is one school, with the same id everywhere', () => {
    const alle = scholenRegister().alle();
    expect(new Set(alle.map((s) => s.id)).size).toBe(alle.length);
    const baken = scholenRegister().get('01FP00');
    expect(baken).toMatchObject({ brin: '01FP', vestiging: '00', swv: 'VO', naam: 'Baken Stad', bestuurNaam: 'Het Baken Almere, Stichting' });
    expect(scholenRegister().vind(baken.id)).toBe(baken);
  });

  it('refuses a school twice, an unknown board, an MBO institution in an SWV and an SWV not in the register, naming the field', () => {
    const dubbel = raw();
    dubbel.scholen.push({ ...dubbel.scholen[0] });
    expect(() => ScholenRegister.parse(dubbel)).toThrow(/scholen\.\d+\.vestiging: duplicate school '01FP00'/);
    const bestuur = raw();
    bestuur.scholen[0].bestuursnummer = '99999';
    expect(() => ScholenRegister.parse(bestuur)).toThrow(/scholen\.0\.bestuursnummer: unknown bestuur/);
    const mbo = raw();
    mbo.scholen[0].soort = 'mbo';
    expect(() => ScholenRegister.parse(mbo)).toThrow(/scholen\.0\.swv: an MBO institution has no SWV/);
    const swv = raw();
    swv.scholen[0].swv = 'XX';
    expect(() => ScholenRegister.parse(swv, loadSwvRegister())).toThrow(/scholen\.0\.swv: 'XX' is not in the SWV register/);
  });
});
