/**
 * problem+json (RFC 9457) as the gateway and the services send it, and the mapping of
 * its `errors[].field` onto the fields of a form. Pure: no DOM, no React.
 */
export interface FieldErrorEntry {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: FieldErrorEntry[];
  [extension: string]: unknown;
}

/** Reads a problem from a response body; anything unexpected becomes a generic problem. */
export function toProblem(status: number, body: unknown): Problem {
  const b = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const errors = Array.isArray(b.errors)
    ? b.errors
        .filter((e): e is Record<string, unknown> => typeof e === 'object' && e !== null)
        .map((e) => ({ field: String(e.field ?? e.veld ?? ''), message: String(e.message ?? e.melding ?? 'ongeldig') }))
    : undefined;
  return {
    ...b,
    type: typeof b.type === 'string' ? b.type : 'about:blank',
    title: typeof b.title === 'string' ? b.title : 'Request failed',
    status: typeof b.status === 'number' ? b.status : status,
    ...(typeof b.detail === 'string' ? { detail: b.detail } : {}),
    ...(errors ? { errors } : {}),
  };
}

export interface MappedErrors {
  /** Form field name → message to show next to that field. */
  fields: Record<string, string>;
  /** Errors that belong to no field on the form: shown above it. */
  general: string[];
}

/** Strips a `body.` prefix (some validators name the request part) and array brackets. */
function normalise(field: string): string {
  return field
    .replace(/^body\./, '')
    .replace(/\[(\d+)\]/g, '.$1')
    .replace(/^\./, '');
}

/**
 * Assigns every error to a field of the form: the field with the same name, else the
 * form field that is its closest parent (`ontbrekend.0` → `ontbrekend`). Errors about
 * something the form does not show go to `general`. The first message per field wins.
 * Messages that are a bare predicate ("is verplicht") get the field's label in front.
 */
export function mapFieldErrors(errors: readonly FieldErrorEntry[] | undefined, formFields: Readonly<Record<string, string>>): MappedErrors {
  const fields: Record<string, string> = {};
  const general: string[] = [];
  const names = Object.keys(formFields);
  for (const error of errors ?? []) {
    const field = normalise(error.field);
    const target = names.includes(field)
      ? field
      : names.filter((n) => field.startsWith(`${n}.`)).sort((a, b) => b.length - a.length)[0];
    if (target === undefined) {
      general.push(nlDatums(field ? withLabel(veldNaam(field), error.message) : error.message));
      continue;
    }
    if (fields[target] === undefined) fields[target] = nlDatums(withLabel(formFields[target], error.message));
  }
  return { fields, general };
}

/** "is verplicht" → "Motivering is verplicht"; a full sentence stays as it is. */
export function withLabel(label: string, message: string): string {
  const trimmed = message.trim();
  if (/^[a-zà-ÿ]/.test(trimmed) && label) return `${label} ${trimmed}`;
  return trimmed;
}

const MAANDEN = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'];

/** ISO dates in a message (2026-03-04) as Dutch readers write them (4 maart 2026): never ISO on screen. */
export function nlDatums(tekst: string): string {
  return tekst.replace(/\b(\d{4})-(\d{2})-(\d{2})\b/g, (iso, j: string, m: string, d: string) => (Number(m) >= 1 && Number(m) <= 12 ? `${Number(d)} ${MAANDEN[Number(m) - 1]} ${j}` : iso));
}

/** Words for the fields the API names, where a form does not show them (e.g. a check at indienen). */
const VELD_NAMEN: Record<string, string> = {
  'dossier.gevraagdeSoort': 'De gevraagde soort TLV',
  'dossier.ondersteuningsbehoefte': 'De ondersteuningsbehoefte',
  'dossier.oppRef': 'Het ontwikkelingsperspectiefplan (OPP)',
  'dossier.tloVerslagRef': 'Het verslag van het toelaatbaarheidsoverleg',
  'dossier.gewensteDuur': 'De gewenste duur met onderbouwing',
  'dossier.gewensteDuur.einddatum': 'De gewenste einddatum',
  'dossier.gewensteDuur.onderbouwing': 'De onderbouwing van de duur',
  'leerling.bsn': 'Het BSN',
  'leerling.onderwijsnummer': 'Het onderwijsnummer',
  'leerling.voornaam': 'De voornaam',
  'leerling.achternaam': 'De achternaam',
  'leerling.geboortedatum': 'De geboortedatum',
  'aanvrager.schoolId': 'De school',
  'aanvrager.bevoegdGezagId': 'Het bevoegd gezag',
  datum: 'De datum',
};

/** A field path in words: known ones from the table, others made readable (never `dossier.oppRef`). */
export function veldNaam(field: string): string {
  const f = normalise(field);
  if (VELD_NAMEN[f]) return VELD_NAMEN[f];
  const laatste = f.split('.').filter((d) => !/^\d+$/.test(d)).pop() ?? f;
  const woorden = laatste.replace(/Ref$/, '').replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[-_]/g, ' ').toLowerCase();
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

/** A short Dutch explanation for a problem; `gemarkeerd`: some of its errors are shown next to fields. */
export function describeProblem(problem: Problem, gemarkeerd = true): string {
  switch (problem.status) {
    case 400:
      if (problem.errors?.length) return gemarkeerd ? 'Controleer de gemarkeerde velden.' : 'Nog niet alles is in orde:';
      return nlDatums(`De invoer is niet juist${problem.detail ? `: ${problem.detail}` : '.'}`);
    case 401:
      return 'Uw sessie is verlopen. Log opnieuw in.';
    case 403:
      return 'Uw rol mag deze actie niet uitvoeren.';
    case 404:
      return 'Niet gevonden.';
    case 409:
      return nlDatums(`Dit kan niet in de huidige status van de aanvraag${problem.detail ? ` (${problem.detail})` : ''}. Vernieuw de pagina.`);
    case 413:
      return problem.detail ?? 'Het bestand is te groot.';
    case 415:
      return problem.detail ?? 'Dit soort bestand kan niet worden opgeslagen.';
    case 429:
      // The gateway says how long to wait (sign-in slows down step by step).
      return problem.detail ?? 'Te veel pogingen. Wacht even en probeer het opnieuw.';
    case 503:
      return 'De dienst is tijdelijk niet bereikbaar. Probeer het later opnieuw.';
    default:
      return problem.status >= 500 ? 'Er ging iets mis aan onze kant. Probeer het later opnieuw.' : nlDatums(problem.detail ?? problem.title);
  }
}

/**
 * Puts values from dotted field names into a nested object: `inhoud.soort` → { inhoud: { soort } };
 * a numeric part makes a list: `acties.0.wat` → { acties: [{ wat }] }.
 */
export function nest(values: Readonly<Record<string, unknown>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(values)) {
    if (value === undefined) continue;
    const parts = path.split('.');
    let node = out;
    parts.slice(0, -1).forEach((part, i) => {
      if (typeof node[part] !== 'object' || node[part] === null) node[part] = /^\d+$/.test(parts[i + 1]) ? [] : {};
      node = node[part] as Record<string, unknown>;
    });
    node[parts[parts.length - 1]] = value;
  }
  return out;
}
