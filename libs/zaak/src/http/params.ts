import { isUuid } from '@pao/contracts';
import { ProblemError } from '@pao/platform';
import { ongeldigVeld } from './fouten';

/** A path id that is not a UUID names no case: 404, like an unknown one (`@Param('id', zaakId('Melding'))`). */
export function zaakId(naam: string) {
  return {
    transform(v: unknown): string {
      if (typeof v !== 'string' || !isUuid(v)) throw new ProblemError('notFound', `${naam} niet gevonden`);
      return v.toLowerCase();
    },
  };
}

/** `If-Match: "7"` (or `7`): the version the client saw; undefined when absent or `*`. */
export function versieUitIfMatch(header: string | undefined): number | undefined {
  if (header === undefined || header === '*') return undefined;
  const m = /^\s*(?:W\/)?"?(\d{1,9})"?\s*$/.exec(header);
  if (!m) throw ongeldigVeld('If-Match', 'verwacht de versie als "<getal>"');
  return Number(m[1]);
}

/** The ETag of a case version. */
export function etag(versie: number): string {
  return `"${versie}"`;
}

/** The purpose of a read for the access log (header x-pao-doel), default behandeling. */
export function doelVan(header: string | undefined): string {
  if (header === undefined || header === '') return 'behandeling';
  if (!/^[a-z][a-z-]{0,39}$/.test(header)) throw ongeldigVeld('x-pao-doel', 'een doel in kleine letters, bijvoorbeeld behandeling');
  return header;
}
