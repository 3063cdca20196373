import { ProblemError } from '@pao/platform';
import { zaakId } from '@pao/zaak';
import { COMMANDO_BODIES, HTTP_COMMANDOS, type HttpCommando } from './schemas';

/** An id that is not a UUID names no case: 404, like an unknown one. */
export const aanvraagId = zaakId('Aanvraag');

/** Only the commands people give (the 'systeem' ones belong to the deadline engine). */
export const commandoNaam = {
  transform(v: unknown): HttpCommando {
    if (typeof v !== 'string' || !(v in COMMANDO_BODIES)) {
      throw new ProblemError('notFound', `Onbekend commando; bekend zijn: ${HTTP_COMMANDOS.join(', ')}`);
    }
    return v as HttpCommando;
  },
};
