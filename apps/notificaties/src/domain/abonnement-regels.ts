import { FILTER_KENMERKEN, type FilterKenmerk, type GemeenteEventType, type Kanaal } from './abonnement';

/** One invalid field, named as the problem+json `errors[].field` of the platform (`kanalen.0.filters.type`). */
export interface Veldfout {
  readonly field: string;
  readonly message: string;
}

/** What a partner asks for; shape-checked already (strings, arrays). */
export interface BereikInvoer {
  readonly kanalen: ReadonlyArray<{ readonly naam: string; readonly filters?: Readonly<Record<string, string>> }>;
  readonly gemeenten?: readonly string[];
}

export interface BereikContext {
  readonly swv: string;
  /** Gemeenten the SWV serves. */
  readonly swvGemeenten: readonly string[];
  /** Gemeenten the partner organisation stands for. */
  readonly eigenGemeenten: readonly string[];
  /** Every event type gemeenten may receive. */
  readonly typen: readonly GemeenteEventType[];
}

export type BereikUitkomst = { ok: true; kanalen: Kanaal[]; gemeenten: string[] } | { ok: false; fouten: Veldfout[] };

const GEMEENTE_CODE = /^GM\d{4}$/;

function gemeenteFout(code: string, ctx: BereikContext): string | undefined {
  if (!GEMEENTE_CODE.test(code)) return 'moet een CBS-gemeentecode zijn, bijvoorbeeld GM0034';
  if (!ctx.swvGemeenten.includes(code)) return `gemeente ${code} hoort niet bij samenwerkingsverband ${ctx.swv}`;
  if (!ctx.eigenGemeenten.includes(code)) return `gemeente ${code} is geen gemeente van uw organisatie`;
  return undefined;
}

/**
 * Checks the kanalen, filters and gemeenten of a subscription against the catalogue and
 * the register, and works out which gemeenten it covers (the ones asked for, else every
 * gemeente of the partner within its SWV). Names every invalid field.
 */
export function controleerBereik(invoer: BereikInvoer, ctx: BereikContext): BereikUitkomst {
  const fouten: Veldfout[] = [];
  const kanaalNamen = [...new Set(ctx.typen.map((t) => t.kanaal))];

  const gevraagd = invoer.gemeenten ? [...new Set(invoer.gemeenten)] : undefined;
  gevraagd?.forEach((code, i) => {
    const fout = gemeenteFout(code, ctx);
    if (fout) fouten.push({ field: `gemeenten.${i}`, message: fout });
  });
  const gemeenten = gevraagd ?? ctx.eigenGemeenten.filter((g) => ctx.swvGemeenten.includes(g));
  if (!gevraagd && gemeenten.length === 0) {
    fouten.push({ field: 'gemeenten', message: `uw organisatie heeft geen gemeente in samenwerkingsverband ${ctx.swv}` });
  }

  const kanalen: Kanaal[] = [];
  invoer.kanalen.forEach((k, i) => {
    const pad = `kanalen.${i}`;
    if (!kanaalNamen.includes(k.naam)) {
      fouten.push({ field: `${pad}.naam`, message: `onbekend kanaal; kanalen met gebeurtenissen voor gemeenten: ${kanaalNamen.join(', ')}` });
      return;
    }
    const filters: Partial<Record<FilterKenmerk, string>> = {};
    for (const [sleutel, waarde] of Object.entries(k.filters ?? {})) {
      const veld = `${pad}.filters.${sleutel}`;
      if (!(FILTER_KENMERKEN as readonly string[]).includes(sleutel)) {
        fouten.push({ field: veld, message: `onbekend filterkenmerk; bekend zijn: ${FILTER_KENMERKEN.join(', ')}` });
        continue;
      }
      if (sleutel === 'type' && !ctx.typen.some((t) => t.kanaal === k.naam && t.type === waarde)) {
        fouten.push({ field: veld, message: `onbekend type voor kanaal ${k.naam} (zie GET /kanalen)` });
        continue;
      }
      if (sleutel === 'gemeente') {
        const fout = gemeenteFout(waarde, ctx) ?? (gemeenten.includes(waarde) ? undefined : `gemeente ${waarde} staat niet in de gemeenten van dit abonnement`);
        if (fout) {
          fouten.push({ field: veld, message: fout });
          continue;
        }
      }
      filters[sleutel as FilterKenmerk] = waarde;
    }
    kanalen.push({ naam: k.naam, filters });
  });

  return fouten.length > 0 ? { ok: false, fouten } : { ok: true, kanalen, gemeenten: [...gemeenten] };
}
