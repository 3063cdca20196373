import { type Beroep } from '../aanvraag';
import { type BeroepRegistreren, type UitspraakRegistreren } from '../commandos';
import { event } from '../events';
import { BEROEP_INDIENERS, UITSPRAAK_UITKOMSTEN } from '../soort';
import { beoordeelTijdigheid } from '../tijdigheid';
import { feitdatum, vereisEen, vereisNietVoor } from '@pao/zaak/domein';
import { appelDatums } from './bezwaar';
import { basis, controleerTermijn, verder, weiger, type Handler } from './gemeen';

/**
 * Beroep at the rechtbank against the beslissing op bezwaar (six weeks, Awb 6:7; a posted
 * beroepschrift as in Awb 6:9 lid 2). A late beroep is recorded as such: the court
 * decides on its admissibility, and while it is pending the besluit is not onherroepelijk.
 */
export const beroepRegistreren: Handler<BeroepRegistreren> = (s, c, w) => {
  const beslissing = s.bezwaar?.beslissing;
  if (!beslissing) weiger(s, c.type, 'beroep staat open tegen een beslissing op bezwaar; die is er (nog) niet');
  const indiener = vereisEen('indiener', c.indiener, BEROEP_INDIENERS);
  const datums = appelDatums(c, w, { datum: beslissing.datum, naam: 'de beslissing op bezwaar' });
  const termijnEinde = beslissing.beroepstermijn.datum;
  const nazend = controleerTermijn(w.termijnen.nazendtermijnEinde(termijnEinde, s.swv), termijnEinde, 'nazendtermijn');
  const { tijdig, regel } = beoordeelTijdigheid({ ...datums, termijnEinde, nazendtermijnEinde: nazend.datum });
  const besluitId = s.besluit!.besluitId;
  const beroep: Beroep = { beroepId: w.nieuwId(), besluitId, indiener, ...datums, tijdigheid: regel };
  return verder(s, { status: 'beroep-ingesteld', beroepen: [...(s.beroepen ?? []), beroep], onherroepelijkOp: undefined, onherroepelijkheid: undefined }, [
    event('beroep-ingesteld', { ...basis(s, datums.ontvangenOp), beroepId: beroep.beroepId, besluitId, indiener, tijdig, tijdigheid: regel }),
  ]);
};

/**
 * The court's uitspraak. Gegrond: the beslissing op bezwaar is annulled and the SWV must
 * decide on the bezwaar anew (Awb 8:72 lid 4), which is a new besluit. Otherwise the
 * hoger-beroepstermijn runs; the besluit is onherroepelijk once it has passed unused.
 */
export const uitspraakRegistreren: Handler<UitspraakRegistreren> = (s, c, w) => {
  const beroepen = s.beroepen!;
  const beroep = beroepen[beroepen.length - 1];
  const uitkomst = vereisEen('uitkomst', c.uitkomst, UITSPRAAK_UITKOMSTEN);
  const datum = vereisNietVoor('datum', feitdatum('datum', c.datum, w.vandaag), beroep.ontvangenOp, 'het instellen van het beroep');
  const hogerBeroepstermijn = controleerTermijn(w.termijnen.hogerBeroepstermijnEinde(datum, s.swv), datum, 'hoger-beroepstermijn');
  const gegrond = uitkomst === 'gegrond';
  const bezwaar = s.bezwaar!;
  const bijgewerkt: Beroep = {
    ...beroep,
    uitspraak: { uitkomst, datum, hogerBeroepstermijn },
    ...(gegrond && bezwaar.beslissing ? { vernietigdeBeslissing: bezwaar.beslissing } : {}),
  };
  return verder(
    s,
    {
      status: gegrond ? 'beroep-gegrond' : 'uitspraak-gedaan',
      beroepen: [...beroepen.slice(0, -1), bijgewerkt],
      ...(gegrond ? { bezwaar: { ...bezwaar, beslissing: undefined } } : {}),
    },
    [event('uitspraak-gedaan', { ...basis(s, datum), beroepId: beroep.beroepId, uitkomst, hogerBeroepstermijnEindigtOp: hogerBeroepstermijn.datum })],
  );
};
