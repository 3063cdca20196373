/**
 * What a subscription (abonnement) receives: the events of its own SWV for its own
 * gemeenten, on the kanalen it named, narrowed by filters. Plain rules, no framework.
 *
 * Compatible in shape with the VNG Notificaties API: a kanaal is a domain (toeleiding,
 * thuiszitters, oja, overdracht) and its filters are kenmerken. Unlike Open Notificaties,
 * a filter on a kenmerk the event does not carry never passes, and unknown kenmerken are
 * refused when subscribing.
 */

/** The kenmerken a filter may name: the CloudEvents `type` and the gemeente the event is for. */
export const FILTER_KENMERKEN = ['type', 'gemeente'] as const;
export type FilterKenmerk = (typeof FILTER_KENMERKEN)[number];

export interface Kanaal {
  readonly naam: string;
  readonly filters: Readonly<Partial<Record<FilterKenmerk, string>>>;
}

export const ABONNEMENT_STATUSSEN = ['actief', 'falend', 'opgezegd'] as const;
export type AbonnementStatus = (typeof ABONNEMENT_STATUSSEN)[number];

/** Who and what a subscription covers. */
export interface AbonnementBereik {
  readonly swv: string;
  readonly gemeenten: readonly string[];
  readonly kanalen: readonly Kanaal[];
}

/** The routing facts of an event (no data beyond these is looked at). */
export interface Melding {
  readonly type: string;
  readonly kanaal: string;
  readonly swv: string;
  readonly gemeente: string | undefined;
}

/** An event type a gemeente may receive, and the kanaal (domain) it belongs to. */
export interface GemeenteEventType {
  readonly type: string;
  readonly kanaal: string;
}

function waardeVan(m: Melding, kenmerk: FilterKenmerk): string | undefined {
  return kenmerk === 'type' ? m.type : m.gemeente;
}

/** True when the subscription must receive the event. */
export function ontvangt(a: AbonnementBereik, m: Melding): boolean {
  if (m.gemeente === undefined || a.swv !== m.swv || !a.gemeenten.includes(m.gemeente)) return false;
  return a.kanalen.some(
    (k) => k.naam === m.kanaal && FILTER_KENMERKEN.every((kenmerk) => k.filters[kenmerk] === undefined || waardeVan(m, kenmerk) === k.filters[kenmerk]),
  );
}
