import {
  type Adviesniveau,
  type Afwijzingsreden,
  type Checklist,
  type Deelnemer,
  type Dossiersysteem,
  type Dossierstatus,
  type Perspectief,
  type Schoolsoort,
  type Vertrekreden,
  type Voorzieningsoort,
} from './typen';

/**
 * Every command on an overdracht. Dates are optional where they record a fact (default:
 * today, never in the future). `motivering` is the reason the audit trail keeps.
 */
interface Basis {
  readonly motivering?: string;
}

/** What toeleiding's events said about a linked TLV aanvraag (the service's own projection). */
export const TLV_STANDEN = ['aangevraagd', 'niet-toelaatbaar', 'afgegeven', 'beeindigd'] as const;
export type TlvStand = (typeof TLV_STANDEN)[number];

export type OverdrachtCommando =
  // gegevens: the sending side's facts and the links
  | (Basis & { readonly type: 'adviesVastleggen'; readonly soort: 'voorlopig' | 'definitief'; readonly niveau: Adviesniveau; readonly datum?: string })
  | (Basis & { readonly type: 'adviesBijstellen'; readonly niveau: Adviesniveau; readonly toetsniveau: Adviesniveau; readonly datum?: string })
  | (Basis & { readonly type: 'ondersteuningVastleggen'; readonly behoefte?: string; readonly kwetsbaar: boolean })
  | (Basis & { readonly type: 'voorzieningVastleggen'; readonly soort: Voorzieningsoort; readonly nodig: boolean })
  | (Basis & { readonly type: 'voorzieningGeregeld'; readonly soort: Voorzieningsoort; readonly datum?: string })
  | (Basis & {
      readonly type: 'toeleidingKoppelen';
      readonly soort: Voorzieningsoort;
      readonly aanvraagId: string;
      /** Filled by the application from its projection of toeleiding's events, never by the client. */
      readonly bekend?: { readonly stand: TlvStand; readonly tlvId?: string; readonly datum: string };
    })
  | (Basis & { readonly type: 'toeleidingBijgewerkt'; readonly aanvraagId: string; readonly stand: TlvStand; readonly tlvId?: string; readonly datum: string })
  | (Basis & { readonly type: 'dossierVastleggen'; readonly systeem: Dossiersysteem; readonly referentie: string; readonly status: Dossierstatus; readonly datum?: string })
  | (Basis & { readonly type: 'perspectiefVastleggen'; readonly perspectief: Perspectief; readonly continuiteit?: string; readonly warmeOverdrachtGemeente: boolean })
  // overstap: aanmeldingen, placement, the Steunpunt, nazorg and the ends
  | (Basis & {
      readonly type: 'aanmelden';
      readonly schoolId: string;
      /** Filled by the application from the school register, never by the client. */
      readonly schoolSoort: Schoolsoort;
      readonly datum?: string;
    })
  | (Basis & { readonly type: 'afwijzen'; readonly aanmeldingId: string; readonly reden: Afwijzingsreden; readonly datum?: string })
  | (Basis & { readonly type: 'aanmeldingIntrekken'; readonly aanmeldingId: string; readonly datum?: string })
  | (Basis & { readonly type: 'plaatsen'; readonly aanmeldingId: string; readonly datum?: string; readonly startdatum?: string })
  | (Basis & { readonly type: 'steunpuntBesluiten'; readonly uitkomst: 'afwijzing-bevestigd' | 'afwijzing-ingetrokken' })
  | (Basis & { readonly type: 'plaatsingVervallen'; readonly datum?: string })
  | (Basis & { readonly type: 'startBevestigen'; readonly datum?: string })
  | (Basis & { readonly type: 'nietVerschenen'; readonly datum?: string })
  | (Basis & { readonly type: 'uitvalMelden'; readonly datum?: string })
  | (Basis & { readonly type: 'verhuizen'; readonly datum?: string })
  | (Basis & { readonly type: 'swvVerlaten'; readonly reden: Vertrekreden; readonly datum?: string })
  | (Basis & { readonly type: 'termijnVerstreken' })
  | (Basis & { readonly type: 'startControle' })
  // warme overdracht
  | (Basis & { readonly type: 'warmeOverdrachtPlannen'; readonly datum: string })
  | (Basis & { readonly type: 'warmeOverdrachtVastleggen'; readonly datum?: string; readonly deelnemers: readonly Deelnemer[]; readonly checklist: Checklist });

export type CommandoType = OverdrachtCommando['type'];
export type Commando<K extends CommandoType> = Extract<OverdrachtCommando, { readonly type: K }>;

export const GEGEVENS_COMMANDOS = [
  'adviesVastleggen',
  'adviesBijstellen',
  'ondersteuningVastleggen',
  'voorzieningVastleggen',
  'voorzieningGeregeld',
  'toeleidingKoppelen',
  'toeleidingBijgewerkt',
  'dossierVastleggen',
  'perspectiefVastleggen',
] as const satisfies readonly CommandoType[];

export const OVERSTAP_COMMANDOS = [
  'aanmelden',
  'afwijzen',
  'aanmeldingIntrekken',
  'plaatsen',
  'steunpuntBesluiten',
  'plaatsingVervallen',
  'startBevestigen',
  'nietVerschenen',
  'uitvalMelden',
  'verhuizen',
  'swvVerlaten',
  'termijnVerstreken',
  'startControle',
] as const satisfies readonly CommandoType[];

export const WARME_OVERDRACHT_COMMANDOS = ['warmeOverdrachtPlannen', 'warmeOverdrachtVastleggen'] as const satisfies readonly CommandoType[];
