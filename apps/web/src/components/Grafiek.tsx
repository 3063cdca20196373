import { getal } from '../format';

/**
 * Small, dependency-free SVG charts. Each is an image with a text alternative
 * (title + description) and is always shown next to a table with the same figures.
 * Series differ by fill pattern as well as colour, and every bar carries its value.
 */

export interface Reeks {
  naam: string;
  /** 'vol' (solid) or 'arcering' (hatched): the difference does not rely on colour. */
  patroon: 'vol' | 'arcering';
}

export interface Groep {
  label: string;
  waarden: (number | null)[];
}

const KLEUR = ['#1c3f7a', '#8a4b00'];

function Patronen({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-arcering`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill="#fff" />
        <rect width="3" height="6" fill={KLEUR[1]} />
      </pattern>
    </defs>
  );
}

const vulling = (id: string, r: Reeks, i: number) => (r.patroon === 'arcering' ? `url(#${id}-arcering)` : KLEUR[i % KLEUR.length]);

export function Legenda({ id, reeksen }: { id: string; reeksen: Reeks[] }) {
  return (
    <ul className="legenda" aria-hidden="true">
      {reeksen.map((r, i) => (
        <li key={r.naam}>
          <svg width="18" height="14" focusable="false">
            <Patronen id={`${id}-leg${i}`} />
            <rect x="0.5" y="0.5" width="17" height="13" fill={r.patroon === 'arcering' ? `url(#${id}-leg${i}-arcering)` : KLEUR[i % KLEUR.length]} stroke={KLEUR[i % KLEUR.length]} />
          </svg>
          {r.naam}
        </li>
      ))}
    </ul>
  );
}

function schaal(max: number): { top: number; stap: number } {
  if (max <= 0) return { top: 10, stap: 2 };
  const ruw = max / 4;
  const macht = 10 ** Math.floor(Math.log10(ruw));
  const stap = [1, 2, 5, 10].map((m) => m * macht).find((s) => s >= ruw) ?? ruw;
  return { top: Math.ceil(max / stap) * stap, stap };
}

/** Vertical grouped bars: one group per category (e.g. a month), one bar per series. */
export function StaafGrafiek({ id, titel, beschrijving, reeksen, groepen, eenheid }: { id: string; titel: string; beschrijving: string; reeksen: Reeks[]; groepen: Groep[]; eenheid: string }) {
  const hoogte = 260;
  const boven = 24;
  const onder = 44;
  const links = 48;
  const groepBreedte = Math.max(56, reeksen.length * 26 + 18);
  const breedte = links + groepen.length * groepBreedte + 12;
  const max = Math.max(0, ...groepen.flatMap((g) => g.waarden.map((w) => w ?? 0)));
  const { top, stap } = schaal(max);
  const y = (w: number) => boven + (hoogte - boven - onder) * (1 - w / top);
  const lijnen: number[] = [];
  for (let w = 0; w <= top; w += stap) lijnen.push(w);
  const staaf = 22;

  return (
    <div className="grafiek">
      <Legenda id={id} reeksen={reeksen} />
      <div className="grafiek__schuif">
        <svg role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} viewBox={`0 0 ${breedte} ${hoogte}`} width={breedte} height={hoogte} className="grafiek__svg">
          <title id={`${id}-titel`}>{titel}</title>
          <desc id={`${id}-uitleg`}>{beschrijving}</desc>
          <Patronen id={id} />
          {lijnen.map((w) => (
            <g key={w}>
              <line x1={links} x2={breedte - 4} y1={y(w)} y2={y(w)} stroke="#c8c8c8" />
              <text x={links - 6} y={y(w) + 4} textAnchor="end" fontSize="11" fill="#333">
                {w}
              </text>
            </g>
          ))}
          <text x={4} y={12} fontSize="11" fill="#333">
            {eenheid}
          </text>
          {groepen.map((g, gi) => {
            const x0 = links + gi * groepBreedte + (groepBreedte - reeksen.length * (staaf + 4)) / 2;
            return (
              <g key={g.label}>
                {g.waarden.map((w, ri) => {
                  const x = x0 + ri * (staaf + 4);
                  if (w === null) {
                    return (
                      <text key={ri} x={x + staaf / 2} y={y(0) - 4} textAnchor="middle" fontSize="10" fill="#333">
                        –
                      </text>
                    );
                  }
                  return (
                    <g key={ri}>
                      <rect x={x} y={y(w)} width={staaf} height={Math.max(0, y(0) - y(w))} fill={vulling(id, reeksen[ri], ri)} stroke={KLEUR[ri % KLEUR.length]} />
                      <text x={x + staaf / 2} y={y(w) - 4} textAnchor="middle" fontSize="10" fill="#111">
                        {getal(w)}
                      </text>
                    </g>
                  );
                })}
                <text x={links + gi * groepBreedte + groepBreedte / 2} y={hoogte - onder + 16} textAnchor="middle" fontSize="11" fill="#111">
                  {g.label}
                </text>
              </g>
            );
          })}
          <line x1={links} x2={breedte - 4} y1={y(0)} y2={y(0)} stroke="#333" />
        </svg>
      </div>
    </div>
  );
}

/** Horizontal bars with the label before and the value after each bar. */
export function BalkGrafiek({ id, titel, beschrijving, items }: { id: string; titel: string; beschrijving: string; items: { label: string; waarde: number }[] }) {
  const rij = 30;
  const links = 220;
  const breedte = 640;
  const hoogte = items.length * rij + 12;
  const max = Math.max(1, ...items.map((i) => i.waarde));
  const ruimte = breedte - links - 60;
  return (
    <div className="grafiek">
      <div className="grafiek__schuif">
        <svg role="img" aria-labelledby={`${id}-titel ${id}-uitleg`} viewBox={`0 0 ${breedte} ${hoogte}`} width={breedte} height={hoogte} className="grafiek__svg">
          <title id={`${id}-titel`}>{titel}</title>
          <desc id={`${id}-uitleg`}>{beschrijving}</desc>
          {items.map((it, i) => (
            <g key={it.label}>
              <text x={links - 8} y={i * rij + 22} textAnchor="end" fontSize="12" fill="#111">
                {it.label}
              </text>
              <rect x={links} y={i * rij + 8} width={(it.waarde / max) * ruimte} height={rij - 10} fill={KLEUR[0]} />
              <text x={links + (it.waarde / max) * ruimte + 6} y={i * rij + 22} fontSize="12" fill="#111">
                {getal(it.waarde)}
              </text>
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}
