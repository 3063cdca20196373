import { type IsoDatum } from '@pao/zaak';

export interface Kwartaal {
  readonly jaar: number;
  readonly kwartaal: 1 | 2 | 3 | 4;
  readonly van: IsoDatum;
  /** The last day: the peildatum of the register. */
  readonly tot: IsoDatum;
  /** 1 August of the school year the quarter ends in: the register is cumulative from here. */
  readonly schooljaarStart: IsoDatum;
}

const p2 = (n: number) => String(n).padStart(2, '0');

export function kwartaal(jaar: number, k: 1 | 2 | 3 | 4): Kwartaal {
  const eindMaand = k * 3;
  const laatsteDag = new Date(Date.UTC(jaar, eindMaand, 0)).getUTCDate();
  const tot = `${jaar}-${p2(eindMaand)}-${p2(laatsteDag)}`;
  const schooljaarStart = eindMaand >= 8 ? `${jaar}-08-01` : `${jaar - 1}-08-01`;
  return { jaar, kwartaal: k, van: `${jaar}-${p2(eindMaand - 2)}-01`, tot, schooljaarStart };
}

export function kwartaalVan(d: IsoDatum): Kwartaal {
  return kwartaal(Number(d.slice(0, 4)), (Math.floor((Number(d.slice(5, 7)) - 1) / 3) + 1) as 1 | 2 | 3 | 4);
}
