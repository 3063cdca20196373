import { currentCorrelationId, type Actor } from '@pao/platform';
import { auditVoor, naarCloudEvents, naarOutbox } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { termijnen, type Overdracht, type OverdrachtEvent } from '../domain';
import { OVERDRACHT_FORMAAT } from '../persistence/overdracht-formaat';
import { PROJECTIE_KOLOMMEN, PROJECTIE_TYPEN, type ProjectieKolom } from '../persistence/projectie-kolommen';
import { SCHEMA } from '../persistence/persistence';
import { type KalenderSynchronisatie } from '../termijnen/kalender-synchronisatie';
import { type EventContext, EVENT_MAPPING } from './events';
import { projectie } from './projectie';

const KOLOMMEN = ['id', 'swv', 'versie', 'formaat', 'state', ...PROJECTIE_KOLOMMEN];
/** Array columns travel as text (unnest would flatten a two-dimensional array) and are cast back per row. */
const TYPEN = ['uuid', 'text', 'int', 'int', 'jsonb', ...PROJECTIE_KOLOMMEN.map((k) => (PROJECTIE_TYPEN[k].endsWith('[]') ? 'text' : PROJECTIE_TYPEN[k]))];
const SELECTIE = KOLOMMEN.map((k, i) => (i >= 5 && PROJECTIE_TYPEN[k as ProjectieKolom].endsWith('[]') ? `${k}::${PROJECTIE_TYPEN[k as ProjectieKolom]}` : k));
const BLOK = 2000;

/** A PostgreSQL array literal of simple keys ([a-z0-9.-]: nothing to escape). */
function arrayLiteral(waarden: readonly string[]): string {
  return `{${waarden.join(',')}}`;
}

export interface NieuweZaak {
  readonly state: Overdracht;
  readonly events: readonly OverdrachtEvent[];
  readonly commando: Readonly<Record<string, unknown>>;
}

/**
 * Stores many new cases in the caller's transaction, as `ZaakPijplijn.bewaarNieuw` does
 * for one (state with projection, calendar dates armed, events, one audit entry each),
 * but in a handful of statements: an import of 5,000 pupils must not cost 50,000 round
 * trips.
 */
export async function bewaarNieuweZaken(
  m: EntityManager,
  zaken: readonly NieuweZaak[],
  o: { readonly kalender: KalenderSynchronisatie; readonly actor: Actor; readonly actie: string; readonly eventContext: (s: Overdracht) => EventContext },
): Promise<void> {
  for (let i = 0; i < zaken.length; i += BLOK) {
    const blok = zaken.slice(i, i + BLOK);
    const rijen = blok.map(({ state }) => {
      const p = projectie(state);
      return [state.id, state.swv, state.versie, OVERDRACHT_FORMAAT.versie, JSON.stringify(state), ...PROJECTIE_KOLOMMEN.map((k) => (Array.isArray(p[k]) ? arrayLiteral(p[k] as string[]) : (p[k] ?? null)))];
    });
    await m.query(
      `INSERT INTO ${SCHEMA}.overdracht (${KOLOMMEN.join(', ')})
       SELECT ${SELECTIE.join(', ')} FROM unnest(${TYPEN.map((t, k) => `$${k + 1}::${t}[]`).join(', ')}) AS t(${KOLOMMEN.join(', ')})`,
      KOLOMMEN.map((_, k) => rijen.map((r) => r[k])),
    );
  }
  await o.kalender.synchroniseerVeel(
    m,
    zaken.flatMap((z) => termijnen(z.state)),
  );
  const events = zaken.flatMap((z) => naarCloudEvents(EVENT_MAPPING, z.events, z.state, o.eventContext(z.state)));
  if (events.length > 0) await naarOutbox(m, SCHEMA, events);
  const audit = zaken.map((z) => auditVoor('overdracht', o.actie, undefined, z.state, z.commando, { status: z.state.status }));
  // The platform's audit columns (auditTablesSql), one array per column: a few statements for thousands of entries.
  for (let i = 0; i < audit.length; i += BLOK) {
    const blok = audit.slice(i, i + BLOK);
    await m.query(
      `INSERT INTO ${SCHEMA}.audit_trail (swv, actor_id, rol, organisatie, actie, object_type, object_id, oud, nieuw, reden, correlation_id)
       SELECT $1, $2, $3, $4, $5, 'overdracht', object_id, NULL, nieuw, reden, $6 FROM unnest($7::text[], $8::jsonb[], $9::text[]) AS t(object_id, nieuw, reden)`,
      [o.actor.swv, o.actor.id, o.actor.rol, o.actor.organisatie, o.actie, currentCorrelationId() ?? null, blok.map((a) => a.objectId), blok.map((a) => JSON.stringify(a.nieuw)), blok.map((a) => a.reden ?? null)],
    );
  }
}
