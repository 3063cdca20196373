import { type AuditEntry } from '@pao/platform';

/** The reason a person gave, where the command has one: by convention its `motivering`. */
function redenVan(commando: Readonly<Record<string, unknown>>): string | undefined {
  const r = commando.motivering;
  return typeof r === 'string' ? r : undefined;
}

/**
 * One audit entry per change: the top-level parts of the state that changed, old and new.
 * `versie` is left out (it always changes); `status` (the service's status fields) is
 * always in `nieuw` so the timeline can show where the case went.
 */
export function auditVoor<S extends object>(
  objectType: string,
  actie: string,
  voor: S | undefined,
  na: S & { readonly id: string },
  commando: Readonly<Record<string, unknown>>,
  status: Readonly<Record<string, unknown>>,
): AuditEntry {
  const oud: Record<string, unknown> = {};
  const nieuw: Record<string, unknown> = {};
  const sleutels = new Set([...Object.keys(voor ?? {}), ...Object.keys(na)]);
  for (const k of sleutels) {
    if (k === 'versie') continue;
    const a = (voor as Record<string, unknown> | undefined)?.[k];
    const b = (na as Record<string, unknown>)[k];
    // The decider shares the parts it leaves alone: the same object needs no serialising.
    if (a === b || JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a !== undefined) oud[k] = a;
    if (b !== undefined) nieuw[k] = b;
  }
  Object.assign(nieuw, status);
  return { actie, objectType, objectId: na.id, oud: voor ? oud : undefined, nieuw, reden: redenVan(commando) };
}
