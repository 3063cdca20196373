import { ProblemError } from '@pao/platform';
import { zaakId } from '@pao/zaak';
import { COMMANDO_BODIES, HTTP_COMMANDOS, type HttpCommando } from './schemas';

export const overdrachtId = zaakId('Overdracht');
export const cohortId = zaakId('Cohort');

/** Only the commands people give (the engine's and toeleiding's are not reachable over HTTP). */
export const commandoNaam = {
  transform(v: unknown): HttpCommando {
    if (typeof v !== 'string' || !Object.hasOwn(COMMANDO_BODIES, v)) throw new ProblemError('notFound', `Onbekend commando; bekend zijn: ${HTTP_COMMANDOS.join(', ')}`);
    return v as HttpCommando;
  },
};
