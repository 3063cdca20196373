import fc from 'fast-check';
import { eersteVolledigSchooljaarEinde, isIsoDatum, plusDagen } from '@pao/zaak/domein';
import { isZaakFout } from '@pao/zaak/domein';
import { geldigBsnArb } from '@pao/zaak/domein/leerling/bsn.arbitraries';
import { heeftAdvies, type Besluit, type TlvAanvraag } from './aanvraag';
import { type CommandoType, type TlvCommando } from './commandos';
import { ROLLEN, type Rol } from './context';
import { type TlvEvent } from './events';
import { toegestaneCommandos } from './voer-uit';
import { vereisteDeskundigen } from './beleid';
import { termijnen } from './termijnen';
import { ACTOR, AANMAKEN, ctx, diepBevroren, idTeller, BELEID_VO } from './testing/fixtures';
import { nepTermijnrekenaar } from './testing/nep-termijnrekenaar';
import { COMMANDO_TYPES, maakAan, voerUit } from './voer-uit';

/**
 * Random command sequences. Most steps pick a command the state machine allows (so runs
 * get deep into bezwaar and uitvoering), some pick any command, with a wrong role, or
 * with invalid input. Free text always carries a BSN, to prove it never reaches events.
 */
interface Stap {
  readonly willekeurig: boolean;
  readonly kies: number;
  readonly variant: number;
  readonly dagen: number;
  readonly verkeerdeRol?: Rol;
  readonly bsn: string;
}

const stapArb: fc.Arbitrary<Stap> = fc.record(
  {
    willekeurig: fc.integer({ min: 0, max: 9 }).map((n) => n < 2),
    kies: fc.nat(10_000),
    variant: fc.nat(11),
    dagen: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 10 }), fc.integer({ min: 11, max: 120 })),
    verkeerdeRol: fc.option(fc.constantFrom(...ROLLEN), { freq: 8 }),
    bsn: geldigBsnArb(),
  },
  { requiredKeys: ['willekeurig', 'kies', 'variant', 'dagen', 'bsn'] },
);

const VO = { swv: 'VO' } as const;
const vrijeTekst = (stap: Stap) => `Leerling ${stap.bsn} (J. Jansen) heeft meer nodig.`;

function huidigeEinde(s: TlvAanvraag): string {
  const inhoud = s.besluit?.inhoud;
  return inhoud?.uitkomst === 'toelaatbaar' && inhoud.einddatum !== 'onbepaald' ? inhoud.einddatum : '2030-07-31';
}

function besluitInhoud(variant: number, vandaag: string, stap: Stap) {
  const ingangsdatum = vandaag;
  switch (variant % 5) {
    case 4:
      return { uitkomst: 'toelaatbaar', soort: 'VSO-midden', ingangsdatum, einddatum: eersteVolledigSchooljaarEinde(ingangsdatum), motivering: vrijeTekst(stap) } as const;
    case 0:
      return { uitkomst: 'toelaatbaar', soort: 'PrO', ingangsdatum, einddatum: eersteVolledigSchooljaarEinde(ingangsdatum), motivering: vrijeTekst(stap) } as const;
    case 1:
      return { uitkomst: 'niet-toelaatbaar', motivering: vrijeTekst(stap) } as const;
    case 2:
      return { uitkomst: 'toelaatbaar', soort: 'VSO-hoog', ingangsdatum, einddatum: 'onbepaald', onbepaaldReden: vrijeTekst(stap), motivering: vrijeTekst(stap) } as const;
    default:
      return { uitkomst: 'toelaatbaar', soort: 'SBO', ingangsdatum, einddatum: '2031-06-30', motivering: vrijeTekst(stap) } as const; // invalid twice
  }
}

function commandoVoor(type: CommandoType, s: TlvAanvraag, vandaag: string, stap: Stap): TlvCommando {
  const v = stap.variant;
  switch (type) {
    case 'conceptWijzigen':
      return { ...VO, type, dossier: { ondersteuningsbehoefte: vrijeTekst(stap) } };
    case 'indienen':
    case 'aanvullen':
      return { ...VO, type };
    case 'aanvullingVragen':
      return { ...VO, type, aanvullenVoor: plusDagen(vandaag, v % 3 === 0 ? 0 : 14), ontbrekend: ['opp'] };
    case 'buitenBehandelingStellen':
      return { ...VO, type, motivering: vrijeTekst(stap) };
    case 'adviesVastleggen': {
      const rol = v % 3 === 0 ? 'eerste' : heeftAdvies(s, 'eerste') ? 'tweede' : 'eerste';
      const deskundigeId = rol === 'eerste' || v % 5 === 0 ? ACTOR.orthopedagoog.id : `extern-${v}`;
      const discipline = rol === 'eerste' ? 'orthopedagoog' : 'maatschappelijk-werker';
      // The eerste deskundige's PrO measurements: meeting the criteria or not.
      const proGegevens = rol === 'eerste' && v % 4 !== 3 ? { proGegevens: { iq: v % 4 === 2 ? 90 : 70, leerachterstanden: { 'begrijpend-lezen': 60, spellen: 55 } } } : {};
      return { ...VO, type, deskundige: { rol, discipline, deskundigeId }, advies: v % 2 ? 'toelaatbaar' : 'niet-toelaatbaar', ...proGegevens };
    }
    case 'besluitNemen':
      return { ...VO, type, inhoud: besluitInhoud(v, vandaag, stap) };
    case 'bezwaarRegistreren':
    case 'beroepRegistreren':
      // Sometimes posted earlier (Awb 6:9 lid 2), sometimes a postmark after receipt (invalid).
      return { ...VO, type, indiener: v % 2 ? 'ouders' : 'bevoegd-gezag', ontvangenOp: vandaag, ...(v % 3 === 0 ? { verzondenOp: plusDagen(vandaag, v % 2 ? -5 : 1) } : {}) };
    case 'termijnoverschrijdingBeoordelen':
      return { ...VO, type, verschoonbaar: v % 2 === 0, reden: vrijeTekst(stap) };
    case 'uitspraakRegistreren':
      return { ...VO, type, uitkomst: v % 2 === 0 ? 'gegrond' : v % 3 === 0 ? 'niet-ontvankelijk' : 'ongegrond' };
    case 'lbtAdviesRegistreren':
      return { ...VO, type, advies: (['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const)[v % 3] };
    case 'beslissenOpBezwaar': {
      const uitkomst = (['gegrond', 'ongegrond', 'niet-ontvankelijk'] as const)[v % 3];
      const herzienBesluit = uitkomst === 'gegrond' || v > 9 ? besluitInhoud(Math.floor(v / 3), vandaag, stap) : undefined;
      return { ...VO, type, uitkomst, motivering: vrijeTekst(stap), ...(herzienBesluit ? { herzienBesluit } : {}) };
    }
    case 'plaatsingRegistreren':
      return { ...VO, type, schoolId: `vso-${v % 3}`, datum: vandaag };
    case 'einddatumWijzigen': {
      const jaar = Number(huidigeEinde(s).slice(0, 4)) + (v % 3);
      return { ...VO, type, einddatum: v % 4 === 3 ? 'onbepaald' : `${jaar}-07-31`, onbepaaldReden: vrijeTekst(stap), motivering: vrijeTekst(stap) };
    }
    case 'beeindigen':
      return { ...VO, type, reden: 'terugplaatsing-regulier' };
    case 'verlengingAanvragen':
      return { ...VO, type, bevoegdGezagId: 'bestuur-vso', dossier: { ondersteuningsbehoefte: vrijeTekst(stap) } };
    default:
      return { ...VO, type } as TlvCommando;
  }
}

function actorVoor(c: TlvCommando, s: TlvAanvraag, stap: Stap) {
  if (stap.verkeerdeRol) return { id: 'iemand', rol: stap.verkeerdeRol, organisatie: 'VO' };
  switch (c.type) {
    case 'adviesVastleggen':
      return c.deskundige.rol === 'eerste' ? ACTOR.orthopedagoog : ACTOR.consulent;
    case 'buitenBehandelingStellen':
    case 'besluitNemen':
    case 'beslissingOpBezwaarVerdagen':
    case 'beslissenOpBezwaar':
    case 'einddatumWijzigen':
      return ACTOR.teamleider;
    case 'onherroepelijkVerklaren':
    case 'verlopen':
      return ACTOR.systeem;
    case 'verlengingAanvragen':
      return { id: 'vso-gebruiker', rol: 'school' as const, organisatie: s.uitvoering?.plaatsing?.schoolId ?? 'geen' };
    default:
      return ACTOR.consulent;
  }
}

/** What the run has seen so far: the model the invariants are checked against. */
interface Model {
  bekendgemaaktGezien: boolean;
  besluitenGenomen: string[];
}

const NA_BESLUIT = new Set([
  'besluit-genomen',
  'bekendgemaakt',
  'bezwaar-ingediend',
  'bij-lbt',
  'lbt-advies-ontvangen',
  'beslist-op-bezwaar',
  'beroep-ingesteld',
  'beroep-gegrond',
  'uitspraak-gedaan',
  'onherroepelijk',
]);

function controleerNaStap(voor: TlvAanvraag, na: TlvAanvraag, events: readonly TlvEvent[], model: Model, stap: Stap): void {
  expect(na.versie).toBe(voor.versie + 1);

  // Events: ids, codes and dates only.
  const json = JSON.stringify(events);
  expect(json).not.toMatch(/\b\d{9}\b/);
  expect(json).not.toContain(stap.bsn);
  expect(json).not.toContain('Jansen');
  for (const e of events) for (const [k, w] of Object.entries(e.data)) if (typeof w === 'string') expect({ k, lang: w.length > 60 }).toEqual({ k, lang: false });

  // Never a besluit without the deskundigen the soort needs: two for speciaal onderwijs,
  // the eerste with a toetsing that meets the criteria for a toelaatbaar PrO.
  if (NA_BESLUIT.has(na.status)) expect(heeftAdvies(na, 'eerste')).toBe(true);
  for (const e of events) {
    if (e.naam !== 'besluit-genomen' || e.data.grondslag !== 'aanvraag') continue;
    const soort = e.data.uitkomst === 'toelaatbaar' ? e.data.soort : voor.dossier.gevraagdeSoort;
    for (const rol of vereisteDeskundigen(soort, BELEID_VO)) expect(heeftAdvies(voor, rol)).toBe(true);
    if (e.data.soort === 'PrO') expect(voor.adviezen.find((a) => a.deskundige.rol === 'eerste')?.proToetsing?.voldoet).toBe(true);
  }

  // Never two besluiten active: every besluit ever taken is the active one or replaced.
  for (const e of events) if (e.naam === 'besluit-genomen') model.besluitenGenomen.push(e.data.besluitId);
  const alle = [...na.vervangenBesluiten, ...(na.besluit ? [na.besluit] : [])].map((b: Besluit) => b.besluitId);
  expect(new Set(alle).size).toBe(alle.length);
  expect(alle).toEqual(model.besluitenGenomen);

  // Onherroepelijk only after bekendmaking and after the term that applies.
  if (events.some((e) => e.naam === 'besluit-bekendgemaakt')) model.bekendgemaaktGezien = true;
  if (na.status === 'onherroepelijk') {
    expect(model.bekendgemaaktGezien).toBe(true);
    const termijnEinde = na.bezwaar?.beslissing?.beroepstermijn.datum ?? na.bekendmaking!.bezwaartermijn.datum;
    expect(na.onherroepelijkOp! > termijnEinde).toBe(true);
  }
  // Awb 6:9 lid 2: never declared while a timely posted appeal can still arrive, and it says why.
  for (const e of events) {
    if (e.naam !== 'besluit-onherroepelijk') continue;
    expect(e.data.vastgesteldOp > e.data.nazendtermijnEindigdeOp).toBe(true);
    expect(e.data.nazendtermijnEindigdeOp > e.data.termijnEindigdeOp).toBe(true);
    expect(e.data.datum).toBe(plusDagen(e.data.termijnEindigdeOp, 1));
    expect(voor.status).toBe({ 'bezwaartermijn-verstreken': 'bekendgemaakt', 'beroepstermijn-verstreken': 'beslist-op-bezwaar', 'hoger-beroepstermijn-verstreken': 'uitspraak-gedaan' }[e.data.regel]);
  }
  // Not onherroepelijk while the court has the case, and no consequence armed meanwhile.
  if (na.status === 'beroep-ingesteld' || na.status === 'beroep-gegrond') {
    expect(termijnen(na, nepTermijnrekenaar, BELEID_VO).some((t) => t.bijVerstrijken === 'onherroepelijkVerklaren')).toBe(false);
  }
  // A late bezwaar that was not excused is only ever declared niet-ontvankelijk (Awb 6:11).
  for (const e of events) {
    if (e.naam === 'beslissing-op-bezwaar-genomen' && voor.bezwaar?.telaat && voor.bezwaar.verschoonbaarheid?.verschoonbaar !== true) {
      expect(e.data.uitkomst).toBe('niet-ontvankelijk');
    }
  }

  // A running TLV always belongs to the active, toelaatbaar, bekendgemaakte besluit.
  const u = na.uitvoering;
  if (u && u.status !== 'verlopen' && u.status !== 'beeindigd') {
    expect(na.bekendmaking).toBeDefined();
    expect(na.besluit?.inhoud.uitkomst).toBe('toelaatbaar');
    expect(na.besluit?.tlvId).toBe(u.tlvId);
  }

  const intenties = termijnen(na, nepTermijnrekenaar, BELEID_VO);
  expect(intenties.every((t) => isIsoDatum(t.vervaltOp) && t.onderwerpId === na.id)).toBe(true);
  if (na.status === 'aanvulling-gevraagd') expect(intenties.map((t) => t.soort)).not.toContain('beslistermijn');
}

/** Commands that end a run early are picked rarely, so runs get deep. */
const AFSLUITEND = new Set<CommandoType>(['intrekken', 'buitenBehandelingStellen', 'beeindigen']);

function kiesUit(opties: readonly CommandoType[], stap: Stap): readonly CommandoType[] {
  const doorgaand = opties.filter((c) => !AFSLUITEND.has(c));
  return stap.kies % 10 === 0 || doorgaand.length === 0 ? opties : doorgaand;
}

function speel(stappen: readonly Stap[]): { bereikt: Set<string> } {
  const nieuwId = idTeller();
  let vandaag = '2025-01-06';
  // Half the runs ask for PrO (one deskundige and the criteria), half for VSO (two deskundigen).
  const gevraagdeSoort = (stappen[0]?.variant ?? 0) % 2 ? 'PrO' : 'VSO-laag';
  let s = diepBevroren(maakAan({ ...AANMAKEN, dossier: { ...AANMAKEN.dossier, gevraagdeSoort } }, ctx(vandaag, ACTOR.school, nieuwId)).state);
  const model: Model = { bekendgemaaktGezien: false, besluitenGenomen: [] };
  const bereikt = new Set<string>([s.status]);
  for (const stap of stappen) {
    vandaag = plusDagen(vandaag, stap.dagen);
    const opties = kiesUit(stap.willekeurig ? COMMANDO_TYPES : toegestaneCommandos(s), stap);
    if (opties.length === 0) break;
    const commando = commandoVoor(opties[stap.kies % opties.length], s, vandaag, stap);
    const kopie = structuredClone(s);
    try {
      const { state, events } = voerUit(s, commando, ctx(vandaag, actorVoor(commando, s, stap), nieuwId));
      controleerNaStap(s, state, events, model, stap);
      s = diepBevroren(state);
      bereikt.add(s.status);
      if (s.uitvoering) bereikt.add(`uitvoering:${s.uitvoering.status}`);
    } catch (e) {
      if (!isZaakFout(e)) throw e;
      expect(s).toEqual(kopie);
    }
  }
  return { bereikt };
}

describe('random command sequences', () => {
  it('keep every invariant; refusals are typed domain errors that change nothing', () => {
    fc.assert(
      fc.property(fc.array(stapArb, { minLength: 1, maxLength: 60 }), (stappen) => {
        speel(stappen);
      }),
      { numRuns: 400 },
    );
  });

  it('reach deep states, so the invariants above are not vacuous', () => {
    const bereikt = new Set<string>();
    fc.assert(
      fc.property(fc.array(stapArb, { minLength: 20, maxLength: 60 }), (stappen) => {
        for (const s of speel(stappen).bereikt) bereikt.add(s);
      }),
      { numRuns: 400, seed: 42 },
    );
    expect([...bereikt]).toEqual(
      expect.arrayContaining([
        'advies-compleet',
        'bekendgemaakt',
        'bij-lbt',
        'beslist-op-bezwaar',
        'beroep-ingesteld',
        'beroep-gegrond',
        'uitspraak-gedaan',
        'onherroepelijk',
        'ingetrokken',
        'uitvoering:overbrugging',
        'uitvoering:geplaatst',
        'uitvoering:verlopen',
        'uitvoering:beeindigd',
      ]),
    );
  });
});
