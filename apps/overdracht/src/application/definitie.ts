import { type Actor } from '@pao/platform';
import { LeerlingRegister, PostgresZaakRepository, ZaakPijplijn, type Handelende, type TermijnSoorten, type Werkcontext, type ZaakDefinitie } from '@pao/zaak';
import { beslisser, termijnen, TERMIJNSOORTEN, type Overdracht, type OverdrachtCommando, type OverdrachtEvent } from '../domain';
import { OVERDRACHT_FORMAAT } from '../persistence/overdracht-formaat';
import { PROJECTIE_KOLOMMEN } from '../persistence/projectie-kolommen';
import { SCHEMA } from '../persistence/persistence';
import { EVENT_MAPPING, type EventContext } from './events';
import { projectie } from './projectie';
import { scholen } from './scholen';

export type OverdrachtPijplijn = ZaakPijplijn<Overdracht, OverdrachtCommando, OverdrachtEvent, Werkcontext, EventContext>;

/** The deadlines of the transfer calendar; warnings come with each declared term (a per-SWV rule). */
export const TERMIJN_SOORTEN: TermijnSoorten = Object.fromEntries(TERMIJNSOORTEN.map((s) => [s, {}]));

/** A school account acts for its school; SWV staff for their SWV (issue 16 adds the role to the gateway). */
function domeinActor(a: Actor) {
  return { id: a.id, rol: a.rol, organisatie: (a.rol as string) === 'school' ? a.organisatie : a.swv };
}

/** The case table: state as jsonb (parsed on load) plus the projection columns. */
export const overdrachtRepository = new PostgresZaakRepository(SCHEMA, 'overdracht', OVERDRACHT_FORMAAT, PROJECTIE_KOLOMMEN);

/** The overdracht case as made from the kit: storage, decider, deadlines, projection, events. */
export function overdrachtDefinitie(register: LeerlingRegister, bron?: (swv: string) => string): ZaakDefinitie<Overdracht, OverdrachtCommando, OverdrachtEvent, Werkcontext, EventContext> {
  return {
    schema: SCHEMA,
    objectType: 'overdracht',
    aanduiding: 'de overdracht',
    repository: overdrachtRepository,
    beslisser,
    werkcontext: (basis) => basis,
    termijnen,
    projectie: (s) => projectie(s),
    events: EVENT_MAPPING,
    // The pupils' gemeenten of a batch (a calendar date's cases) in one read.
    eventContexten: async (m, states) => {
      const gemeenten = await register.gemeentenVan(
        m,
        states.map((s) => s.leerlingId),
      );
      const uit: EventContext[] = [];
      for (const s of states) {
        uit.push({
          gemeente: gemeenten.get(s.leerlingId)!,
          // Only leerling-niet-gestart needs it: one more read only for a case that ended so.
          ...(s.status === 'niet-gestart' && s.plaatsing ? { ontvangendeSwv: (await scholen.vind(m, s.plaatsing.schoolId))?.swv } : {}),
        });
      }
      return uit;
    },
    auditStatus: (s) => ({ status: s.status }),
    domeinActor,
    ...(bron ? { bron } : {}),
  };
}

/** Toeleiding's events acting on a linked case (through the inbox), as 'systeem'. */
export function toeleidingEvents(swv: string): Handelende {
  return {
    domein: { id: 'toeleiding-events', rol: 'systeem', organisatie: 'systeem' },
    audit: { id: 'toeleiding-events', rol: 'systeem' as Actor['rol'], swv: swv as Actor['swv'], organisatie: 'overdracht' },
  };
}
