import { createEvent, type EventEnvelope } from '@pao/contracts';
import { naarCloudEvents as kitNaarCloudEvents, type EventMapping, type Mapper } from '@pao/zaak';
import { type TlvAanvraag, type TlvEvent } from '../domain';

/** Facts about the case that the domain event does not carry but the contract asks for. */
export interface EventContext {
  /** Woongemeente (CBS code) of the leerling: TLV afgegeven, beëindigd and overbrugging are routed to it. */
  readonly gemeente: string;
  /** The TLV a verlenging follows up, when this case is one. */
  readonly vorigeTlvId?: string;
}

/** What the tests and tools give: the context plus the CloudEvent source (toeleiding acting for the case's SWV). */
export interface EventContextMetBron extends EventContext {
  readonly bron: string;
}

type E<N extends TlvEvent['naam']> = Extract<TlvEvent, { naam: N }>;

/** Only the events of this case are published: a verlenging's new concept announces nothing yet. */
function eigen<N extends TlvEvent['naam']>(map: Mapper<E<N>, TlvAanvraag, EventContext>): Mapper<E<N>, TlvAanvraag, EventContext> {
  return (e, s, ctx) => (e.data.aanvraagId === s.id ? map(e, s, ctx) : undefined);
}

const ingediend = eigen<'aanvraag-ingediend' | 'aanvraag-aangevuld'>((e, s, { basis, vorigeTlvId }) => {
  // A completed aanvraag resumes the beslistermijn: the same fact for subscribers.
  const verlenging = s.verlengingVan !== undefined;
  return createEvent('nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1', {
    ...basis,
    data: {
      aanvraagId: s.id,
      leerlingId: s.leerlingRef,
      schoolId: s.aanvrager.schoolId,
      soort: s.dossier.gevraagdeSoort!,
      ingediendOp: s.ingediendOp ?? e.data.datum,
      verlenging,
      ...(verlenging && vorigeTlvId ? { vorigeTlvId } : {}),
    },
  });
});

/**
 * Domain events → catalogue events (CloudEvents). Only what other services or a gemeente
 * need is published; the rest lives in the audit trail. leerlingRef becomes leerlingId: a
 * pseudonym, never a BSN. The compiler checks every domain event is decided here.
 */
export const TLV_EVENTS: EventMapping<TlvEvent, TlvAanvraag, EventContext> = {
  'aanvraag-aangemaakt': 'niet-gepubliceerd',
  'concept-gewijzigd': 'niet-gepubliceerd',
  'aanvraag-ingediend': ingediend,
  'aanvraag-aangevuld': ingediend,
  'aanvulling-gevraagd': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.aanvulling-gevraagd.v1', {
      ...basis,
      data: { aanvraagId: s.id, gevraagdOp: e.data.datum, uiterlijkOp: e.data.uiterlijkOp, ontbrekend: [...e.data.ontbrekend] },
    }),
  ),
  'aanvraag-buiten-behandeling-gesteld': 'niet-gepubliceerd',
  'aanvraag-in-behandeling-genomen': 'niet-gepubliceerd',
  'deskundigenadvies-vastgelegd': 'niet-gepubliceerd',
  'besluit-genomen': eigen((e, s, { basis }) => {
    const b = e.data;
    const uitkomst =
      b.uitkomst === 'toelaatbaar'
        ? { uitkomst: 'toelaatbaar' as const, tlvId: b.tlvId!, soort: b.soort!, ingangsdatum: b.ingangsdatum!, einddatum: b.einddatum ?? null }
        : { uitkomst: 'niet-toelaatbaar' as const };
    return createEvent('nl.passend-onderwijs.toeleiding.besluit-genomen.v1', {
      ...basis,
      data: { aanvraagId: s.id, besluitId: b.besluitId, leerlingId: s.leerlingRef, genomenOp: b.datum, uitkomst },
    });
  }),
  'besluit-bekendgemaakt': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.besluit-bekendgemaakt.v1', {
      ...basis,
      data: { aanvraagId: s.id, besluitId: e.data.besluitId, bekendgemaaktOp: e.data.datum, bezwaartermijnEindigtOp: e.data.bezwaartermijnEindigtOp },
    }),
  ),
  'tlv-afgegeven': eigen((e, s, { basis, gemeente }) =>
    createEvent('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1', {
      ...basis,
      data: {
        tlvId: e.data.tlvId,
        aanvraagId: s.id,
        leerlingId: s.leerlingRef,
        soort: e.data.soort,
        ingangsdatum: e.data.ingangsdatum,
        einddatum: e.data.einddatum,
        gemeente,
      },
    }),
  ),
  'bezwaar-ingediend': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.bezwaar-ingediend.v1', {
      ...basis,
      data: {
        aanvraagId: s.id,
        besluitId: e.data.besluitId,
        bezwaarId: e.data.bezwaarId,
        indiener: e.data.indiener,
        ingediendOp: e.data.datum,
        ...(e.data.verzondenOp ? { verzondenOp: e.data.verzondenOp } : {}),
        tijdig: !e.data.telaat,
        tijdigheidsregel: e.data.tijdigheid,
      },
    }),
  ),
  // Whether a late bezwaar is excusable is the case's business; the bob that follows is published.
  'termijnoverschrijding-beoordeeld': 'niet-gepubliceerd',
  'beroep-ingesteld': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.beroep-ingesteld.v1', {
      ...basis,
      data: {
        aanvraagId: s.id,
        beroepId: e.data.beroepId,
        besluitId: e.data.besluitId,
        indiener: e.data.indiener,
        ingesteldOp: e.data.datum,
        tijdig: e.data.tijdig,
        tijdigheidsregel: e.data.tijdigheid,
      },
    }),
  ),
  'uitspraak-gedaan': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.uitspraak-gedaan.v1', {
      ...basis,
      data: { aanvraagId: s.id, beroepId: e.data.beroepId, uitkomst: e.data.uitkomst, uitspraakOp: e.data.datum, hogerBeroepstermijnEindigtOp: e.data.hogerBeroepstermijnEindigtOp },
    }),
  ),
  'bezwaar-doorgestuurd-naar-lbt': 'niet-gepubliceerd',
  'lbt-advies-ontvangen': 'niet-gepubliceerd',
  'beslissing-op-bezwaar-verdaagd': 'niet-gepubliceerd',
  'beslissing-op-bezwaar-genomen': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.beslissing-op-bezwaar-genomen.v1', {
      ...basis,
      data: { aanvraagId: s.id, besluitId: e.data.besluitId, bezwaarId: e.data.bezwaarId, uitkomst: e.data.uitkomst, genomenOp: e.data.datum },
    }),
  ),
  'besluit-onherroepelijk': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', {
      ...basis,
      data: {
        aanvraagId: s.id,
        besluitId: e.data.besluitId,
        ...(e.data.tlvId ? { tlvId: e.data.tlvId } : {}),
        onherroepelijkOp: e.data.datum,
        regel: e.data.regel,
        termijnEindigdeOp: e.data.termijnEindigdeOp,
        nazendtermijnEindigdeOp: e.data.nazendtermijnEindigdeOp,
        vastgesteldOp: e.data.vastgesteldOp,
      },
    }),
  ),
  'aanvraag-ingetrokken': 'niet-gepubliceerd',
  'overbrugging-gestart': eigen((e, s, { basis, gemeente }) =>
    createEvent('nl.passend-onderwijs.toeleiding.overbrugging-gestart.v1', {
      ...basis,
      data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, gestartOp: e.data.datum, gemeente },
    }),
  ),
  'overbrugging-beeindigd': eigen((e, s, { basis, gemeente }) =>
    createEvent('nl.passend-onderwijs.toeleiding.overbrugging-beeindigd.v1', {
      ...basis,
      data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, beeindigdOp: e.data.datum, gemeente },
    }),
  ),
  'leerling-geplaatst': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.leerling-geplaatst.v1', {
      ...basis,
      data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, schoolId: e.data.schoolId, geplaatstOp: e.data.datum, wachtdagen: e.data.wachtdagen },
    }),
  ),
  'tlv-verlopen': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.tlv-verlopen.v1', {
      ...basis,
      data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, einddatum: e.data.einddatum },
    }),
  ),
  'tlv-beeindigd': eigen((e, s, { basis, gemeente }) =>
    createEvent('nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', {
      ...basis,
      data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, reden: e.data.reden, einddatum: e.data.datum, gemeente },
    }),
  ),
  // The yearly evaluation is the SWV's and the school's business: audit trail only.
  'jaarlijkse-evaluatie-vastgelegd': 'niet-gepubliceerd',
  'verlenging-aangevraagd': eigen((e, s, { basis }) =>
    createEvent('nl.passend-onderwijs.toeleiding.verlenging-aangevraagd.v1', {
      ...basis,
      data: { aanvraagId: s.id, vorigeTlvId: e.data.tlvId, nieuweAanvraagId: e.data.nieuweAanvraagId, aangevraagdOp: e.data.datum },
    }),
  ),
};

/** The catalogue events of a command on a TLV case. */
export function naarCloudEvents(events: readonly TlvEvent[], state: TlvAanvraag, ctx: EventContextMetBron): EventEnvelope[] {
  return kitNaarCloudEvents(TLV_EVENTS, events, state, ctx, ctx.bron);
}
