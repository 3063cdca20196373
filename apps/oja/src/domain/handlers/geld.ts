import { OngeldigeInvoer, vereisTekst } from '@pao/zaak/domein';
import { type Arrangement } from '../arrangement';
import { type CorrectieBoeken, type RealisatieBoeken } from '../commandos';
import { type OjaWerkcontext } from '../context';
import { vereisCent } from '../geld';
import { type Boeking, saldo, spreidOverBudgetperioden } from '../grootboek';
import { budgetperiodeVan, isBudgetperiodeSleutel, overlap, periodeVanSleutel, vereisPeriode } from '../periode';
import { optioneleTekst, type Resultaat, vereisArray, vereisBetaler, volgende } from './gemeen';

/** The payers that pay for this arrangement (those with a commitment). */
function betalersVan(s: Arrangement): Set<string> {
  return new Set(s.toekenningen.flatMap((t) => t.verdeling.map((r) => r.betaler)));
}

/** Money actually spent over a period within the arrangement's term, per payer. */
export function realisatieBoeken(s: Arrangement, c: RealisatieBoeken, w: OjaWerkcontext): Resultaat {
  const periode = vereisPeriode('periode', c.periode);
  if (periode.van < s.periode.van || periode.tot > s.periode.tot) throw new OngeldigeInvoer('periode', 'valt buiten de looptijd van het arrangement');
  if (periode.van > w.vandaag) throw new OngeldigeInvoer('periode.van', 'ligt in de toekomst: realisatie boekt u achteraf');
  const toelichting = optioneleTekst('toelichting', c.toelichting);
  const eigen = betalersVan(s);
  const bedragen = vereisArray('bedragen', c.bedragen, { min: 1, max: 10 }).map((r, i) => {
    const regel = (typeof r === 'object' && r !== null ? r : {}) as Record<string, unknown>;
    const b = vereisBetaler(`bedragen.${i}.betaler`, regel.betaler, s, w);
    if (!eigen.has(b.code)) throw new OngeldigeInvoer(`bedragen.${i}.betaler`, 'betaalt niet mee aan dit arrangement');
    return { betaler: b.code, bedragCent: vereisCent(`bedragen.${i}.bedragCent`, regel.bedragCent), budgetperiode: b.budgetperiode };
  });
  if (new Set(bedragen.map((b) => b.betaler)).size !== bedragen.length) throw new OngeldigeInvoer('bedragen', 'een betaler staat er twee keer in');
  if (bedragen.every((b) => b.bedragCent === 0)) throw new OngeldigeInvoer('bedragen', 'alle bedragen zijn nul');
  const soortVan = new Map(bedragen.map((b) => [b.betaler, b.budgetperiode]));
  const boekingen = spreidOverBudgetperioden('realisatie', bedragen, periode, (code) => soortVan.get(code)!, {
    geboektOp: w.vandaag,
    nieuwId: w.nieuwId,
    ...(toelichting ? { toelichting } : {}),
  });
  return { state: volgende(s, { boekingen: [...s.boekingen, ...boekingen] }), events: [{ naam: 'Geboekt', data: { boekingen } }] };
}

/** An adjustment of what is committed for one payer and budget period; never below zero. */
export function correctieBoeken(s: Arrangement, c: CorrectieBoeken, w: OjaWerkcontext): Resultaat {
  const b = vereisBetaler('betaler', c.betaler, s, w);
  if (!betalersVan(s).has(b.code)) throw new OngeldigeInvoer('betaler', 'betaalt niet mee aan dit arrangement');
  if (!isBudgetperiodeSleutel(c.budgetperiode)) throw new OngeldigeInvoer('budgetperiode', "moet een jaar ('2025') of schooljaar ('2025-2026') zijn");
  const periode = periodeVanSleutel(c.budgetperiode);
  if (budgetperiodeVan(b.budgetperiode, periode.van) !== c.budgetperiode) {
    throw new OngeldigeInvoer('budgetperiode', b.budgetperiode === 'kalenderjaar' ? 'deze betaler budgetteert per kalenderjaar' : 'deze betaler budgetteert per schooljaar');
  }
  if (!overlap(periode, s.periode)) throw new OngeldigeInvoer('budgetperiode', 'valt buiten de looptijd van het arrangement');
  const bedrag = vereisCent('bedragCent', c.bedragCent, { magNegatief: true, magNul: false });
  const toelichting = vereisTekst('toelichting', c.toelichting, 2_000);
  const huidig = saldo(s.boekingen, (x) => x.soort !== 'realisatie' && x.betaler === b.code && x.budgetperiode === c.budgetperiode);
  if (huidig + bedrag < 0) throw new OngeldigeInvoer('bedragCent', 'maakt de vastlegging voor deze betaler en periode negatief');
  const boeking: Boeking = { id: w.nieuwId(), soort: 'correctie', betaler: b.code, budgetperiode: c.budgetperiode, bedragCent: bedrag, geboektOp: w.vandaag, toelichting };
  return { state: volgende(s, { boekingen: [...s.boekingen, boeking] }), events: [{ naam: 'Geboekt', data: { boekingen: [boeking] } }] };
}
