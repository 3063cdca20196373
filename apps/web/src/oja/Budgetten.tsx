import { Button, FormField, FormLabel, Paragraph, Select, SelectOption, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useState } from 'react';
import { api } from '../api/client';
import { type Account } from '../api/types';
import { FoutMelding, Laden, Melding } from '../components/Melding';
import { PaginaKop } from '../components/PaginaKop';
import { datum, vandaag } from '../format';
import { useOphalen } from '../hooks';
import { useRouter } from '../router';
import { Formulier } from './Formulier';
import { euro, naarCenten, naarEuroTekst } from './geld';
import { soortBetalerLabel } from './labels';
import { type BudgetRegel } from './types';

/** Grouped horizontal bars per payer: budget, committed, realised (patterns and values, not colour alone). */
function BudgetGrafiek({ regels }: { regels: BudgetRegel[] }) {
  const rij = 22;
  const groep = rij * 3 + 14;
  const links = 260;
  const breedte = 760;
  const ruimte = breedte - links - 130;
  const max = Math.max(1, ...regels.flatMap((r) => [r.budgetCent ?? 0, r.vastgelegdCent, r.gerealiseerdCent]));
  const reeksen = [
    { naam: 'Budget', waarde: (r: BudgetRegel) => r.budgetCent ?? 0, vulling: '#ffffff', rand: '#1c3f7a' },
    { naam: 'Vastgelegd', waarde: (r: BudgetRegel) => r.vastgelegdCent, vulling: '#1c3f7a', rand: '#1c3f7a' },
    { naam: 'Gerealiseerd', waarde: (r: BudgetRegel) => r.gerealiseerdCent, vulling: 'url(#budget-arcering)', rand: '#8a4b00' },
  ];
  return (
    <div className="grafiek">
      <ul className="legenda" aria-hidden="true">
        {reeksen.map((s) => (
          <li key={s.naam}>
            <svg width="18" height="14" focusable="false">
              <defs>
                <pattern id={`leg-${s.naam}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                  <rect width="6" height="6" fill="#fff" />
                  <rect width="3" height="6" fill="#8a4b00" />
                </pattern>
              </defs>
              <rect x="0.5" y="0.5" width="17" height="13" fill={s.naam === 'Gerealiseerd' ? `url(#leg-${s.naam})` : s.vulling} stroke={s.rand} />
            </svg>
            {s.naam}
          </li>
        ))}
      </ul>
      <div className="grafiek__schuif">
        <svg role="img" aria-labelledby="budget-grafiek-titel budget-grafiek-uitleg" viewBox={`0 0 ${breedte} ${regels.length * groep + 10}`} width={breedte} height={regels.length * groep + 10} className="grafiek__svg">
          <title id="budget-grafiek-titel">Budget, vastgelegd en gerealiseerd per betaler</title>
          <desc id="budget-grafiek-uitleg">Per betaler drie balken: het budget, wat is vastgelegd en wat is gerealiseerd. De tabel eronder geeft dezelfde bedragen.</desc>
          <defs>
            <pattern id="budget-arcering" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" fill="#fff" />
              <rect width="3" height="6" fill="#8a4b00" />
            </pattern>
          </defs>
          {regels.map((r, i) => (
            <g key={`${r.betaler}-${r.budgetperiode}`} transform={`translate(0 ${i * groep + 6})`}>
              <text x={links - 8} y={rij + 10} textAnchor="end" fontSize="12" fill="#111">
                {r.naam.length > 34 ? `${r.naam.slice(0, 33)}…` : r.naam} {r.budgetperiode}
              </text>
              {reeksen.map((s, j) => {
                const w = (s.waarde(r) / max) * ruimte;
                return (
                  <g key={s.naam}>
                    <rect x={links} y={j * rij} width={Math.max(w, 1)} height={rij - 6} fill={s.vulling} stroke={s.rand} />
                    <text x={links + Math.max(w, 1) + 6} y={j * rij + 12} fontSize="11" fill="#111">
                      {s.naam === 'Budget' && r.budgetCent === null ? 'geen budget' : euro(s.waarde(r))}
                    </text>
                  </g>
                );
              })}
            </g>
          ))}
        </svg>
      </div>
    </div>
  );
}

/** The budget overview per payer for a year: chart and table of the same figures; the teamleider (or the gemeente, for its own) sets budgets. */
export function Budgetten({ account }: { account: Account }) {
  const { zoek, navigeer } = useRouter();
  const jaar = Number(zoek.get('jaar') ?? vandaag().slice(0, 4));
  const data = useOphalen('/oja/budgetten', { query: { jaar } });
  const [bewerk, setBewerk] = useState<BudgetRegel>();
  const [melding, setMelding] = useState<string>();
  const magZetten = account.rol === 'teamleider' || account.rol === 'gemeente';
  const jaren = [jaar - 2, jaar - 1, jaar, jaar + 1, jaar + 2];
  return (
    <>
      <PaginaKop titel="Budgetten per betaler" />
      <Paragraph lead>Budget, vastgelegd (toekenningen min vrijval, met correcties), gerealiseerd en wat resteert, per betaler en budgetperiode die {jaar} raakt.</Paragraph>
      <FormField type="select" className="filter">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor="budget-jaar">Jaar</FormLabel>
        </div>
        <div className="utrecht-form-field__input">
          <Select id="budget-jaar" value={String(jaar)} onChange={(e) => navigeer(`/oja/budgetten?jaar=${e.target.value}`)}>
            {jaren.map((j) => (
              <SelectOption key={j} value={String(j)}>
                {j}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
      {melding && (
        <Melding type="ok">
          <Paragraph>{melding}</Paragraph>
        </Melding>
      )}
      {data.fout && <FoutMelding fout={data.fout} />}
      {data.laden && <Laden />}
      {data.data && (
        <>
          <BudgetGrafiek regels={data.data.items} />
          <div className="tabel-container" role="region" aria-labelledby="budget-tabel" tabIndex={0}>
            <Table>
              <TableCaption id="budget-tabel">Budgetten {jaar}</TableCaption>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">Betaler</TableHeaderCell>
                  <TableHeaderCell scope="col">Budgetperiode</TableHeaderCell>
                  <TableHeaderCell scope="col" className="bedrag">
                    Budget
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="bedrag">
                    Vastgelegd
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="bedrag">
                    Gerealiseerd
                  </TableHeaderCell>
                  <TableHeaderCell scope="col" className="bedrag">
                    Resterend
                  </TableHeaderCell>
                  {magZetten && <TableHeaderCell scope="col">Wijzigen</TableHeaderCell>}
                </TableRow>
              </TableHeader>
              <TableBody>
                {data.data.items.map((r) => (
                  <TableRow key={`${r.betaler}-${r.budgetperiode}`}>
                    <TableHeaderCell scope="row">
                      {r.naam}
                      <span className="sub">{soortBetalerLabel(r.soort)}</span>
                    </TableHeaderCell>
                    <TableCell>
                      {r.budgetperiode}
                      <span className="sub">
                        {datum(r.van)} – {datum(r.tot)}
                      </span>
                    </TableCell>
                    <TableCell className="bedrag">{r.budgetCent === null ? 'geen budget' : euro(r.budgetCent)}</TableCell>
                    <TableCell className="bedrag">{euro(r.vastgelegdCent)}</TableCell>
                    <TableCell className="bedrag">{euro(r.gerealiseerdCent)}</TableCell>
                    <TableCell className="bedrag">
                      {euro(r.resterendCent)}
                      {r.overschreden && <strong className="sub boven-budget">Overschreden</strong>}
                    </TableCell>
                    {magZetten && (
                      <TableCell>
                        {(account.rol === 'teamleider' || r.gemeente !== null) && (
                          <Button type="button" appearance="subtle-button" onClick={() => setBewerk(r)} aria-label={`Budget ${r.naam} ${r.budgetperiode} wijzigen`}>
                            Wijzigen
                          </Button>
                        )}
                      </TableCell>
                    )}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          {bewerk && (
            <Formulier
              key={`${bewerk.betaler}-${bewerk.budgetperiode}`}
              naam="budget"
              titel={`Budget ${bewerk.naam} ${bewerk.budgetperiode}`}
              knop="Budget vaststellen"
              verstuur={(body) => api('/oja/budgetten/{betaler}/{budgetperiode}', { method: 'PUT', params: { betaler: bewerk.betaler, budgetperiode: bewerk.budgetperiode }, body })}
              velden={[
                { naam: 'bedragCent', label: 'Budget', soort: 'tekst', verplicht: true, beschrijving: 'In euro’s.', standaard: bewerk.budgetCent === null ? '' : naarEuroTekst(bewerk.budgetCent) },
                { naam: 'motivering', label: 'Motivering', soort: 'tekstvak', verplicht: true },
              ]}
              bouw={(w) => ({ bedragCent: naarCenten(String(w.bedragCent ?? '')) ?? w.bedragCent, motivering: String(w.motivering ?? '').trim() })}
              onGelukt={() => {
                setMelding(`Het budget van ${bewerk.naam} voor ${bewerk.budgetperiode} is vastgesteld.`);
                setBewerk(undefined);
                data.herlaad();
              }}
              onAnnuleer={() => setBewerk(undefined)}
            />
          )}
        </>
      )}
    </>
  );
}
