import { type Actor } from '@pao/platform';
import { type TlvCommando } from '../domain';
import { ongeldigVeld } from '../application/fouten';
import { COMMANDO_BODIES, type HttpCommando } from './schemas';

/**
 * A request body as a domain command: shape checked (400 on failure), the actor's SWV
 * added, and the one default that needs the actor: the eerste deskundige records their
 * own advice, so their id is the actor's.
 */
export function alsCommando(commando: HttpCommando, body: unknown, actor: Actor): TlvCommando {
  const velden = COMMANDO_BODIES[commando].parse(body ?? {}) as Record<string, unknown>;
  const d = velden.deskundige as { rol?: string; deskundigeId?: string } | undefined;
  if (commando === 'adviesVastleggen' && d && d.deskundigeId === undefined) {
    if (d.rol !== 'eerste') throw ongeldigVeld('deskundige.deskundigeId', 'is verplicht voor de tweede deskundige');
    velden.deskundige = { ...d, deskundigeId: actor.id };
  }
  return { ...velden, type: commando, swv: actor.swv } as unknown as TlvCommando;
}
