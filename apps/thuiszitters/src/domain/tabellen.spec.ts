import { controleerTabellen } from '@pao/zaak/domein';
import { ROLLEN } from './begrippen';
import { AANMAAK_ROLLEN, beslisserDefinitie, casusBeslisser, ROLLEN_PER_COMMANDO, STATUSSEN_PER_MACHINE } from './beslisser';
import { type CommandoType } from './commandos';
import { vergaderingDefinitie } from './vergadering';

describe('transition and role tables', () => {
  it('are exhaustive: every state of every machine listed, every target known, every command with roles', () => {
    expect(controleerTabellen(beslisserDefinitie, STATUSSEN_PER_MACHINE)).toEqual([]);
    expect(controleerTabellen(vergaderingDefinitie, { vergadering: ['gepland', 'gehouden', 'geannuleerd'] })).toEqual([]);
  });

  it('every command appears in some state of its machine (no dead command)', () => {
    const gebruikt = new Set<string>();
    for (const m of beslisserDefinitie.machines) for (const rij of Object.values(m.overgangen)) for (const k of Object.keys(rij as object)) gebruikt.add(k);
    expect([...casusBeslisser.commandoTypes].filter((k) => !gebruikt.has(k))).toEqual([]);
  });

  it('roles are known roles; only the teamleider uses doorzettingsmacht; only the system guards the clocks', () => {
    for (const [k, rollen] of Object.entries(ROLLEN_PER_COMMANDO) as Array<[CommandoType, readonly string[]]>) {
      for (const r of rollen) expect({ k, r, bekend: (ROLLEN as readonly string[]).includes(r) }).toEqual({ k, r, bekend: true });
    }
    expect(ROLLEN_PER_COMMANDO.doorzettingsmachtInzetten).toEqual(['teamleider']);
    expect(ROLLEN_PER_COMMANDO.bewaken).toEqual(['systeem']);
    expect(Object.entries(ROLLEN_PER_COMMANDO).filter(([, r]) => r.includes('systeem')).map(([k]) => k)).toEqual(['bewaken']);
    expect(AANMAAK_ROLLEN.signaalOntvangen).toEqual(['systeem']);
  });

  it('the beheerder changes nothing and a gemeente only reports and registers', () => {
    const alle = { ...ROLLEN_PER_COMMANDO, ...AANMAAK_ROLLEN } as Record<string, readonly string[]>;
    expect(Object.entries(alle).filter(([, r]) => r.includes('beheerder'))).toEqual([]);
    expect(Object.entries(alle).filter(([, r]) => r.includes('gemeente')).map(([k]) => k).sort()).toEqual(
      ['melden', 'verzuimVastleggen', 'vrijstellingBeeindigen', 'vrijstellingRegistreren'].sort(),
    );
  });
});
