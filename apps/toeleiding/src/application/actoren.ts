import { type Actor as PlatformActor } from '@pao/platform';
import { type Actor as DomeinActor, type Rol as DomeinRol, type Swv } from '../domain';

/**
 * The gateway's actor as the domain sees it. SWV staff act for their SWV ('PO'/'VO');
 * roles the domain does not know (beheerder, gemeente, actietafel) pass through as they
 * are, so the domain's role table refuses them (403) instead of this layer guessing.
 */
export function domeinActor(actor: PlatformActor): DomeinActor {
  return { id: actor.id, rol: actor.rol as DomeinRol, organisatie: actor.swv };
}

/** The deadline engine acting on a case once a term has passed. */
export const TERMIJNMOTOR: DomeinActor = { id: 'termijnmotor', rol: 'systeem', organisatie: 'systeem' };

/** The same actor in the audit trail's shape (who, role, on whose behalf). */
export function termijnmotorAuditActor(swv: Swv): PlatformActor {
  return { id: TERMIJNMOTOR.id, rol: 'systeem' as PlatformActor['rol'], swv, organisatie: 'toeleiding' };
}
