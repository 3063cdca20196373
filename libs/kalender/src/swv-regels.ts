import { civilDate } from './civil-date';
import { SECTOREN, type Regel, type Regelsleutel, type Regelset, type Sector, type Swv } from './regelset';

/** An SWV's own rule as its register entry holds it (@pao/swv): the value still unchecked. */
export interface SwvRegelInvoer {
  readonly id: string;
  readonly sleutel: string;
  readonly sector: string;
  readonly geldigVanaf: string;
  readonly geldigTot?: string;
  readonly waarde: unknown;
  readonly bron: string;
  readonly check?: boolean;
}

export interface SwvMetRegels extends Swv {
  readonly regels: readonly SwvRegelInvoer[];
}

/** A check of a rule's value: undefined when it is fine, else what is wrong. */
type Controle = (v: unknown) => string | undefined;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const geheel = (min: number, max: number): Controle => (v) => (Number.isInteger(v) && (v as number) >= min && (v as number) <= max ? undefined : `must be a whole number ${min}-${max}`);
const object = (velden: Record<string, Controle>): Controle => (v) => {
  if (!isObject(v)) return 'must be an object';
  const extra = Object.keys(v).filter((k) => !(k in velden));
  if (extra.length > 0) return `unknown field(s) ${extra.join(', ')}`;
  for (const [veld, controle] of Object.entries(velden)) {
    const fout = controle(v[veld]);
    if (fout) return `${veld} ${fout}`;
  }
  return undefined;
};
const aantal = geheel(1, 1000);
/** One of { weken }, { dagen } or { maanden }. */
const duur: Controle = (v) => {
  if (!isObject(v) || Object.keys(v).length !== 1) return 'must be one of { weken }, { dagen }, { maanden }';
  const [eenheid] = Object.keys(v);
  if (!['weken', 'dagen', 'maanden'].includes(eenheid)) return 'must be one of { weken }, { dagen }, { maanden }';
  const fout = aantal(v[eenheid]);
  return fout && `${eenheid} ${fout}`;
};
const termijnRegel = object({ duur, atw: (v) => (typeof v === 'boolean' ? undefined : 'must be true or false') });
const jaarlijks = object({ maand: geheel(1, 12), dag: geheel(1, 31) });

/** The shape of every rule's value; the mapped type makes a new key fail to compile until it is here. */
const WAARDE: { readonly [K in Regelsleutel]: Controle } = {
  teldatum: jaarlijks,
  beslistermijnTlv: termijnRegel,
  bezwaartermijn: termijnRegel,
  beslistermijnBezwaarMetCommissie: termijnRegel,
  beslistermijnBezwaarZonderCommissie: termijnRegel,
  verdagingBeslissingOpBezwaar: duur,
  doorzendingBezwaarLbt: termijnRegel,
  zorgplicht: termijnRegel,
  zorgplichtVerlenging: duur,
  thuiszitterSignaal: termijnRegel,
  thuiszitterPassendAanbod: termijnRegel,
  tlvEinddatum: jaarlijks,
  tlvMinimaleSchooljaren: aantal,
  herbeoordelingUiterlijk: jaarlijks,
  mboAanmelding: jaarlijks,
  poVoDefinitiefAdvies: jaarlijks,
  poVoAanmeldperiode: object({ van: jaarlijks, tot: jaarlijks }),
  oppEvaluatie: duur,
};

function isSleutel(s: string): s is Regelsleutel {
  return Object.prototype.hasOwnProperty.call(WAARDE, s);
}

/** One SWV's rule, checked against the calendar's keys, the SWV's sectors and the value's shape. */
function regelVan(swv: SwvMetRegels, r: SwvRegelInvoer, versie: string): Regel {
  const waar = `SWV ${swv.id}, rule ${r.id}`;
  if (!isSleutel(r.sleutel)) throw new RangeError(`${waar}: unknown key '${r.sleutel}' (known: ${Object.keys(WAARDE).join(', ')})`);
  if (r.sector !== '*' && !SECTOREN[swv.sector].includes(r.sector as Sector)) {
    throw new RangeError(`${waar}: sector '${r.sector}' does not belong to a ${swv.sector} SWV (${SECTOREN[swv.sector].join(', ')} or *)`);
  }
  const fout = WAARDE[r.sleutel](r.waarde);
  if (fout) throw new RangeError(`${waar}: invalid value for ${r.sleutel}: waarde ${fout}`);
  const datum = (wat: string, v: string) => {
    try {
      return civilDate(v);
    } catch (e) {
      throw new RangeError(`${waar}: ${wat} ${e instanceof Error ? e.message : String(e)}`);
    }
  };
  return {
    // Prefixed: two SWVs may give their own rules the same name.
    id: `${swv.id}.${r.id}`,
    sleutel: r.sleutel,
    swv: swv.id,
    sector: r.sector as Sector | '*',
    geldigVanaf: datum('geldigVanaf', r.geldigVanaf),
    ...(r.geldigTot ? { geldigTot: datum('geldigTot', r.geldigTot) } : {}),
    waarde: r.waarde,
    bron: r.bron,
    ...(r.check ? { check: true } : {}),
    versie,
  } as Regel;
}

/**
 * The regelset a service uses: the national rules plus each SWV's own rules from the SWV
 * register. An SWV rule beats a national one for that SWV only (see Regelset.regelOp) and
 * records the register's version (`versie`, e.g. 'swv-register-2026.1') instead of the set's.
 * Throws at boot on a rule the calendar does not understand.
 */
export function metSwvRegels(basis: Regelset, swvs: readonly SwvMetRegels[], versie: string): Regelset {
  const extra = swvs.flatMap((swv) => swv.regels.map((r) => regelVan(swv, r, versie)));
  return extra.length === 0 ? basis : basis.metRegels(basis.versie, extra);
}
