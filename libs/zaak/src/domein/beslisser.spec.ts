import fc from 'fast-check';
import { controleerTabellen, maakBeslisser, type BeslisserDefinitie, type Werkcontext } from './beslisser';
import { GeenBevoegdheid, isZaakFout, OngeldigeInvoer, OngeldigeOvergang } from './fouten';

// A small case to exercise the toolkit: a melding that is opened, escalated and closed,
// with a second machine (a plan) that only runs while the melding is open.
type Status = 'open' | 'geescaleerd' | 'gesloten';
type PlanStatus = 'geen' | 'loopt';
interface Melding {
  readonly status: Status;
  readonly plan: PlanStatus;
  readonly versie: number;
}
type Cmd = { type: 'escaleren' } | { type: 'sluiten'; uitkomst: string } | { type: 'planStarten' } | { type: 'kapot' };
type Ev = { naam: string };

const def: BeslisserDefinitie<Melding, Cmd, Ev, 'consulent' | 'teamleider', Werkcontext> = {
  machines: [
    {
      naam: 'melding',
      status: (s) => s.status,
      commandos: ['escaleren', 'sluiten', 'kapot'],
      overgangen: {
        open: { escaleren: ['geescaleerd'], sluiten: ['gesloten'], kapot: ['open'] },
        geescaleerd: { sluiten: ['gesloten'] },
        gesloten: {},
      },
      waaromNiet: (s, k) => (k === 'escaleren' && s.status === 'geescaleerd' ? 'al geëscaleerd' : undefined),
    },
    {
      naam: 'plan',
      status: (s) => (s.status === 'gesloten' ? undefined : s.plan),
      commandos: ['planStarten'],
      overgangen: { geen: { planStarten: ['loopt'] }, loopt: {} },
    },
  ],
  rollen: { escaleren: ['consulent', 'teamleider'], sluiten: ['teamleider'], planStarten: ['consulent'], kapot: ['consulent'] },
  handlers: {
    escaleren: (s) => ({ state: { ...s, status: 'geescaleerd', versie: s.versie + 1 }, events: [{ naam: 'geescaleerd' }] }),
    sluiten: (s, c) => {
      if (c.uitkomst === '') throw new OngeldigeInvoer('uitkomst', 'is verplicht');
      return { state: { ...s, status: 'gesloten', versie: s.versie + 1 }, events: [{ naam: 'gesloten' }] };
    },
    planStarten: (s) => ({ state: { ...s, plan: 'loopt', versie: s.versie + 1 }, events: [] }),
    // A buggy handler: lands outside the table.
    kapot: (s) => ({ state: { ...s, status: 'gesloten' }, events: [] }),
  },
  bevoegdheid: (actor) => (actor.organisatie === 'PO' ? undefined : 'medewerker van een ander samenwerkingsverband'),
};

const beslisser = maakBeslisser(def);
const w = (rol: string, organisatie = 'PO'): Werkcontext => ({ actor: { id: 'a', rol, organisatie }, vandaag: '2026-11-30', nieuwId: () => 'id' });
const start: Melding = { status: 'open', plan: 'geen', versie: 1 };

describe('maakBeslisser', () => {
  it('runs a command the tables allow and returns the handler result', () => {
    const r = beslisser.beslis(start, { type: 'escaleren' }, w('consulent'));
    expect(r.state.status).toBe('geescaleerd');
    expect(r.events).toEqual([{ naam: 'geescaleerd' }]);
  });

  it('checks the role before the state (403 before revealing state)', () => {
    const gesloten = { ...start, status: 'gesloten' as const };
    expect(() => beslisser.beslis(gesloten, { type: 'sluiten', uitkomst: 'x' }, w('consulent'))).toThrow(GeenBevoegdheid);
  });

  it('applies the extra permission check', () => {
    expect(() => beslisser.beslis(start, { type: 'escaleren' }, w('consulent', 'VO'))).toThrow(/ander samenwerkingsverband/);
  });

  it('refuses a transition the table does not list, naming state and reason', () => {
    const geescaleerd = { ...start, status: 'geescaleerd' as const };
    const fout = (() => {
      try {
        beslisser.beslis(geescaleerd, { type: 'escaleren' }, w('consulent'));
      } catch (e) {
        return e;
      }
    })() as OngeldigeOvergang;
    expect(fout).toBeInstanceOf(OngeldigeOvergang);
    expect(fout.huidigeStatus).toBe('geescaleerd');
    expect(fout.uitvoering).toBe('geen');
    expect(fout.reden).toBe('al geëscaleerd');
  });

  it('an inactive machine allows nothing', () => {
    const gesloten = { ...start, status: 'gesloten' as const };
    expect(() => beslisser.beslis(gesloten, { type: 'planStarten' }, w('consulent'))).toThrow(OngeldigeOvergang);
  });

  it('refuses an unknown command type as invalid input', () => {
    expect(() => beslisser.beslis(start, { type: 'vliegen' } as unknown as Cmd, w('consulent'))).toThrow(OngeldigeInvoer);
  });

  it('treats a handler landing outside the table as a bug, not a user error', () => {
    let fout: unknown;
    try {
      beslisser.beslis(start, { type: 'kapot' }, w('consulent'));
    } catch (e) {
      fout = e;
    }
    expect(fout).toBeInstanceOf(Error);
    expect(isZaakFout(fout)).toBe(false);
  });

  it('lists the commands the tables allow for a role', () => {
    expect(beslisser.toegestaan(start, 'consulent').sort()).toEqual(['escaleren', 'kapot', 'planStarten']);
    expect(beslisser.toegestaan(start, 'teamleider').sort()).toEqual(['escaleren', 'sluiten']);
  });

  it('refuses a definition where a command belongs to no machine', () => {
    expect(() => maakBeslisser({ ...def, machines: [def.machines[0]] })).toThrow(/planStarten/);
  });

  it('controleerTabellen finds missing states and unknown targets', () => {
    expect(controleerTabellen(def, { melding: ['open', 'geescaleerd', 'gesloten'], plan: ['geen', 'loopt'] })).toEqual([]);
    const fouten = controleerTabellen(def, { melding: ['open', 'geescaleerd', 'gesloten', 'vergeten'], plan: ['geen'] });
    expect(fouten).toEqual(expect.arrayContaining(['machine melding: status vergeten ontbreekt in de tabel', 'machine plan: onbekende status loopt']));
  });

  it('property: any sequence of commands by any role ends in a state of the table, or a typed error with nothing changed', () => {
    const cmd = fc.constantFrom<Cmd>({ type: 'escaleren' }, { type: 'sluiten', uitkomst: 'plaatsing' }, { type: 'sluiten', uitkomst: '' }, { type: 'planStarten' });
    fc.assert(
      fc.property(fc.array(fc.tuple(cmd, fc.constantFrom('consulent', 'teamleider', 'gemeente'))), (stappen) => {
        let s = start;
        for (const [c, rol] of stappen) {
          const voor = JSON.stringify(s);
          try {
            const r = beslisser.beslis(s, c, w(rol));
            expect(r.state.versie).toBe(s.versie + 1);
            s = r.state;
          } catch (e) {
            expect(isZaakFout(e)).toBe(true);
            expect(JSON.stringify(s)).toBe(voor);
          }
          expect(['open', 'geescaleerd', 'gesloten']).toContain(s.status);
        }
      }),
    );
  });
});
