import { OngeldigeOvergang } from '@pao/zaak/domein';
import { heeftAdvies, toestandVan, type TlvAanvraag } from './aanvraag';
import { type CommandoType, type TlvCommando } from './commandos';
import { toegestaneCommandos } from './voer-uit';
import { ACTOR, FIXTURE_NAMEN, TOELAATBAAR, bouw, ctx, diepBevroren, type ActorNaam } from './testing/fixtures';
import { COMMANDO_TYPES, voerUit } from './voer-uit';

/**
 * Every (state, command) pair. The expected table is written out here, independent of
 * the table in overgangen.ts: a pair not listed must be refused with OngeldigeOvergang
 * naming the current state, and the state must be left untouched.
 */
const NU = '2026-08-02';

const NIET_GEPLAATST = (p: string) => ({
  overbruggingStarten: `${p}/overbrugging`,
  plaatsingRegistreren: `${p}/geplaatst`,
  einddatumWijzigen: `${p}/niet-geplaatst`,
  verlopen: `${p}/verlopen`,
  beeindigen: `${p}/beeindigd`,
});
const OVERBRUGGING = (p: string) => ({
  overbruggingBeeindigen: `${p}/niet-geplaatst`,
  plaatsingRegistreren: `${p}/geplaatst`,
  einddatumWijzigen: `${p}/overbrugging`,
  verlopen: `${p}/verlopen`,
  beeindigen: `${p}/beeindigd`,
});
const GEPLAATST = (p: string) => ({
  einddatumWijzigen: `${p}/geplaatst`,
  jaarlijkseEvaluatieVastleggen: `${p}/geplaatst`,
  verlopen: `${p}/verlopen`,
  beeindigen: `${p}/beeindigd`,
  verlengingAanvragen: `${p}/geplaatst`,
});
const INTREKKEN = { intrekken: 'ingetrokken' };

const VERWACHT: Record<string, Partial<Record<CommandoType, string>>> = {
  concept: { conceptWijzigen: 'concept', indienen: 'ingediend', ...INTREKKEN },
  ingediend: { aanvullingVragen: 'aanvulling-gevraagd', inBehandelingNemen: 'in-behandeling', ...INTREKKEN },
  'aanvulling-gevraagd': { aanvullen: 'ingediend', buitenBehandelingStellen: 'buiten-behandeling', ...INTREKKEN },
  'in-behandeling': { adviesVastleggen: 'in-behandeling', ...INTREKKEN },
  'in-behandeling#eerste-advies': { adviesVastleggen: 'advies-compleet', ...INTREKKEN },
  'advies-compleet': { besluitNemen: 'besluit-genomen', ...INTREKKEN },
  'besluit-genomen': { bekendmaken: 'bekendgemaakt/niet-geplaatst' },
  'besluit-genomen#niet-toelaatbaar': { bekendmaken: 'bekendgemaakt' },
  'bekendgemaakt/niet-geplaatst': {
    bezwaarRegistreren: 'bezwaar-ingediend/niet-geplaatst',
    onherroepelijkVerklaren: 'onherroepelijk/niet-geplaatst',
    ...NIET_GEPLAATST('bekendgemaakt'),
  },
  'bekendgemaakt/overbrugging': {
    bezwaarRegistreren: 'bezwaar-ingediend/overbrugging',
    onherroepelijkVerklaren: 'onherroepelijk/overbrugging',
    ...OVERBRUGGING('bekendgemaakt'),
  },
  'bekendgemaakt/geplaatst': {
    bezwaarRegistreren: 'bezwaar-ingediend/geplaatst',
    onherroepelijkVerklaren: 'onherroepelijk/geplaatst',
    ...GEPLAATST('bekendgemaakt'),
  },
  'bekendgemaakt/verlopen': { bezwaarRegistreren: 'bezwaar-ingediend/verlopen', onherroepelijkVerklaren: 'onherroepelijk/verlopen' },
  'bekendgemaakt/beeindigd': { bezwaarRegistreren: 'bezwaar-ingediend/beeindigd', onherroepelijkVerklaren: 'onherroepelijk/beeindigd' },
  'bekendgemaakt#niet-toelaatbaar': { bezwaarRegistreren: 'bezwaar-ingediend', onherroepelijkVerklaren: 'onherroepelijk' },
  'bezwaar-ingediend/niet-geplaatst': {
    doorsturenNaarLbt: 'bij-lbt/niet-geplaatst',
    beslissingOpBezwaarVerdagen: 'bezwaar-ingediend/niet-geplaatst',
    beslissenOpBezwaar: 'beslist-op-bezwaar/niet-geplaatst',
    ...NIET_GEPLAATST('bezwaar-ingediend'),
  },
  'bezwaar-ingediend#verdaagd/niet-geplaatst': {
    doorsturenNaarLbt: 'bij-lbt/niet-geplaatst',
    beslissenOpBezwaar: 'beslist-op-bezwaar/niet-geplaatst',
    ...NIET_GEPLAATST('bezwaar-ingediend'),
  },
  'bij-lbt/niet-geplaatst': {
    lbtAdviesRegistreren: 'lbt-advies-ontvangen/niet-geplaatst',
    beslissingOpBezwaarVerdagen: 'bij-lbt/niet-geplaatst',
    ...NIET_GEPLAATST('bij-lbt'),
  },
  'lbt-advies-ontvangen/niet-geplaatst': {
    beslissenOpBezwaar: 'beslist-op-bezwaar/niet-geplaatst',
    beslissingOpBezwaarVerdagen: 'lbt-advies-ontvangen/niet-geplaatst',
    ...NIET_GEPLAATST('lbt-advies-ontvangen'),
  },
  'bezwaar-ingediend#te-laat/niet-geplaatst': {
    doorsturenNaarLbt: 'bij-lbt/niet-geplaatst',
    beslissingOpBezwaarVerdagen: 'bezwaar-ingediend/niet-geplaatst',
    beslissenOpBezwaar: 'beslist-op-bezwaar/niet-geplaatst',
    termijnoverschrijdingBeoordelen: 'bezwaar-ingediend/niet-geplaatst',
    ...NIET_GEPLAATST('bezwaar-ingediend'),
  },
  'beslist-op-bezwaar/niet-geplaatst': {
    beroepRegistreren: 'beroep-ingesteld/niet-geplaatst',
    onherroepelijkVerklaren: 'onherroepelijk/niet-geplaatst',
    ...NIET_GEPLAATST('beslist-op-bezwaar'),
  },
  'beroep-ingesteld/niet-geplaatst': { uitspraakRegistreren: 'uitspraak-gedaan/niet-geplaatst', ...NIET_GEPLAATST('beroep-ingesteld') },
  'beroep-gegrond/niet-geplaatst': { beslissenOpBezwaar: 'beslist-op-bezwaar/niet-geplaatst', ...NIET_GEPLAATST('beroep-gegrond') },
  'uitspraak-gedaan/niet-geplaatst': { onherroepelijkVerklaren: 'onherroepelijk/niet-geplaatst', ...NIET_GEPLAATST('uitspraak-gedaan') },
  'onherroepelijk/niet-geplaatst': { bezwaarRegistreren: 'bezwaar-ingediend/niet-geplaatst', ...NIET_GEPLAATST('onherroepelijk') },
  'onherroepelijk#na-bezwaar/geplaatst': { beroepRegistreren: 'beroep-ingesteld/geplaatst', ...GEPLAATST('onherroepelijk') },
  'onherroepelijk#niet-toelaatbaar': { bezwaarRegistreren: 'bezwaar-ingediend' },
  ingetrokken: {},
  'buiten-behandeling': {},
};

/** Allowed by the table but refused by a guard in this particular state. */
const DOOR_GUARD_GEWEIGERD: Record<string, readonly CommandoType[]> = {
  // A VSO aanvraag is complete with both deskundigen; neither can advise twice.
  'advies-compleet': ['adviesVastleggen'],
  // The bezwaar was on time: there is no lateness to excuse.
  'bezwaar-ingediend/niet-geplaatst': ['termijnoverschrijdingBeoordelen'],
  'bezwaar-ingediend#verdaagd/niet-geplaatst': ['beslissingOpBezwaarVerdagen', 'termijnoverschrijdingBeoordelen'],
  'bij-lbt/niet-geplaatst': ['termijnoverschrijdingBeoordelen'],
  'lbt-advies-ontvangen/niet-geplaatst': ['termijnoverschrijdingBeoordelen'],
  'beroep-gegrond/niet-geplaatst': ['termijnoverschrijdingBeoordelen'],
  'onherroepelijk#na-bezwaar/geplaatst': ['bezwaarRegistreren'],
  // Beroep needs a beslissing op bezwaar.
  'onherroepelijk/niet-geplaatst': ['beroepRegistreren'],
  'onherroepelijk#niet-toelaatbaar': ['beroepRegistreren'],
};

const VO = { swv: 'VO' } as const;

/** A command that is valid wherever the expected table allows it. */
function commandoVoor(type: CommandoType, s: TlvAanvraag): TlvCommando {
  switch (type) {
    case 'conceptWijzigen':
      return { ...VO, type, dossier: { ondersteuningsbehoefte: 'Bijgewerkt' } };
    case 'aanvullingVragen':
      return { ...VO, type, aanvullenVoor: '2026-08-20', ontbrekend: ['tlo-verslag'] };
    case 'buitenBehandelingStellen':
      return { ...VO, type, motivering: 'Niet aangevuld.' };
    case 'adviesVastleggen':
      return heeftAdvies(s, 'eerste')
        ? { ...VO, type, deskundige: { rol: 'tweede', discipline: 'arts', deskundigeId: 'extern-arts' }, advies: 'toelaatbaar' }
        : { ...VO, type, deskundige: { rol: 'eerste', discipline: 'psycholoog', deskundigeId: ACTOR.orthopedagoog.id }, advies: 'toelaatbaar' };
    case 'besluitNemen':
      return { ...VO, type, inhoud: TOELAATBAAR };
    case 'bezwaarRegistreren':
      return { ...VO, type, indiener: 'ouders', ontvangenOp: '2025-04-10' };
    case 'lbtAdviesRegistreren':
      return { ...VO, type, advies: 'ongegrond' };
    case 'beslissingOpBezwaarVerdagen':
      return { ...VO, type, datum: '2025-04-12' };
    case 'beslissenOpBezwaar':
      return { ...VO, type, uitkomst: 'niet-ontvankelijk', motivering: 'Te laat, niet verschoonbaar.' };
    case 'plaatsingRegistreren':
      return { ...VO, type, schoolId: 'vso-school', datum: '2025-04-14' };
    case 'jaarlijkseEvaluatieVastleggen':
      return { ...VO, type, uitkomst: 'voortzetten', oppGeevalueerd: true };
    case 'termijnoverschrijdingBeoordelen':
      return { ...VO, type, verschoonbaar: false, reden: 'Geen reden opgegeven.' };
    case 'beroepRegistreren':
      return { ...VO, type, indiener: 'ouders', ontvangenOp: '2025-07-01' };
    case 'uitspraakRegistreren':
      return { ...VO, type, uitkomst: 'ongegrond' };
    case 'einddatumWijzigen':
      return { ...VO, type, einddatum: '2027-07-31', motivering: 'Bulkverlenging.' };
    case 'beeindigen':
      return { ...VO, type, reden: 'overplaatsing' };
    case 'verlengingAanvragen':
      return { ...VO, type, bevoegdGezagId: 'bestuur-vso' };
    default:
      return { ...VO, type } as TlvCommando;
  }
}

function actorVoor(c: TlvCommando): ActorNaam {
  switch (c.type) {
    case 'adviesVastleggen':
      return c.deskundige.rol === 'eerste' ? 'orthopedagoog' : 'consulent';
    case 'buitenBehandelingStellen':
    case 'besluitNemen':
    case 'beslissingOpBezwaarVerdagen':
    case 'beslissenOpBezwaar':
    case 'einddatumWijzigen':
      return 'teamleider';
    case 'onherroepelijkVerklaren':
    case 'verlopen':
      return 'systeem';
    default:
      return 'consulent';
  }
}

it('the expected table covers every fixture and names only known commands', () => {
  expect(Object.keys(VERWACHT).sort()).toEqual([...FIXTURE_NAMEN].sort());
  for (const rij of Object.values(VERWACHT)) for (const c of Object.keys(rij)) expect(COMMANDO_TYPES).toContain(c);
});

const CELLEN = FIXTURE_NAMEN.flatMap((f) => COMMANDO_TYPES.map((c) => [f, c] as const));

describe.each(FIXTURE_NAMEN)('in %s', (fixture) => {
  it('toegestaneCommandos lists exactly the allowed commands (plus guarded ones)', () => {
    const verwacht = [...Object.keys(VERWACHT[fixture]), ...(DOOR_GUARD_GEWEIGERD[fixture] ?? [])].sort();
    expect(toegestaneCommandos(bouw(fixture)).sort()).toEqual(verwacht);
  });
});

describe(`all ${CELLEN.length} (state, command) pairs`, () => {
  it.each(CELLEN)('%s × %s', (fixture, type) => {
    const state = diepBevroren(bouw(fixture));
    const kopie = structuredClone(state);
    const commando = commandoVoor(type, state);
    const uitvoeren = () => voerUit(state, commando, ctx(NU, ACTOR[actorVoor(commando)]));
    const doel = VERWACHT[fixture][type];

    if (doel === undefined) {
      let fout: unknown;
      try {
        uitvoeren();
      } catch (e) {
        fout = e;
      }
      expect(fout).toBeInstanceOf(OngeldigeOvergang);
      const o = fout as OngeldigeOvergang;
      expect([o.huidigeStatus, o.uitvoering, o.commando]).toEqual([state.status, state.uitvoering?.status, type]);
      expect(o.message).toContain(`'${toestandVan(state)}'`);
      if (DOOR_GUARD_GEWEIGERD[fixture]?.includes(type)) expect(o.reden).toBeTruthy();
    } else {
      const { state: na, events, nieuw } = uitvoeren();
      const nieuweAanvraag = nieuw?.[0];
      expect(toestandVan(na)).toBe(doel);
      expect(na.versie).toBe(state.versie + 1);
      expect(events.length).toBeGreaterThan(0);
      if (type === 'verlengingAanvragen') expect(nieuweAanvraag).toMatchObject({ status: 'concept', verlengingVan: state.id });
      else expect(nieuweAanvraag).toBeUndefined();
    }
    expect(state).toEqual(kopie);
  });
});
