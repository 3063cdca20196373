import { ProblemError } from '@pao/platform';
import { isUuid } from '@pao/contracts';
import { ongeldigVeld } from '../application/fouten';
import { COMMANDO_BODIES, HTTP_COMMANDOS, type HttpCommando } from './schemas';

/** An id that is not a UUID names no case: 404, like an unknown one. */
export const aanvraagId = {
  transform(v: unknown): string {
    if (typeof v !== 'string' || !isUuid(v)) throw new ProblemError('notFound', 'Aanvraag niet gevonden');
    return v.toLowerCase();
  },
};

/** Only the commands people give (the 'systeem' ones belong to the deadline engine). */
export const commandoNaam = {
  transform(v: unknown): HttpCommando {
    if (typeof v !== 'string' || !(v in COMMANDO_BODIES)) {
      throw new ProblemError('notFound', `Onbekend commando; bekend zijn: ${HTTP_COMMANDOS.join(', ')}`);
    }
    return v as HttpCommando;
  },
};

/** `If-Match: "7"` (or `7`): the version the client saw. */
export function versieUitIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw ongeldigVeld('If-Match', 'verwacht de versie als "<getal>"');
  return Number(m[1]);
}

/** The purpose of a read for the access log (header x-pao-doel), default behandeling. */
export function doelVan(header: string | undefined): string {
  if (header === undefined || header === '') return 'behandeling';
  if (!/^[a-z][a-z-]{0,39}$/.test(header)) throw ongeldigVeld('x-pao-doel', 'een doel in kleine letters, bijvoorbeeld behandeling');
  return header;
}
