import { plusDagen, type IsoDatum } from '@pao/zaak/domein';
import { type Niveau } from '../begrippen';
import { type Klok, type ThuiszittersRegels } from '../regels';

/** N months later, the end-of-month rule (31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(d: IsoDatum, maanden: number): IsoDatum {
  const [j, m, dag] = d.split('-').map(Number);
  const totaal = j * 12 + (m - 1) + maanden;
  const jaar = Math.floor(totaal / 12);
  const maand = (totaal % 12) + 1;
  const laatste = new Date(Date.UTC(jaar, maand, 0)).getUTCDate();
  return `${jaar}-${String(maand).padStart(2, '0')}-${String(Math.min(dag, laatste)).padStart(2, '0')}`;
}

/** Fixed, simple rules for domain tests: calendar days, no holidays. */
export function vasteRegels(opties: { absoluutDirect?: boolean } = {}): ThuiszittersRegels {
  const v = 'test-regels-1';
  const klok = (vervaltOp: IsoDatum, waarschuwingDagen = 7): Klok => ({ vervaltOp, regelVersie: v, waarschuwingDagen });
  const escalatieWeken: Partial<Record<Niveau, number>> = { school: 2, steunpunt: 6, actietafel: 6 };
  return {
    thuiszitterGrens: (_swv, soort, thuisSinds) => {
      const vanaf = soort === 'absoluut-verzuim' && opties.absoluutDirect ? thuisSinds : plusDagen(thuisSinds, 28);
      return { vanaf, klok: klok(plusDagen(vanaf, -1)) };
    },
    passendAanbod: (_swv, thuisSinds) => klok(plusDagen(plusMaanden(thuisSinds, 3), -1), 14),
    escalatie: (_swv, niveau, vanaf) => {
      const weken = escalatieWeken[niveau];
      return weken === undefined ? undefined : klok(plusDagen(vanaf, 7 * weken), 7);
    },
    actie: (_swv, uiterlijkOp) => klok(uiterlijkOp, 3),
    zorgplicht: (_swv, aanmeldingOp, verlengd) => klok(plusDagen(aanmeldingOp, 7 * (verlengd ? 10 : 6)), 7),
    crisisOverleg: (_swv, gemeldOp) => klok(plusDagen(gemeldOp, 7), 2),
    signaalBeoordeling: (_swv, ontvangenOp) => klok(plusDagen(ontvangenOp, 5), 2),
    afspraak: (_swv, uiterlijkOp) => klok(uiterlijkOp, 7),
    doorzettingsmachtAanbod: (_swv, besluitOp) => plusDagen(besluitOp, 14),
    aanbodStart: (_swv, startOp) => klok(plusDagen(startOp, 5), 2),
    standaardGemeente: () => 'GM0034',
  };
}
