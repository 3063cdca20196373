import { maakBeslisser, type BeslisserDefinitie, type Roltabel, type Toestandsmachine, type ZaakActor } from '@pao/zaak/domein';
import { NIVEAUS, STATUSSEN, ZOEKT_AANBOD, type Niveau, type Rol, type Status } from './begrippen';
import { type Casus } from './casus';
import { type CasusCommando, type CommandoType } from './commandos';
import { type CasusEvent } from './events';
import { afsluiten, uitkomstVastleggen, vrijstellingBeeindigen } from './handlers/afloop';
import { bewaken } from './handlers/bewaken';
import { besprekingVastleggen, doorzettingskrachtInzetten, doorzettingsmachtInzetten, escaleren, terugNaarSteunpunt } from './handlers/ladder';
import { signaalAfwijzen, signaalBeoordelen, verzuimVastleggen } from './handlers/melding';
import {
  aanmeldingAfronden,
  aanmeldingVastleggen,
  actieAfronden,
  actieBijstellen,
  actieToevoegen,
  crisisstapVastleggen,
  overlegVastleggen,
  zorgplichtVerlengen,
} from './handlers/plan';
import { type ThuiszittersWerkcontext } from './werkcontext';

/**
 * Three machines side by side. The casus machine (leading) says where the pupil stands;
 * the ladder says who holds the case while it looks for an aanbod; the plan (actions,
 * overleggen, crisis steps, aanmeldingen) runs while the case is open and not a vrijstelling.
 */
const CASUS_COMMANDOS = ['signaalBeoordelen', 'signaalAfwijzen', 'verzuimVastleggen', 'uitkomstVastleggen', 'afsluiten', 'vrijstellingBeeindigen', 'bewaken'] as const;
const LADDER_COMMANDOS = ['escaleren', 'besprekingVastleggen', 'doorzettingskrachtInzetten', 'doorzettingsmachtInzetten', 'terugNaarSteunpunt'] as const;
const PLAN_COMMANDOS = [
  'actieToevoegen',
  'actieAfronden',
  'actieBijstellen',
  'overlegVastleggen',
  'crisisstapVastleggen',
  'aanmeldingVastleggen',
  'zorgplichtVerlengen',
  'aanmeldingAfronden',
] as const;
type CasusK = (typeof CASUS_COMMANDOS)[number];
type LadderK = (typeof LADDER_COMMANDOS)[number];
type PlanK = (typeof PLAN_COMMANDOS)[number];

export const casusMachine: Toestandsmachine<Casus, CommandoType, Status> = {
  naam: 'casus',
  status: (s) => s.status,
  commandos: CASUS_COMMANDOS,
  overgangen: {
    signaal: { signaalBeoordelen: ['gemeld', 'thuiszitter'], signaalAfwijzen: ['afgesloten'], bewaken: ['signaal'] },
    gemeld: {
      verzuimVastleggen: ['gemeld', 'thuiszitter'],
      uitkomstVastleggen: ['aanbod'],
      afsluiten: ['afgesloten'],
      bewaken: ['gemeld', 'thuiszitter'],
    },
    thuiszitter: { uitkomstVastleggen: ['aanbod'], afsluiten: ['afgesloten'], bewaken: ['thuiszitter'] },
    aanbod: { afsluiten: ['afgesloten'], bewaken: ['aanbod'] },
    vrijstelling: { vrijstellingBeeindigen: ['afgesloten'] },
    afgesloten: {},
  } satisfies { [S in Status]: { [K in CasusK]?: readonly Status[] } },
  waaromNiet: (s, k) => {
    if (s.status === 'afgesloten') return 'de casus is afgesloten';
    if (k === 'verzuimVastleggen' && s.status === 'thuiszitter') return 'de leerling is al thuiszitter';
    if (k === 'uitkomstVastleggen' && s.status === 'aanbod') return 'er is al een passend aanbod vastgelegd';
    if (s.status === 'signaal') return 'beoordeel eerst het signaal';
    return undefined;
  },
};

export const ladderMachine: Toestandsmachine<Casus, CommandoType, Niveau> = {
  naam: 'ladder',
  status: (s) => (ZOEKT_AANBOD.includes(s.status) ? s.niveau : undefined),
  commandos: LADDER_COMMANDOS,
  overgangen: {
    school: { escaleren: ['steunpunt'] },
    steunpunt: { escaleren: ['actietafel'] },
    actietafel: { besprekingVastleggen: ['actietafel'], doorzettingskrachtInzetten: ['doorzettingskracht'], terugNaarSteunpunt: ['steunpunt'] },
    doorzettingskracht: { besprekingVastleggen: ['doorzettingskracht'], doorzettingsmachtInzetten: ['doorzettingsmacht'], terugNaarSteunpunt: ['steunpunt'] },
    doorzettingsmacht: { besprekingVastleggen: ['doorzettingsmacht'] },
  } satisfies { [N in Niveau]: { [K in LadderK]?: readonly Niveau[] } },
  waaromNiet: (s, k) => {
    if (!ZOEKT_AANBOD.includes(s.status)) return 'alleen zolang er een passend aanbod wordt gezocht';
    if (k === 'doorzettingsmachtInzetten') return 'doorzettingsmacht komt pas aan de orde als doorzettingskracht faalt';
    if (k === 'doorzettingskrachtInzetten') return 'doorzettingskracht wordt aan de Actietafel afgesproken';
    if (k === 'escaleren' && s.niveau !== 'school' && s.niveau !== 'steunpunt') return 'de casus ligt al aan de Actietafel';
    if (k === 'besprekingVastleggen' || k === 'terugNaarSteunpunt') return 'de casus ligt niet aan de Actietafel';
    return undefined;
  },
};

const PLAN_ACTIEF: readonly Status[] = ['gemeld', 'thuiszitter', 'aanbod'];

export const planMachine: Toestandsmachine<Casus, CommandoType, 'loopt'> = {
  naam: 'plan',
  status: (s) => (PLAN_ACTIEF.includes(s.status) ? 'loopt' : undefined),
  commandos: PLAN_COMMANDOS,
  overgangen: {
    loopt: Object.fromEntries(PLAN_COMMANDOS.map((k) => [k, ['loopt'] as const])) as { [K in PlanK]: readonly ['loopt'] },
  },
  waaromNiet: (s) => (s.status === 'signaal' ? 'beoordeel eerst het signaal' : s.status === 'afgesloten' ? 'de casus is afgesloten' : 'geen plan bij een vrijstelling'),
};

/**
 * Who may give which command. The Steunpunt (consulent, orthopedagoog, teamleider) works
 * the case; the Actietafel records agreements and outcomes; only the teamleider uses
 * doorzettingsmacht; leerplicht (gemeente) reports and registers vrijstellingen; schools
 * (issue 16) report and keep their part of the plan; 'systeem' is the deadline engine.
 */
const STEUNPUNT: readonly Rol[] = ['consulent', 'orthopedagoog', 'teamleider'];
const REGIE: readonly Rol[] = ['consulent', 'teamleider'];
const TAFEL: readonly Rol[] = ['consulent', 'teamleider', 'actietafel'];
const PLAN: readonly Rol[] = [...STEUNPUNT, 'actietafel'];

export const ROLLEN_PER_COMMANDO: Roltabel<CommandoType, Rol> = {
  signaalBeoordelen: STEUNPUNT,
  signaalAfwijzen: REGIE,
  verzuimVastleggen: [...STEUNPUNT, 'gemeente', 'school'],
  uitkomstVastleggen: TAFEL,
  afsluiten: REGIE,
  vrijstellingBeeindigen: [...REGIE, 'gemeente'],
  bewaken: ['systeem'],
  escaleren: [...STEUNPUNT, 'school'],
  besprekingVastleggen: TAFEL,
  doorzettingskrachtInzetten: TAFEL,
  doorzettingsmachtInzetten: ['teamleider'],
  terugNaarSteunpunt: TAFEL,
  actieToevoegen: PLAN,
  actieAfronden: PLAN,
  actieBijstellen: PLAN,
  overlegVastleggen: PLAN,
  crisisstapVastleggen: [...STEUNPUNT, 'school'],
  aanmeldingVastleggen: [...REGIE, 'school'],
  zorgplichtVerlengen: [...REGIE, 'school'],
  aanmeldingAfronden: [...REGIE, 'school'],
};

/** Creating commands sit outside the machines; their roles live here. */
export const AANMAAK_ROLLEN = {
  melden: [...STEUNPUNT, 'gemeente', 'school'],
  vrijstellingRegistreren: [...REGIE, 'gemeente'],
  signaalOntvangen: ['systeem'],
} as const satisfies Record<string, readonly Rol[]>;

/** The Actietafel works only on cases escalated to its table (tenant isolation is the kit's). */
export function bevoegdheid(actor: ZaakActor, _c: CasusCommando, s: Casus): string | undefined {
  if (actor.rol === 'actietafel' && !s.actietafelSinds) return 'de casus is niet naar de Actietafel geëscaleerd';
  return undefined;
}

export const beslisserDefinitie: BeslisserDefinitie<Casus, CasusCommando, CasusEvent, Rol, ThuiszittersWerkcontext> = {
  machines: [casusMachine, ladderMachine, planMachine],
  rollen: ROLLEN_PER_COMMANDO,
  handlers: {
    signaalBeoordelen,
    signaalAfwijzen,
    verzuimVastleggen,
    uitkomstVastleggen,
    afsluiten,
    vrijstellingBeeindigen,
    bewaken,
    escaleren,
    besprekingVastleggen,
    doorzettingskrachtInzetten,
    doorzettingsmachtInzetten,
    terugNaarSteunpunt,
    actieToevoegen,
    actieAfronden,
    actieBijstellen,
    overlegVastleggen,
    crisisstapVastleggen,
    aanmeldingVastleggen,
    zorgplichtVerlengen,
    aanmeldingAfronden,
  },
  bevoegdheid,
};

export const casusBeslisser = maakBeslisser(beslisserDefinitie);

export const STATUSSEN_PER_MACHINE = { casus: STATUSSEN, ladder: NIVEAUS, plan: ['loopt'] } as const;
