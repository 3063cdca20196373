import { z } from 'zod';
import { civilDate } from './civil-date';
import { SECTOREN, type Regel, type Regelsleutel, type Regelset, type Regelwaarden, type Sector, type Swv } from './regelset';

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

const aantal = z.int().min(1).max(1000);
const duur = z.union([z.object({ weken: aantal }).strict(), z.object({ dagen: aantal }).strict(), z.object({ maanden: aantal }).strict()]);
const termijnRegel = z.object({ duur, atw: z.boolean() }).strict();
const jaarlijks = z.object({ maand: z.int().min(1).max(12), dag: z.int().min(1).max(31) }).strict();

/** The shape of every rule's value; the mapped type makes a new key fail to compile until it is here. */
const WAARDE: { readonly [K in Regelsleutel]: z.ZodType<Regelwaarden[K]> } = {
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
  poVoAanmeldperiode: z.object({ van: jaarlijks, tot: jaarlijks }).strict(),
  oppEvaluatie: duur,
  poVoPlaatsingsbevestiging: jaarlijks,
  overstapdossierGereed: jaarlijks,
  overstapdossierOpgehaald: jaarlijks,
  eersteSchooldag: jaarlijks,
  nazorgStartcontroleWeken: aantal,
  nazorgUitvalMaanden: aantal,
  overstapWaarschuwingDagen: aantal,
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
  const waarde = WAARDE[r.sleutel].safeParse(r.waarde);
  if (!waarde.success) throw new RangeError(`${waar}: invalid value for ${r.sleutel}: ${waarde.error.issues.map((i) => `${i.path.join('.') || 'waarde'} ${i.message}`).join('; ')}`);
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
    waarde: waarde.data,
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
