import { dagenTussen, isIsoDatum, OngeldigeInvoer, plusDagen, type IsoDatum } from '@pao/zaak/domein';

/** A period of whole days, both ends included ('2025-03-01' … '2026-02-28'). */
export interface Periode {
  readonly van: IsoDatum;
  readonly tot: IsoDatum;
}

/** Reads a period from input: both dates valid, `tot` required and not before `van`. */
export function vereisPeriode(veld: string, waarde: unknown): Periode {
  if (typeof waarde !== 'object' || waarde === null || Array.isArray(waarde)) throw new OngeldigeInvoer(veld, 'ontbreekt');
  const { van, tot } = waarde as Record<string, unknown>;
  if (!isIsoDatum(van)) throw new OngeldigeInvoer(`${veld}.van`, 'is geen geldige datum (JJJJ-MM-DD)');
  if (tot === undefined || tot === null || tot === '') throw new OngeldigeInvoer(`${veld}.tot`, 'een einddatum is verplicht (een arrangement is altijd tijdelijk)');
  if (!isIsoDatum(tot)) throw new OngeldigeInvoer(`${veld}.tot`, 'is geen geldige datum (JJJJ-MM-DD)');
  if (tot < van) throw new OngeldigeInvoer(`${veld}.tot`, 'ligt vóór de begindatum');
  return { van, tot };
}

/** Number of days in the period, both ends counted. */
export function dagen(p: Periode): number {
  return dagenTussen(p.van, p.tot) + 1;
}

export function overlap(a: Periode, b: Periode): Periode | undefined {
  const van = a.van > b.van ? a.van : b.van;
  const tot = a.tot < b.tot ? a.tot : b.tot;
  return van <= tot ? { van, tot } : undefined;
}

export function bevat(p: Periode, d: IsoDatum): boolean {
  return p.van <= d && d <= p.tot;
}

/** `d` plus whole months; a day that does not exist in the target month becomes its last day (31 Jan + 1 month = 28/29 Feb). */
export function plusMaanden(d: IsoDatum, maanden: number): IsoDatum {
  const jaar = Number(d.slice(0, 4));
  const maand = Number(d.slice(5, 7)) - 1 + maanden;
  const dag = Number(d.slice(8, 10));
  const doelJaar = jaar + Math.floor(maand / 12);
  const doelMaand = ((maand % 12) + 12) % 12;
  const laatste = new Date(Date.UTC(doelJaar, doelMaand + 1, 0)).getUTCDate();
  return `${String(doelJaar).padStart(4, '0')}-${String(doelMaand + 1).padStart(2, '0')}-${String(Math.min(dag, laatste)).padStart(2, '0')}`;
}

export { plusDagen };

/** How a payer budgets: per calendar year ('2025') or per school year 1 Aug – 31 Jul ('2025-2026'). */
export type Budgetperiodesoort = 'kalenderjaar' | 'schooljaar';

/** The budget period a day falls in, as its key: '2025' or '2025-2026'. */
export function budgetperiodeVan(soort: Budgetperiodesoort, d: IsoDatum): string {
  const jaar = Number(d.slice(0, 4));
  if (soort === 'kalenderjaar') return String(jaar);
  const start = Number(d.slice(5, 7)) >= 8 ? jaar : jaar - 1;
  return `${start}-${start + 1}`;
}

/** The days of a budget period key. */
export function periodeVanSleutel(sleutel: string): Periode {
  if (/^\d{4}$/.test(sleutel)) return { van: `${sleutel}-01-01`, tot: `${sleutel}-12-31` };
  const m = /^(\d{4})-(\d{4})$/.exec(sleutel);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) throw new Error(`onbekende budgetperiode ${sleutel}`);
  return { van: `${m[1]}-08-01`, tot: `${m[2]}-07-31` };
}

export function isBudgetperiodeSleutel(waarde: unknown): waarde is string {
  if (typeof waarde !== 'string') return false;
  if (/^\d{4}$/.test(waarde)) return true;
  const m = /^(\d{4})-(\d{4})$/.exec(waarde);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/** The budget periods a period touches, in order, with the days of the period in each. */
export function budgetperioden(soort: Budgetperiodesoort, p: Periode): { sleutel: string; deel: Periode; dagen: number }[] {
  const uit: { sleutel: string; deel: Periode; dagen: number }[] = [];
  let van = p.van;
  while (van <= p.tot) {
    const sleutel = budgetperiodeVan(soort, van);
    const deel = overlap(p, periodeVanSleutel(sleutel))!;
    uit.push({ sleutel, deel, dagen: dagen(deel) });
    van = plusDagen(deel.tot, 1);
  }
  return uit;
}

/** Quarter of a date: 1-4. */
export function kwartaalVan(d: IsoDatum): { jaar: number; kwartaal: number } {
  return { jaar: Number(d.slice(0, 4)), kwartaal: Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1 };
}

export function kwartaalPeriode(jaar: number, kwartaal: number): Periode {
  const eersteMaand = (kwartaal - 1) * 3 + 1;
  const van = `${jaar}-${String(eersteMaand).padStart(2, '0')}-01`;
  return { van, tot: plusDagen(plusMaanden(van, 3), -1) };
}

/** The quarter that ended most recently before `d` (the one a report on `d` is about). */
export function vorigKwartaal(d: IsoDatum): { jaar: number; kwartaal: number } {
  const { jaar, kwartaal } = kwartaalVan(d);
  return kwartaal === 1 ? { jaar: jaar - 1, kwartaal: 4 } : { jaar, kwartaal: kwartaal - 1 };
}
