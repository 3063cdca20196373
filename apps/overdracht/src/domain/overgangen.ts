import { type Overgangstabel, type Toestandsmachine } from '@pao/zaak/domein';
import { GEGEVENS_COMMANDOS, OVERSTAP_COMMANDOS, WARME_OVERDRACHT_COMMANDOS, type CommandoType } from './commandos';
import { isEindstatus, type Overdracht, type Status, type WarmeOverdrachtStatus } from './typen';

type OverstapCommando = (typeof OVERSTAP_COMMANDOS)[number];
type GegevensCommando = (typeof GEGEVENS_COMMANDOS)[number];
type WarmCommando = (typeof WARME_OVERDRACHT_COMMANDOS)[number];

const EINDE = { verhuizen: ['verhuisd'], swvVerlaten: ['swv-verlaten'] } as const;

/**
 * The lead machine. While no school has placed the pupil: aanmelding (or steunpunt while
 * a third rejection waits for the Steunpunt). A passed term escalates and stays; the
 * startcontrole ends every case that did not start. The four ends take no command except
 * a drop-out report in the first months after the start.
 */
export const OVERSTAP: Overgangstabel<Status, OverstapCommando> = {
  aanmelding: {
    aanmelden: ['aanmelding'],
    afwijzen: ['aanmelding', 'steunpunt'],
    aanmeldingIntrekken: ['aanmelding'],
    plaatsen: ['geplaatst'],
    termijnVerstreken: ['aanmelding'],
    startControle: ['niet-gestart'],
    ...EINDE,
  },
  steunpunt: {
    steunpuntBesluiten: ['aanmelding'],
    termijnVerstreken: ['steunpunt'],
    startControle: ['niet-gestart'],
    ...EINDE,
  },
  geplaatst: {
    plaatsingVervallen: ['aanmelding'],
    startBevestigen: ['gestart'],
    nietVerschenen: ['niet-gestart'],
    termijnVerstreken: ['geplaatst'],
    startControle: ['niet-gestart'],
    ...EINDE,
  },
  gestart: { uitvalMelden: ['gestart'] },
  'niet-gestart': {},
  verhuisd: {},
  'swv-verlaten': {},
};

/** The facts and links: editable until the case ends. */
export const GEGEVENS: Overgangstabel<'open', GegevensCommando> = {
  open: Object.fromEntries(GEGEVENS_COMMANDOS.map((k) => [k, ['open']])) as { [K in GegevensCommando]: ['open'] },
};

/** The warme overdracht: once a receiving school has placed the pupil, before the start. */
export const WARME_OVERDRACHT: Overgangstabel<WarmeOverdrachtStatus, WarmCommando> = {
  open: { warmeOverdrachtPlannen: ['gepland'], warmeOverdrachtVastleggen: ['gehouden'] },
  gepland: { warmeOverdrachtPlannen: ['gepland'], warmeOverdrachtVastleggen: ['gehouden'] },
  gehouden: {},
};

/** The warme overdracht's status for the current receiving school. */
export function warmeOverdrachtStatus(s: Overdracht): WarmeOverdrachtStatus {
  const w = s.warmeOverdracht;
  if (!w || !s.plaatsing || w.schoolId !== s.plaatsing.schoolId) return 'open';
  return w.gehouden ? 'gehouden' : 'gepland';
}

function waaromNiet(s: Overdracht, k: CommandoType): string | undefined {
  if (isEindstatus(s.status)) return s.status === 'gestart' && k !== 'uitvalMelden' ? 'de leerling is gestart; de overdracht is afgerond' : 'de overdracht is beëindigd';
  if (s.status === 'steunpunt') return 'een derde afwijzing ligt bij het Steunpunt';
  if (s.status === 'aanmelding' && ['startBevestigen', 'nietVerschenen', 'plaatsingVervallen'].includes(k)) return 'de leerling is nog niet geplaatst';
  if (s.status === 'geplaatst' && ['aanmelden', 'afwijzen', 'plaatsen'].includes(k)) return 'de leerling is al geplaatst';
  return undefined;
}

export const MACHINES = {
  overstap: {
    naam: 'overstap',
    status: (s) => s.status,
    commandos: OVERSTAP_COMMANDOS,
    overgangen: OVERSTAP,
    waaromNiet,
  } satisfies Toestandsmachine<Overdracht, CommandoType, Status>,
  gegevens: {
    naam: 'gegevens',
    status: (s) => (isEindstatus(s.status) ? undefined : 'open'),
    commandos: GEGEVENS_COMMANDOS,
    overgangen: GEGEVENS,
    waaromNiet,
  } satisfies Toestandsmachine<Overdracht, CommandoType, 'open'>,
  warmeOverdracht: {
    naam: 'warmeOverdracht',
    status: (s) => (s.status === 'geplaatst' ? warmeOverdrachtStatus(s) : undefined),
    commandos: WARME_OVERDRACHT_COMMANDOS,
    overgangen: WARME_OVERDRACHT,
    waaromNiet: (s) => (s.plaatsing ? 'de warme overdracht is al vastgelegd' : 'eerst moet een school de leerling plaatsen'),
  } satisfies Toestandsmachine<Overdracht, CommandoType, WarmeOverdrachtStatus>,
};
