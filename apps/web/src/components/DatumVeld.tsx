import { Button, Textbox } from '@utrecht/component-library-react';
import { useEffect, useRef, useState } from 'react';
import { alsInvoer, leesDatum } from '../datum-invoer';

export interface DatumVeldProps {
  id: string;
  name?: string;
  /** JJJJ-MM-DD, or '' when empty; text that is no date yet is kept in the field and reported as `ongeldig`. */
  waarde: string;
  onChange: (iso: string, ongeldig: boolean) => void;
  invalid?: boolean;
  'aria-describedby'?: string;
  'aria-required'?: boolean;
  /** Label of the calendar button (for screen readers), e.g. "Kies de datum van bekendmaking". */
  kiesLabel?: string;
}

/**
 * A date field that always reads and writes dd-mm-jjjj, whatever the browser's language:
 * typed, or picked from the browser's calendar (the button opens it; the picked date
 * appears here as dd-mm-jjjj). Keyboard users type; the calendar is an extra.
 */
export function DatumVeld({ id, name, waarde, onChange, invalid, kiesLabel, ...aria }: DatumVeldProps) {
  const [tekst, setTekst] = useState(alsInvoer(waarde));
  const kalender = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A new value from outside (a default, a reset) replaces the text unless it means the same.
    if (leesDatum(tekst) !== waarde && !(waarde === '' && tekst.trim() !== '' && !leesDatum(tekst))) setTekst(alsInvoer(waarde));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [waarde]);

  const typ = (t: string) => {
    setTekst(t);
    const iso = leesDatum(t);
    onChange(iso ?? '', t.trim() !== '' && !iso);
  };

  return (
    <span className="datumveld">
      <Textbox
        id={id}
        name={name}
        value={tekst}
        invalid={invalid}
        aria-invalid={invalid ? true : undefined}
        inputMode="numeric"
        placeholder="dd-mm-jjjj"
        autoComplete="off"
        size={12}
        className="datumveld__tekst"
        onChange={(e) => typ(e.target.value)}
        {...aria}
      />
      <input
        ref={kalender}
        type="date"
        className="datumveld__kalender"
        tabIndex={-1}
        aria-hidden="true"
        value={leesDatum(tekst) ?? ''}
        onChange={(e) => typ(alsInvoer(e.target.value))}
      />
      <Button
        type="button"
        appearance="subtle-button"
        className="datumveld__knop"
        aria-label={kiesLabel ?? 'Open de kalender'}
        onClick={() => {
          const k = kalender.current;
          if (!k) return;
          try {
            k.showPicker();
          } catch {
            k.focus();
          }
        }}
      >
        <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">
          <rect x="1.5" y="3" width="13" height="11.5" rx="1" fill="none" stroke="currentColor" strokeWidth="1.5" />
          <path d="M1.5 6.5h13M5 1.5v3M11 1.5v3" stroke="currentColor" strokeWidth="1.5" />
        </svg>
      </Button>
    </span>
  );
}
