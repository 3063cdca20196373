import { auditVoor as kitAuditVoor } from '@pao/zaak';
import { type AuditEntry } from '@pao/platform';
import { type TlvAanvraag } from '../domain';

/** Where the case went, always in the audit entry's `nieuw`: the timeline reads it. */
export function tlvAuditStatus(s: TlvAanvraag): Record<string, unknown> {
  return { status: s.status, ...(s.uitvoering ? { uitvoeringStatus: s.uitvoering.status } : {}) };
}

/** One audit entry per change of a TLV case (the kit's diff, object type 'aanvraag'). */
export function auditVoor(actie: string, voor: TlvAanvraag | undefined, na: TlvAanvraag, commando: Record<string, unknown>): AuditEntry {
  return kitAuditVoor('aanvraag', actie, voor, na, commando, tlvAuditStatus(na));
}
