import { controleerTabellen } from '@pao/zaak/domein';
import { DEFINITIE, beslisser } from './beslisser';
import { GEGEVENS_COMMANDOS, OVERSTAP_COMMANDOS, WARME_OVERDRACHT_COMMANDOS } from './commandos';
import { ROLLEN_PER_COMMANDO } from './rollen';
import { nieuw, w } from './testing/fixtures';
import { STATUSSEN, WARME_OVERDRACHT_STATUSSEN } from './typen';

describe('overdracht: tables', () => {
  it('the transition tables list every status and only known targets', () => {
    expect(controleerTabellen(DEFINITIE, { overstap: STATUSSEN, gegevens: ['open'], warmeOverdracht: WARME_OVERDRACHT_STATUSSEN })).toEqual([]);
  });

  it('every command has a handler, a machine and roles; the system commands are the engine\'s alone', () => {
    const alle = [...OVERSTAP_COMMANDOS, ...GEGEVENS_COMMANDOS, ...WARME_OVERDRACHT_COMMANDOS].sort();
    expect(Object.keys(DEFINITIE.handlers).sort()).toEqual(alle);
    expect(Object.keys(ROLLEN_PER_COMMANDO).sort()).toEqual(alle);
    for (const k of ['termijnVerstreken', 'startControle', 'toeleidingBijgewerkt'] as const) expect(ROLLEN_PER_COMMANDO[k]).toEqual(['systeem']);
    for (const [k, rollen] of Object.entries(ROLLEN_PER_COMMANDO)) {
      if (rollen.includes('systeem')) expect(rollen).toEqual(['systeem']);
      else expect(rollen).toContain('consulent');
      expect(k).not.toBe('');
    }
  });

  it('the four ends take no command (but a drop-out report after the start)', () => {
    const s = nieuw();
    for (const status of ['niet-gestart', 'verhuisd', 'swv-verlaten'] as const) expect(beslisser.toegestaan({ ...s, status })).toEqual([]);
    expect(beslisser.toegestaan({ ...s, status: 'gestart' })).toEqual(['uitvalMelden']);
  });

  it('gives the UI the actions of a role: the Steunpunt decides on a third rejection, a school does not', () => {
    const s = { ...nieuw(), status: 'steunpunt' as const };
    expect(beslisser.toegestaan(s, 'consulent')).toContain('steunpuntBesluiten');
    expect(beslisser.toegestaan(s, 'school')).not.toContain('steunpuntBesluiten');
    expect(beslisser.toegestaan(s, 'consulent')).not.toContain('plaatsen');
  });

  it('a consulent of the other SWV may not act (403 before the state is revealed)', () => {
    expect(() => beslisser.beslis(nieuw(), { type: 'verhuizen' }, w('consulent', '2026-01-15', 'VO'))).toThrow(/ander samenwerkingsverband/);
  });
});
