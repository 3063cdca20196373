import { eersteVolledigSchooljaarEinde, plusDagen, type IsoDatum, type Swv, type TlvSoort } from '../domain';
import { type HttpCommando } from '../http/schemas';

/** Who gives a demo command (one demo person per role and SWV). */
export type DemoRol = 'consulent' | 'orthopedagoog' | 'teamleider';

export interface DemoStap {
  /** Days before today on which it happens (0 = today). */
  readonly dagenGeleden: number;
  readonly rol: DemoRol;
  readonly commando: HttpCommando;
  readonly body?: Record<string, unknown>;
}

export interface DemoZaak {
  readonly naam: string;
  readonly aangemaakt: number;
  readonly stappen: readonly DemoStap[];
}

export interface ScenarioContext {
  readonly swv: Swv;
  readonly soort: TlvSoort;
  /** Receiving school (SBO/SO/VSO/PrO) and its board. */
  readonly plaats: { readonly schoolId: string; readonly bevoegdGezagId: string };
  readonly vandaag: IsoDatum;
}

const stap = (dagenGeleden: number, rol: DemoRol, commando: HttpCommando, body?: Record<string, unknown>): DemoStap => ({ dagenGeleden, rol, commando, body });

/**
 * Cases in every state, written as the commands that lead there, dated relative to today
 * so the werkvoorraad always shows running terms. Deadlines that fall in the past (a
 * bezwaartermijn, a TLV's end) are left to the deadline engine, which the seed runs once
 * at the end: that is how those cases become onherroepelijk or verlopen.
 */
export function scenarios(c: ScenarioContext): DemoZaak[] {
  const dag = (n: number) => plusDagen(c.vandaag, -n);
  const toelaatbaar = (besluitDagen: number, extra: Record<string, unknown> = {}) => {
    const ingangsdatum = dag(besluitDagen - 1);
    return { uitkomst: 'toelaatbaar', soort: c.soort, ingangsdatum, einddatum: eersteVolledigSchooljaarEinde(ingangsdatum), motivering: 'Beide deskundigen adviseren toelaatbaarheid; de ondersteuningsbehoefte overstijgt de basis- en extra ondersteuning.', ...extra };
  };
  // PrO is judged on the national criteria: the eerste deskundige records the measurements.
  const proGegevens = c.soort === 'PrO' ? { proGegevens: { iq: 68, leerachterstanden: { 'begrijpend-lezen': 60, 'inzichtelijk-rekenen': 55 } } } : {};
  const eerste = { deskundige: { rol: 'eerste', discipline: 'orthopedagoog' }, advies: 'toelaatbaar', soort: c.soort, ...proGegevens };
  const tweede = (n: number) => ({ deskundige: { rol: 'tweede', discipline: n % 2 ? 'jeugdpsychiater' : 'jeugdpsycholoog', deskundigeId: `extern-deskundige-${n % 5}` }, advies: 'toelaatbaar' });
  /** From indienen up to and including a besluit `b` days ago. */
  const totBesluit = (ingediend: number, b: number, inhoud: Record<string, unknown> = toelaatbaar(b)): DemoStap[] => [
    stap(ingediend, 'consulent', 'indienen'),
    stap(ingediend - 1, 'consulent', 'inBehandelingNemen'),
    stap(Math.max(b, ingediend - 7), 'orthopedagoog', 'adviesVastleggen', eerste),
    stap(Math.max(b, ingediend - 9), 'consulent', 'adviesVastleggen', tweede(ingediend)),
    stap(b, 'teamleider', 'besluitNemen', { inhoud }),
  ];
  const plaatsen = (n: number) => stap(n, 'consulent', 'plaatsingRegistreren', { schoolId: c.plaats.schoolId, datum: dag(n) });
  const bekend = (n: number) => stap(n, 'consulent', 'bekendmaken', { datum: dag(n) });

  return [
    { naam: 'concept', aangemaakt: 2, stappen: [] },
    { naam: 'ingediend', aangemaakt: 4, stappen: [stap(3, 'consulent', 'indienen')] },
    { naam: 'aanvulling-gevraagd', aangemaakt: 12, stappen: [stap(10, 'consulent', 'indienen'), stap(8, 'consulent', 'aanvullingVragen', { aanvullenVoor: dag(-6), ontbrekend: ['tlo-verslag'] })] },
    {
      naam: 'ingediend-na-aanvulling',
      aangemaakt: 25,
      stappen: [stap(24, 'consulent', 'indienen'), stap(22, 'consulent', 'aanvullingVragen', { aanvullenVoor: dag(8), ontbrekend: ['opp'] }), stap(12, 'consulent', 'aanvullen', { dossier: { oppRef: 'opp-aangevuld' } })],
    },
    { naam: 'in-behandeling', aangemaakt: 16, stappen: [stap(15, 'consulent', 'indienen'), stap(13, 'consulent', 'inBehandelingNemen')] },
    // The beslistermijn passed without a besluit: the engine fires it, the werkvoorraad shows it red.
    { naam: 'beslistermijn-overschreden', aangemaakt: 50, stappen: [stap(46, 'consulent', 'indienen'), stap(44, 'consulent', 'inBehandelingNemen'), stap(30, 'orthopedagoog', 'adviesVastleggen', eerste)] },
    { naam: 'eerste-advies', aangemaakt: 26, stappen: [stap(25, 'consulent', 'indienen'), stap(23, 'consulent', 'inBehandelingNemen'), stap(12, 'orthopedagoog', 'adviesVastleggen', eerste)] },
    { naam: 'advies-compleet', aangemaakt: 31, stappen: totBesluit(30, 1).slice(0, 4) },
    { naam: 'besluit-genomen', aangemaakt: 36, stappen: totBesluit(35, 2) },
    { naam: 'bekendgemaakt', aangemaakt: 40, stappen: [...totBesluit(38, 11), bekend(10)] },
    { naam: 'overbrugging', aangemaakt: 45, stappen: [...totBesluit(43, 21), bekend(20), stap(15, 'consulent', 'overbruggingStarten', { arrangementRef: 'oja-arrangement-demo' })] },
    { naam: 'geplaatst-in-bezwaartermijn', aangemaakt: 45, stappen: [...totBesluit(42, 25), bekend(24), plaatsen(3)] },
    {
      naam: 'niet-toelaatbaar',
      aangemaakt: 30,
      stappen: [...totBesluit(28, 6, { uitkomst: 'niet-toelaatbaar', motivering: 'Met een arrangement in het regulier onderwijs kan de school de ondersteuning bieden.' }), bekend(5)],
    },
    { naam: 'bezwaar-ingediend', aangemaakt: 60, stappen: [...totBesluit(58, 31), bekend(30), stap(5, 'consulent', 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: dag(6) })] },
    {
      naam: 'bij-lbt',
      aangemaakt: 70,
      stappen: [...totBesluit(68, 41), bekend(40), stap(20, 'consulent', 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: dag(21) }), stap(12, 'consulent', 'doorsturenNaarLbt')],
    },
    {
      naam: 'lbt-advies-ontvangen',
      aangemaakt: 110,
      stappen: [
        ...totBesluit(108, 81),
        bekend(80),
        stap(50, 'consulent', 'bezwaarRegistreren', { indiener: 'bevoegd-gezag', ontvangenOp: dag(51) }),
        stap(45, 'consulent', 'doorsturenNaarLbt'),
        stap(40, 'teamleider', 'beslissingOpBezwaarVerdagen'),
        stap(4, 'consulent', 'lbtAdviesRegistreren', { advies: 'ongegrond' }),
      ],
    },
    {
      naam: 'beslist-op-bezwaar',
      aangemaakt: 120,
      stappen: [
        ...totBesluit(118, 91),
        bekend(90),
        stap(60, 'consulent', 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: dag(61) }),
        stap(55, 'consulent', 'doorsturenNaarLbt'),
        stap(20, 'consulent', 'lbtAdviesRegistreren', { advies: 'ongegrond' }),
        stap(10, 'teamleider', 'beslissenOpBezwaar', { uitkomst: 'ongegrond', motivering: 'De LBT adviseert het bezwaar ongegrond te verklaren; het besluit blijft in stand.' }),
        plaatsen(8),
      ],
    },
    // At the court: beroep lodged, an uitspraak gegrond awaiting a new beslissing, an uitspraak ongegrond in its hoger-beroepstermijn.
    ...(['beroep-ingesteld', 'beroep-gegrond', 'uitspraak-gedaan'] as const).map((naam) => ({
      naam,
      aangemaakt: 260,
      stappen: [
        ...totBesluit(258, 231),
        bekend(230),
        stap(200, 'consulent', 'bezwaarRegistreren', { indiener: 'ouders', ontvangenOp: dag(201) }),
        stap(195, 'consulent', 'doorsturenNaarLbt'),
        stap(160, 'consulent', 'lbtAdviesRegistreren', { advies: 'ongegrond' }),
        stap(150, 'teamleider', 'beslissenOpBezwaar', { uitkomst: 'ongegrond', motivering: 'De LBT adviseert het bezwaar ongegrond te verklaren; het besluit blijft in stand.' }),
        plaatsen(140),
        stap(120, 'consulent', 'beroepRegistreren', { indiener: 'ouders', ontvangenOp: dag(121), verzondenOp: dag(123) }),
        ...(naam === 'beroep-ingesteld' ? [] : [stap(10, 'consulent', 'uitspraakRegistreren', { uitkomst: naam === 'beroep-gegrond' ? 'gegrond' : 'ongegrond', datum: dag(11) })]),
      ],
    })),
    // The bezwaartermijn has passed: the engine makes these onherroepelijk when the seed runs it.
    { naam: 'onherroepelijk-niet-geplaatst', aangemaakt: 80, stappen: [...totBesluit(78, 61), bekend(60)] },
    { naam: 'onherroepelijk-geplaatst', aangemaakt: 150, stappen: [...totBesluit(148, 121), bekend(120), plaatsen(100)] },
    { naam: 'ingetrokken', aangemaakt: 20, stappen: [stap(18, 'consulent', 'indienen'), stap(15, 'consulent', 'intrekken')] },
    {
      naam: 'buiten-behandeling',
      aangemaakt: 60,
      stappen: [stap(55, 'consulent', 'indienen'), stap(50, 'consulent', 'aanvullingVragen', { aanvullenVoor: dag(36), ontbrekend: ['ondersteuningsbehoefte', 'tlo-verslag'] }), stap(30, 'teamleider', 'buitenBehandelingStellen', { motivering: 'De aanvulling is niet binnen de gestelde termijn ontvangen.' })],
    },
    // In its last school year: the (V)SO school must arrange return or a new TLV.
    { naam: 'laatste-schooljaar', aangemaakt: 420, stappen: [...totBesluit(418, 400), bekend(399), plaatsen(380)] },
    {
      naam: 'verlenging-aangevraagd',
      aangemaakt: 430,
      stappen: [...totBesluit(428, 410), bekend(409), plaatsen(390), stap(20, 'consulent', 'verlengingAanvragen', { bevoegdGezagId: c.plaats.bevoegdGezagId, dossier: { ondersteuningsbehoefte: 'Doelen voor het komende schooljaar: zelfstandigheid en uitstroom.', gewensteDuur: { einddatum: plusDagen(eersteVolledigSchooljaarEinde(c.vandaag), 365), onderbouwing: 'Nog één schooljaar nodig.' } } })],
    },
    // Ended 31 July this year: the engine lets it expire.
    { naam: 'verlopen', aangemaakt: 520, stappen: [...totBesluit(518, 500), bekend(499), plaatsen(480)] },
    { naam: 'beeindigd', aangemaakt: 250, stappen: [...totBesluit(248, 230), bekend(229), plaatsen(200), stap(30, 'consulent', 'beeindigen', { reden: 'terugplaatsing-regulier' })] },
  ];
}
