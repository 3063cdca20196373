import { type CommandoType, type TlvCommando } from './commandos';
import { ROLLEN, type Actor, type Rol } from './context';
import { beoordeelBevoegdheid, type BevoegdheidOnderwerp } from './rollen';
import { COMMANDO_TYPES } from './voer-uit';

/** Written out independently of ROLLEN_PER_COMMANDO, so a slip in either shows up. */
const MAG: Record<CommandoType, readonly Rol[]> = {
  conceptWijzigen: ['school', 'consulent', 'teamleider'],
  indienen: ['school', 'consulent', 'teamleider'],
  intrekken: ['school', 'consulent', 'teamleider'],
  aanvullen: ['school', 'consulent', 'teamleider'],
  aanvullingVragen: ['consulent', 'teamleider'],
  inBehandelingNemen: ['consulent', 'teamleider'],
  buitenBehandelingStellen: ['teamleider'],
  adviesVastleggen: ['consulent', 'orthopedagoog'],
  besluitNemen: ['teamleider'],
  bekendmaken: ['consulent', 'teamleider'],
  bezwaarRegistreren: ['consulent', 'teamleider'],
  doorsturenNaarLbt: ['consulent', 'teamleider'],
  lbtAdviesRegistreren: ['consulent', 'teamleider'],
  beslissingOpBezwaarVerdagen: ['teamleider'],
  beslissenOpBezwaar: ['teamleider'],
  onherroepelijkVerklaren: ['systeem'],
  termijnoverschrijdingBeoordelen: ['consulent', 'teamleider'],
  beroepRegistreren: ['consulent', 'teamleider'],
  uitspraakRegistreren: ['consulent', 'teamleider'],
  overbruggingStarten: ['consulent', 'teamleider'],
  overbruggingBeeindigen: ['consulent', 'teamleider'],
  plaatsingRegistreren: ['school', 'consulent', 'teamleider'],
  einddatumWijzigen: ['teamleider'],
  jaarlijkseEvaluatieVastleggen: ['school', 'consulent', 'teamleider'],
  verlopen: ['systeem'],
  beeindigen: ['consulent', 'teamleider'],
  verlengingAanvragen: ['school', 'consulent', 'teamleider'],
};

const ONDERWERP: BevoegdheidOnderwerp = {
  swv: 'VO',
  aanvrager: { bevoegdGezagId: 'bestuur', schoolId: 'school' },
  uitvoering: { plaatsing: { schoolId: 'vso', datum: '2025-04-14', wachtdagen: 0 } },
};

function commando(type: CommandoType): TlvCommando {
  if (type === 'adviesVastleggen') return { swv: 'VO', type, deskundige: { rol: 'tweede', discipline: 'arts', deskundigeId: 'x' }, advies: 'toelaatbaar' };
  if (type === 'plaatsingRegistreren') return { swv: 'VO', type, schoolId: 'vso', datum: '2025-04-14' };
  return { swv: 'VO', type } as TlvCommando;
}

function actor(rol: Rol): Actor {
  const organisatie = rol === 'school' ? 'school' : rol === 'systeem' ? 'motor' : 'VO';
  return { id: `a-${rol}`, rol, organisatie };
}

const PAREN = COMMANDO_TYPES.flatMap((c) => ROLLEN.map((r) => [c, r] as const));

describe('role matrix', () => {
  it.each(PAREN)('%s by %s', (type, rol) => {
    // The (V)SO school asks for verlenging; the requesting school may not.
    // ... and the yearly evaluation is the placing school's (001:2080-2082).
    const alleenPlaatsendeSchool = type === 'verlengingAanvragen' || type === 'jaarlijkseEvaluatieVastleggen';
    const verwacht = MAG[type].includes(rol) && !(alleenPlaatsendeSchool && rol === 'school');
    expect(beoordeelBevoegdheid(actor(rol), commando(type), ONDERWERP).toegestaan).toBe(verwacht);
  });
});

describe('organisations', () => {
  const indienen = commando('indienen');
  it('SWV staff only act on their own SWV', () => {
    expect(beoordeelBevoegdheid({ ...actor('consulent'), organisatie: 'PO' }, indienen, ONDERWERP).toegestaan).toBe(false);
  });
  it('schools only on their own aanvraag (school or bevoegd gezag)', () => {
    expect(beoordeelBevoegdheid({ ...actor('school'), organisatie: 'bestuur' }, indienen, ONDERWERP).toegestaan).toBe(true);
    expect(beoordeelBevoegdheid({ ...actor('school'), organisatie: 'elders' }, indienen, ONDERWERP).toegestaan).toBe(false);
  });
  it('the placing school asks for verlenging', () => {
    expect(beoordeelBevoegdheid({ ...actor('school'), organisatie: 'vso' }, commando('verlengingAanvragen'), ONDERWERP).toegestaan).toBe(true);
  });
  it('a consulent may register a tweede but not an eerste advice', () => {
    const eerste: TlvCommando = { swv: 'VO', type: 'adviesVastleggen', deskundige: { rol: 'eerste', discipline: 'orthopedagoog', deskundigeId: 'a-consulent' }, advies: 'toelaatbaar' };
    expect(beoordeelBevoegdheid(actor('consulent'), eerste, ONDERWERP)).toEqual({ toegestaan: false, reden: expect.stringContaining('orthopedagoog') });
  });
});
