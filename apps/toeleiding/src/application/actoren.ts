import { type Actor as PlatformActor } from '@pao/platform';
import { type Actor as DomeinActor, type Rol as DomeinRol } from '../domain';

/**
 * The gateway's actor as the domain sees it. SWV staff act for their SWV (its register id,
 * e.g. 'VO'); a school user for their school (its id in the register). Roles the domain
 * does not know (beheerder, gemeente, actietafel) pass through as they are, so the
 * domain's role table refuses them (403) instead of this layer guessing.
 */
export function domeinActor(actor: PlatformActor): DomeinActor {
  return { id: actor.id, rol: actor.rol as DomeinRol, organisatie: actor.rol === 'school' ? actor.organisatie : actor.swv };
}

/**
 * A school user reaches only its own school's cases: as aanvrager, or as the school where
 * the pupil was placed. Anything else is "not found", exactly as another SWV's case.
 */
export function isEigenSchool(actor: PlatformActor, zaak: { schoolId: string; plaatsingSchoolId?: string | null }): boolean {
  return actor.rol !== 'school' || zaak.schoolId === actor.organisatie || zaak.plaatsingSchoolId === actor.organisatie;
}
