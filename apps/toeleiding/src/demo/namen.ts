import { plusDagen, type IsoDatum, type Personalia } from '../domain';

const VOORNAMEN = ['Daan', 'Sem', 'Noah', 'Lucas', 'Finn', 'Levi', 'Milan', 'Bram', 'Mohammed', 'Ryan', 'Emma', 'Julia', 'Mila', 'Tess', 'Sophie', 'Zoë', 'Nora', 'Fenna', 'Yara', 'Amira', 'Sara', 'Lina', 'Jesse', 'Thijs'];
const ACHTERNAMEN: Array<[string | undefined, string]> = [
  [undefined, 'Jansen'],
  ['de', 'Vries'],
  ['van den', 'Berg'],
  [undefined, 'Bakker'],
  ['van', 'Dijk'],
  [undefined, 'Visser'],
  [undefined, 'Smit'],
  [undefined, 'Meijer'],
  ['de', 'Boer'],
  [undefined, 'Mulder'],
  [undefined, 'Yılmaz'],
  [undefined, 'El Amrani'],
  [undefined, 'Bos'],
  ['van der', 'Linden'],
  [undefined, 'Kramer'],
  [undefined, 'Öztürk'],
];

/**
 * A synthetic pupil for demo data and tests: a name from common Dutch names and a birth
 * date that fits the sector (PO: 5–12, VO: 12–17 years old on `vandaag`). Deterministic in `n`.
 */
export function demoPersonalia(n: number, sector: 'PO' | 'VO', vandaag: IsoDatum): Personalia {
  const [tussenvoegsel, achternaam] = ACHTERNAMEN[(n * 7) % ACHTERNAMEN.length];
  const leeftijdDagen = (sector === 'PO' ? 5 * 365 : 12 * 365) + ((n * 97) % (sector === 'PO' ? 7 * 365 : 5 * 365));
  return {
    voornaam: VOORNAMEN[(n * 5) % VOORNAMEN.length],
    ...(tussenvoegsel ? { tussenvoegsel } : {}),
    achternaam,
    geboortedatum: plusDagen(vandaag, -leeftijdDagen),
  };
}
