import { type AuditEntry } from '@pao/platform';
import { type TlvAanvraag } from '../domain';

/** The reason a person gave, where the command has one (motivering). */
function reden(commando: Record<string, unknown>): string | undefined {
  const m = commando.motivering;
  return typeof m === 'string' ? m : undefined;
}

/**
 * One audit entry per change: the top-level parts of the case that changed, old and new.
 * `versie` is left out (it always changes); the status after the change is always in
 * `nieuw` so the timeline can show where the case went.
 */
export function auditVoor(actie: string, voor: TlvAanvraag | undefined, na: TlvAanvraag, commando: Record<string, unknown>): AuditEntry {
  const oud: Record<string, unknown> = {};
  const nieuw: Record<string, unknown> = {};
  const sleutels = new Set([...Object.keys(voor ?? {}), ...Object.keys(na)]);
  for (const k of sleutels) {
    if (k === 'versie') continue;
    const a = voor?.[k as keyof TlvAanvraag];
    const b = na[k as keyof TlvAanvraag];
    if (JSON.stringify(a) === JSON.stringify(b)) continue;
    if (a !== undefined) oud[k] = a;
    if (b !== undefined) nieuw[k] = b;
  }
  nieuw.status = na.status;
  if (na.uitvoering) nieuw.uitvoeringStatus = na.uitvoering.status;
  return { actie, objectType: 'aanvraag', objectId: na.id, oud: voor ? oud : undefined, nieuw, reden: reden(commando) };
}
