import { catalogue, type EventEnvelope } from '@pao/contracts';
import type { GemeenteEventType, Melding } from '../domain/abonnement';

/** Every event type the catalogue marks for gemeenten, with its kanaal (the owning domain). */
export const GEMEENTE_TYPEN: readonly GemeenteEventType[] = catalogue
  .all()
  .filter((d) => d.audience.includes('gemeente'))
  .map((d) => ({ type: d.type, kanaal: d.domain }));

export const GEMEENTE_TYPE_NAMEN: readonly string[] = GEMEENTE_TYPEN.map((t) => t.type);

/** The kanalen (domains with events for gemeenten), as GET /kanalen shows them. */
export function kanalenOverzicht() {
  const namen = [...new Set(GEMEENTE_TYPEN.map((t) => t.kanaal))];
  return namen.map((naam) => ({
    naam,
    filters: ['type', 'gemeente'],
    typen: catalogue
      .all()
      .filter((d) => d.domain === naam && d.audience.includes('gemeente'))
      .map((d) => ({ type: d.type, beschrijving: d.description, velden: d.gemeenteFields ?? [] })),
  }));
}

export interface GemeenteBericht {
  /** The envelope a gemeente may receive (the catalogue's gemeente view) plus its dataref. */
  readonly envelope: EventEnvelope;
  readonly melding: Melding;
}

/**
 * The gemeente view of an event, or undefined when the event is not for gemeenten. The
 * `dataref` is the producer's when it set one, else where this service serves the event
 * through the gateway (GET /api/notificaties/gebeurtenissen/<id>, with the partner's key).
 */
export function gemeenteBericht(event: EventEnvelope, gatewayUrl: string): GemeenteBericht | undefined {
  const view = catalogue.viewFor(event, 'gemeente');
  if (!view) return undefined;
  const data = view.data as { gemeente?: unknown };
  const gemeente = typeof data.gemeente === 'string' ? data.gemeente : undefined;
  const dataref = view.dataref ?? new URL(`/api/notificaties/gebeurtenissen/${view.id}`, gatewayUrl).toString();
  const { data: inhoud, ...attributen } = view;
  return {
    envelope: { ...attributen, dataref, data: inhoud } as EventEnvelope,
    melding: { type: view.type, kanaal: catalogue.get(view.type)!.domain, swv: view.swv, gemeente },
  };
}
