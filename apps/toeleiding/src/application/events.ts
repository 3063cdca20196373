import { randomUUID } from 'node:crypto';
import { createEvent, type EventEnvelope } from '@pao/contracts';
import { currentCorrelationId } from '@pao/platform';
import { type TlvAanvraag, type TlvEvent } from '../domain';

/** Facts about the case that the domain event does not carry but the contract asks for. */
export interface EventContext {
  /** Woongemeente (CBS code) of the leerling: TLV afgegeven, beëindigd and overbrugging are routed to it. */
  readonly gemeente: string;
  /** The TLV a verlenging follows up, when this case is one. */
  readonly vorigeTlvId?: string;
  /** CloudEvent source: toeleiding acting for the case's SWV (Samenwerkingsverbanden.bron). */
  readonly bron: string;
}

/** The correlation id of the request or job, or a fresh one (events always carry one). */
export function correlatie(): string {
  return currentCorrelationId() ?? randomUUID();
}

/**
 * Domain events → catalogue events (CloudEvents). Only what other services or a gemeente
 * need is published; the rest (concept gewijzigd, advies vastgelegd …) lives in the audit
 * trail. leerlingRef becomes leerlingId: a pseudonym, never a BSN.
 */
export function naarCloudEvents(events: readonly TlvEvent[], state: TlvAanvraag, ctx: EventContext): EventEnvelope[] {
  const basis = { source: ctx.bron, subject: state.id, swv: state.swv, correlationid: correlatie() };
  const uit: EventEnvelope[] = [];
  for (const e of events) {
    const m = naarCloudEvent(e, state, ctx, basis);
    if (m) uit.push(m);
  }
  return uit;
}

type Basis = { source: string; subject: string; swv: TlvAanvraag['swv']; correlationid: string };

function naarCloudEvent(e: TlvEvent, s: TlvAanvraag, ctx: EventContext, basis: Basis): EventEnvelope | undefined {
  const d = e.data;
  switch (e.naam) {
    case 'aanvraag-ingediend':
    case 'aanvraag-aangevuld': {
      // A completed aanvraag resumes the beslistermijn: the same fact for subscribers.
      const verlenging = s.verlengingVan !== undefined;
      return createEvent('nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1', {
        ...basis,
        data: {
          aanvraagId: s.id,
          leerlingId: s.leerlingRef,
          schoolId: s.aanvrager.schoolId,
          soort: s.dossier.gevraagdeSoort!,
          ingediendOp: s.ingediendOp ?? d.datum,
          verlenging,
          ...(verlenging && ctx.vorigeTlvId ? { vorigeTlvId: ctx.vorigeTlvId } : {}),
        },
      });
    }
    case 'aanvulling-gevraagd':
      return createEvent('nl.passend-onderwijs.toeleiding.aanvulling-gevraagd.v1', {
        ...basis,
        data: { aanvraagId: s.id, gevraagdOp: d.datum, uiterlijkOp: e.data.uiterlijkOp, ontbrekend: [...e.data.ontbrekend] },
      });
    case 'besluit-genomen': {
      const b = e.data;
      const uitkomst =
        b.uitkomst === 'toelaatbaar'
          ? { uitkomst: 'toelaatbaar' as const, tlvId: b.tlvId!, soort: b.soort!, ingangsdatum: b.ingangsdatum!, einddatum: b.einddatum ?? null }
          : { uitkomst: 'niet-toelaatbaar' as const };
      return createEvent('nl.passend-onderwijs.toeleiding.besluit-genomen.v1', {
        ...basis,
        data: { aanvraagId: s.id, besluitId: b.besluitId, leerlingId: s.leerlingRef, genomenOp: b.datum, uitkomst },
      });
    }
    case 'besluit-bekendgemaakt':
      return createEvent('nl.passend-onderwijs.toeleiding.besluit-bekendgemaakt.v1', {
        ...basis,
        data: { aanvraagId: s.id, besluitId: e.data.besluitId, bekendgemaaktOp: d.datum, bezwaartermijnEindigtOp: e.data.bezwaartermijnEindigtOp },
      });
    case 'tlv-afgegeven':
      return createEvent('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1', {
        ...basis,
        data: {
          tlvId: e.data.tlvId,
          aanvraagId: s.id,
          leerlingId: s.leerlingRef,
          soort: e.data.soort,
          ingangsdatum: e.data.ingangsdatum,
          einddatum: e.data.einddatum,
          gemeente: ctx.gemeente,
        },
      });
    case 'besluit-onherroepelijk':
      return createEvent('nl.passend-onderwijs.toeleiding.besluit-onherroepelijk.v1', {
        ...basis,
        data: { aanvraagId: s.id, besluitId: e.data.besluitId, ...(e.data.tlvId ? { tlvId: e.data.tlvId } : {}), onherroepelijkOp: d.datum },
      });
    case 'bezwaar-ingediend':
      return createEvent('nl.passend-onderwijs.toeleiding.bezwaar-ingediend.v1', {
        ...basis,
        data: { aanvraagId: s.id, besluitId: e.data.besluitId, bezwaarId: e.data.bezwaarId, indiener: e.data.indiener, ingediendOp: d.datum, tijdig: !e.data.telaat },
      });
    case 'beslissing-op-bezwaar-genomen':
      return createEvent('nl.passend-onderwijs.toeleiding.beslissing-op-bezwaar-genomen.v1', {
        ...basis,
        data: { aanvraagId: s.id, besluitId: e.data.besluitId, bezwaarId: e.data.bezwaarId, uitkomst: e.data.uitkomst, genomenOp: d.datum },
      });
    case 'leerling-geplaatst':
      return createEvent('nl.passend-onderwijs.toeleiding.leerling-geplaatst.v1', {
        ...basis,
        data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, schoolId: e.data.schoolId, geplaatstOp: d.datum, wachtdagen: e.data.wachtdagen },
      });
    case 'tlv-verlopen':
      return createEvent('nl.passend-onderwijs.toeleiding.tlv-verlopen.v1', {
        ...basis,
        data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, einddatum: e.data.einddatum },
      });
    case 'tlv-beeindigd':
      return createEvent('nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1', {
        ...basis,
        data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, reden: e.data.reden, einddatum: d.datum, gemeente: ctx.gemeente },
      });
    case 'verlenging-aangevraagd':
      return createEvent('nl.passend-onderwijs.toeleiding.verlenging-aangevraagd.v1', {
        ...basis,
        data: { aanvraagId: s.id, vorigeTlvId: e.data.tlvId, nieuweAanvraagId: e.data.nieuweAanvraagId, aangevraagdOp: d.datum },
      });
    case 'overbrugging-gestart':
      return createEvent('nl.passend-onderwijs.toeleiding.overbrugging-gestart.v1', {
        ...basis,
        data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, gestartOp: d.datum, gemeente: ctx.gemeente },
      });
    case 'overbrugging-beeindigd':
      return createEvent('nl.passend-onderwijs.toeleiding.overbrugging-beeindigd.v1', {
        ...basis,
        data: { aanvraagId: s.id, tlvId: e.data.tlvId, leerlingId: s.leerlingRef, beeindigdOp: d.datum, gemeente: ctx.gemeente },
      });
    default:
      return undefined;
  }
}
