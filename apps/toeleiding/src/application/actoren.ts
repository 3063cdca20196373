import { type Actor as PlatformActor } from '@pao/platform';
import { type Actor as DomeinActor, type Rol as DomeinRol } from '../domain';

/**
 * The gateway's actor as the domain sees it. SWV staff act for their SWV (its register id, e.g. 'VO');
 * roles the domain does not know (beheerder, gemeente, actietafel) pass through as they
 * are, so the domain's role table refuses them (403) instead of this layer guessing.
 */
export function domeinActor(actor: PlatformActor): DomeinActor {
  return { id: actor.id, rol: actor.rol as DomeinRol, organisatie: actor.swv };
}
