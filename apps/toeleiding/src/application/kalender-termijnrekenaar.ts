import { berekenTermijn, bezwaartermijn, civilDate, plusDuur, opschortingWegensAanvulling, plusDagen, termijnVolgensRegel, type Termijnuitkomst } from '@pao/deadlines';
import { type Swv, type Termijn, type Termijnrekenaar } from '../domain';
import { standaardSamenwerkingsverbanden, type Samenwerkingsverbanden } from './samenwerkingsverbanden';

/** Statutory, not configurable per SWV: the rule id stored with the deadline. */
export const NAZENDTERMIJN_REGEL = 'awb-6:9-lid-2/een-week';

function termijn(t: Termijnuitkomst): Termijn {
  return { datum: t.einddatum, regelVersie: t.regelversie };
}

/**
 * The domain's Termijnrekenaar port on the legal calendar of @pao/deadlines: week counts
 * from the versioned regelset (per SWV: its sector's rules and its own), Awb counting from
 * the day after, Algemene termijnenwet shifts, and Awb 4:15 suspension while an
 * aanvulling is outstanding.
 */
export function kalenderTermijnrekenaar(swvs: Samenwerkingsverbanden = standaardSamenwerkingsverbanden()): Termijnrekenaar {
  const regelset = swvs.regelset;
  const k = (swv: Swv) => swvs.kalender(swv);
  return {
    beslistermijnEinde: (ingediendOp, opschortingen, swv) =>
      termijn(
        termijnVolgensRegel(regelset, k(swv), 'beslistermijnTlv', {
          ingang: civilDate(ingediendOp),
          // The domain records the day the aanvulling was asked and the day it came in.
          opschortingen: opschortingen.map((o) => opschortingWegensAanvulling({ uitgenodigdOp: civilDate(o.van), aangevuldOp: civilDate(o.tot) })),
        }),
      ),
    bezwaartermijnEinde: (bekendmaking, swv) => termijn(bezwaartermijn(regelset, k(swv), civilDate(bekendmaking))),
    doorzendtermijnLbtEinde: (ontvangen, swv) => termijn(termijnVolgensRegel(regelset, k(swv), 'doorzendingBezwaarLbt', { ingang: civilDate(ontvangen) })),
    beslissingOpBezwaarEinde: (vanaf, verdaagd, swv) => {
      const ingang = civilDate(vanaf);
      const verdaging = verdaagd ? regelset.regelOp(k(swv), 'verdagingBeslissingOpBezwaar', ingang).waarde : undefined;
      return termijn(termijnVolgensRegel(regelset, k(swv), 'beslistermijnBezwaarMetCommissie', { ingang, verdaging }));
    },
    // Beroep against a beslissing op bezwaar: the same six weeks as bezwaar (Awb 6:7).
    beroepstermijnEinde: (bekendmaking, swv) => termijn(bezwaartermijn(regelset, k(swv), civilDate(bekendmaking))),
    // Hoger beroep against an uitspraak: six weeks after it was sent (Awb 8:104 jo. 6:7, 6:8).
    hogerBeroepstermijnEinde: (verzending, swv) => termijn(bezwaartermijn(regelset, k(swv), civilDate(verzending))),
    // Awb 6:9 lid 2: "niet later dan een week na afloop van de termijn ontvangen". Whether the
    // Atw extends this week is not settled in the sources we have [check]; extending it only
    // makes onherroepelijk later and a posted appeal timely a little longer, never the reverse.
    // OPP and TLV evaluated at least yearly (regelset `oppEvaluatie`, 001:1571).
    evaluatieEinde: (vanaf, swv) => {
      const regel = regelset.regelOp(k(swv), 'oppEvaluatie', civilDate(vanaf));
      return { datum: plusDuur(civilDate(vanaf), regel.waarde), regelVersie: regel.versie };
    },
    nazendtermijnEinde: (termijnEinde) =>
      termijn(berekenTermijn({ ingang: civilDate(termijnEinde), duur: { weken: 1 }, atw: true, regelversie: NAZENDTERMIJN_REGEL })),
  };
}

/**
 * The days a bezwaartermijn was moved past (weekend, holiday), for the case view. Only
 * when today's rules give the stored end date: a term fixed under an older rule version
 * is shown as stored, without reasons we cannot vouch for.
 */
export function bezwaartermijnVerschuivingen(bekendmaking: string, swv: Swv, eindigtOp: string, swvs: Samenwerkingsverbanden) {
  const t = bezwaartermijn(swvs.regelset, swvs.kalender(swv), civilDate(bekendmaking));
  if (t.einddatum !== eindigtOp) return [];
  return t.verschuivingen.map((v) => ({
    van: v.datum as string,
    naar: plusDagen(v.datum, 1) as string,
    reden: `${v.artikel}: ${[v.weekend ? v.weekdag : undefined, ...v.feestdagen.map((f) => f.naam)].filter(Boolean).join(', ')}`,
  }));
}
