import { DataListItem, DataListKey, DataListValue, FormField, FormLabel, Heading2, Select, SelectOption } from '@utrecht/component-library-react';
import { type ReactNode } from 'react';
import { SignaalLabel } from '../components/Signaal';
import { dagenTekst, datum } from '../format';
import { termijnLabel } from './labels';

/** A deadline's signal by the days left: past, within 5 days, or in time (shape + word, never colour alone). */
export function signaalVan(dagen: number): 'verlopen' | 'risico' | 'op-tijd' {
  return dagen < 0 ? 'verlopen' : dagen <= 5 ? 'risico' : 'op-tijd';
}

export function Termijn({ soort, vervaltOp, dagenResterend, extra }: { soort: string; vervaltOp: string; dagenResterend: number; extra?: string }) {
  return (
    <span className="termijn">
      <SignaalLabel signaal={signaalVan(dagenResterend)} />
      <span className="termijn__datum">
        {termijnLabel(soort)}
        {extra ? ` (${extra})` : ''}: <time dateTime={vervaltOp}>{datum(vervaltOp)}</time> ({dagenTekst(dagenResterend)})
      </span>
    </span>
  );
}

export function Keuze({ id, label, waarde, opties, onChange }: { id: string; label: string; waarde: string; opties: { waarde: string; label: string }[]; onChange: (v: string) => void }) {
  return (
    <FormField type="select" className="filter">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} name={id} value={waarde} onChange={(e) => onChange(e.target.value)}>
          {opties.map((o) => (
            <SelectOption key={o.waarde} value={o.waarde}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

export function Gegeven({ naam, children }: { naam: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{naam}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

export function Sectie({ titel, id, children }: { titel: string; id: string; children: ReactNode }) {
  return (
    <section className="sectie" aria-labelledby={id}>
      <Heading2 id={id}>{titel}</Heading2>
      {children}
    </section>
  );
}

/** Time at home in words: "12 dagen", "—" when unknown. */
export function dagenThuisTekst(dagen: number | null | undefined): string {
  if (dagen === null || dagen === undefined) return '—';
  return `${dagen} ${dagen === 1 ? 'dag' : 'dagen'}`;
}
