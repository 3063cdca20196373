import { type ExportTabel } from '@pao/zaak';
import { type doorlooptijden } from '../queries/doorlooptijden';
import { type laatsteTelling } from '../queries/tellingen';

interface Statistiek {
  mediaan: number | null;
  p90: number | null;
}
interface DoorlooptijdRij {
  schoolNaam: string | null;
  maand: string;
  aantal: number;
  ingediendTotBesluitDagen: Statistiek | null;
  besluitTotPlaatsingDagen: Statistiek | null;
}

const dagen = (x: number | null | undefined) => (x === null || x === undefined ? null : Math.round(x * 10) / 10);
const maand = (jjjjmm: string) => `${jjjjmm.slice(5, 7)}-${jjjjmm.slice(0, 4)}`;

/** The overzicht screen's tables as an export: lead times in kalenderdagen, the telling's counts. */
export function overzichtTabellen(d: Awaited<ReturnType<typeof doorlooptijden>>, telling: Awaited<ReturnType<typeof laatsteTelling>>): ExportTabel[] {
  const rijen = d.items as DoorlooptijdRij[];
  const tabellen: ExportTabel[] = [
    {
      titel: `Doorlooptijden ${d.van.split('-').reverse().join('-')} tot en met ${d.tot.split('-').reverse().join('-')}`,
      kolommen: ['School', 'Maand', 'Besluiten', 'Ingediend tot besluit, mediaan (kalenderdagen)', 'Ingediend tot besluit, 90% binnen', 'Besluit tot plaatsing, mediaan (kalenderdagen)', 'Besluit tot plaatsing, 90% binnen'],
      rijen: rijen.map((r) => [
        r.schoolNaam,
        maand(r.maand),
        r.aantal,
        dagen(r.ingediendTotBesluitDagen?.mediaan),
        dagen(r.ingediendTotBesluitDagen?.p90),
        dagen(r.besluitTotPlaatsingDagen?.mediaan),
        dagen(r.besluitTotPlaatsingDagen?.p90),
      ]),
    },
  ];
  if (telling) {
    const op = telling.teldatum.split('-').reverse().join('-');
    tabellen.push(
      { titel: `Telling ${op} per soort`, kolommen: ['Soort', "Geldige TLV's", 'Plaatsingen'], rijen: telling.perSoort.map((r) => [r.soort, r.aantal, r.plaatsingen]) },
      { titel: `Telling ${op} per school`, kolommen: ['School', 'Soort', "Geldige TLV's", 'Plaatsingen'], rijen: telling.perSchool.map((r) => [r.schoolNaam, r.soort, r.aantal, r.plaatsingen]) },
    );
  }
  return tabellen;
}
