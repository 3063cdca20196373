import { dagenTussen, plusDagen } from '@pao/zaak/domein';
import { type Termijnrekenaar } from '../termijnrekenaar';

/**
 * A calendar without holidays or weekends, for tests of the domain only: the real rules
 * (Atw, per-SWV weeks) are tested in @pao/deadlines. Suspension adds its days 1:1.
 */
export const nepTermijnrekenaar: Termijnrekenaar = {
  beslistermijnEinde: (ingediendOp, opschortingen) =>
    termijn(plusDagen(ingediendOp, 42 + opschortingen.reduce((som, o) => som + dagenTussen(o.van, o.tot), 0))),
  bezwaartermijnEinde: (bekendmaking) => termijn(plusDagen(bekendmaking, 42)),
  doorzendtermijnLbtEinde: (ontvangen) => termijn(plusDagen(ontvangen, 14)),
  beslissingOpBezwaarEinde: (vanaf, verdaagd) => termijn(plusDagen(vanaf, verdaagd ? 126 : 84)),
  beroepstermijnEinde: (bekendmaking) => termijn(plusDagen(bekendmaking, 42)),
  hogerBeroepstermijnEinde: (verzending) => termijn(plusDagen(verzending, 42)),
  nazendtermijnEinde: (termijnEinde) => termijn(plusDagen(termijnEinde, 7)),
  evaluatieEinde: (vanaf) => termijn(`${Number(vanaf.slice(0, 4)) + 1}${vanaf.slice(4)}`),
};

function termijn(datum: string) {
  return { datum, regelVersie: 'nep/1' };
}
