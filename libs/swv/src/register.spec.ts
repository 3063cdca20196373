import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defaultSwvRegisterPath, loadSwvRegister, SwvRegister, SwvRegisterError } from './index';

const tweeSwvs = () => loadSwvRegister(defaultSwvRegisterPath());

const derde = {
  id: 'PO2402',
  naam: 'Samenwerkingsverband PO Lelystad',
  sector: 'PO',
  rechtspersoon: { naam: 'Stichting Test PO Lelystad', organisatie: 'swv-po-lelystad', urn: 'urn:nld:swv-po-lelystad' },
  gemeenten: [{ code: 'GM0995', naam: 'Lelystad' }],
};

function metDerde(extra: object = {}) {
  const raw = JSON.parse(JSON.stringify({ versie: 'test', swvs: tweeSwvs().all() }));
  raw.swvs.push({ ...derde, ...extra });
  return raw;
}

describe('SWV register', () => {
  it('holds the two SWVs of Passend Onderwijs Almere, each its own legal body', () => {
    const register = tweeSwvs();
    expect(register.ids()).toEqual(['PO', 'VO']);
    expect(register.get('PO')).toMatchObject({
      sector: 'PO',
      rechtspersoon: { naam: 'Stichting Leerlingzorg Primair Onderwijs Almere', urn: 'urn:nld:swv-po-almere' },
      gemeenten: [{ code: 'GM0034', naam: 'Almere' }],
    });
    expect(register.get('VO').sector).toBe('VO');
    expect(register.get('VO').rechtspersoon.urn).not.toBe(register.get('PO').rechtspersoon.urn);
  });

  it('gives the CloudEvent source of a system acting for an SWV', () => {
    expect(tweeSwvs().sourceFor('VO', 'toeleiding')).toBe('urn:nld:swv-vo-almere:systeem:toeleiding');
  });

  it('takes a new SWV as data, with its own calendar rules', () => {
    const register = SwvRegister.parse(metDerde({ regels: [{ id: 'x', sleutel: 'beslistermijnTlv', geldigVanaf: '2025-01-01', waarde: { duur: { weken: 8 }, atw: true }, bron: 'besluit' }] }));
    expect(register.ids()).toEqual(['PO', 'VO', 'PO2402']);
    expect(register.get('PO2402').regels[0]).toMatchObject({ sector: '*', sleutel: 'beslistermijnTlv' });
    expect(register.has('PO2402')).toBe(true);
    expect(register.has('po2402')).toBe(false);
    expect(Object.isFrozen(register.get('PO2402').gemeenten[0])).toBe(true);
  });

  it.each([
    [{ id: 'po-2' }, 'swvs.2.id'],
    [{ id: '999990342' }, 'swvs.2.id'],
    [{ id: 'vo' }, "swvs.2.id: duplicate id 'vo'"],
    [{ sector: 'MBO' }, 'swvs.2.sector'],
    [{ gemeenten: [] }, 'swvs.2.gemeenten'],
    [{ gemeenten: [{ code: '0034', naam: 'Almere' }] }, 'swvs.2.gemeenten.0.code'],
    [{ rechtspersoon: { ...derde.rechtspersoon, urn: 'urn:nld:swv-po-almere' } }, 'duplicate rechtspersoon.urn'],
    [{ rechtspersoon: { ...derde.rechtspersoon, urn: 'https://example.org' } }, 'swvs.2.rechtspersoon.urn'],
    [{ onbekend: true }, 'onbekend'],
  ])('refuses %j, naming the field', (extra, message) => {
    expect(() => SwvRegister.parse(metDerde(extra))).toThrow(message);
  });

  it('refuses an unknown SWV by name', () => {
    expect(() => tweeSwvs().get('MBO')).toThrow(/unknown SWV 'MBO'/);
  });

  it('loads another file when a setting points to it, and names a broken file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'swv-register-'));
    const file = join(dir, 'register.json');
    writeFileSync(file, JSON.stringify(metDerde()));
    expect(loadSwvRegister(file).ids()).toContain('PO2402');
    writeFileSync(file, '{ "versie": ');
    expect(() => loadSwvRegister(file)).toThrow(SwvRegisterError);
    expect(() => loadSwvRegister(file)).toThrow(file);
  });

  it('finds config/swv-register.json from the build output as well as from the sources', () => {
    const fromDist = defaultSwvRegisterPath(join(__dirname, '..', '..', '..', 'dist', 'libs', 'swv', 'src'));
    expect(fromDist).toBe(join(__dirname, '..', '..', '..', 'config', 'swv-register.json'));
  });
});
