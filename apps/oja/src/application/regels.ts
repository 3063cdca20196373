import { type Actor } from '@pao/platform';
import { type ZaakActor } from '@pao/zaak';
import { type OjaRegels, type OjaRegelset } from '../domain';

/** The SWVs the configuration knows (from the data, not a literal list). */
export function swvsVan(regelset: OjaRegelset): string[] {
  return [...new Set(regelset.versies.map((v) => v.swv))].sort();
}

/** The CBS code of a gemeente account's organisation, from the SWV's rules in force; undefined when unknown. */
export function gemeenteVanOrganisatie(regels: OjaRegels | undefined, organisatie: string): string | undefined {
  return regels?.gemeenten.find((g) => g.organisatie === organisatie)?.code;
}

/**
 * The person as the OJA domain sees them: SWV staff act for their SWV; a gemeente
 * account acts for its gemeente (CBS code), so the domain can hold it to its own pupils.
 */
export function ojaActor(actor: Actor, regels: OjaRegels | undefined): ZaakActor {
  if (actor.rol === 'gemeente') return { id: actor.id, rol: actor.rol, organisatie: gemeenteVanOrganisatie(regels, actor.organisatie) ?? 'onbekende-gemeente' };
  return { id: actor.id, rol: actor.rol, organisatie: actor.swv };
}
