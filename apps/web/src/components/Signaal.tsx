import { type Signaal, type Termijn } from '../api/types';
import { datum, werkdagenTekst } from '../format';
import { SIGNAAL_LABELS, termijnLabel } from '../labels';

/** Shape + word + colour: the state of a deadline is never told by colour alone. */
function Icoon({ signaal }: { signaal: Signaal }) {
  if (signaal === 'verlopen') {
    return (
      <svg className="signaal__icoon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <circle cx="8" cy="8" r="7" fill="currentColor" />
        <rect x="7" y="3.5" width="2" height="6" fill="#fff" />
        <rect x="7" y="11" width="2" height="2" fill="#fff" />
      </svg>
    );
  }
  if (signaal === 'risico') {
    return (
      <svg className="signaal__icoon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        <path d="M8 1 15 14H1Z" fill="currentColor" />
        <rect x="7.1" y="5.5" width="1.8" height="4.5" fill="#fff" />
        <rect x="7.1" y="11" width="1.8" height="1.8" fill="#fff" />
      </svg>
    );
  }
  return (
    <svg className="signaal__icoon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M2 8.5 6 12.5 14 4" fill="none" stroke="currentColor" strokeWidth="2.4" />
    </svg>
  );
}

export function SignaalLabel({ signaal }: { signaal: Signaal }) {
  return (
    <span className={`signaal signaal--${signaal}`}>
      <Icoon signaal={signaal} />
      <span className="signaal__tekst">{SIGNAAL_LABELS[signaal]}</span>
    </span>
  );
}

export function TermijnWeergave({ termijn, toonSoort = true }: { termijn: Termijn | null | undefined; toonSoort?: boolean }) {
  if (!termijn) return <span className="geen-termijn">Geen lopende termijn</span>;
  return (
    <span className="termijn">
      {termijn.signaal && <SignaalLabel signaal={termijn.signaal} />}
      <span className="termijn__datum">
        {toonSoort && <>{termijnLabel(termijn.soort)}: </>}
        <time dateTime={termijn.vervaltOp}>{datum(termijn.vervaltOp)}</time>
        {termijn.dagenResterend !== undefined && <> ({werkdagenTekst(termijn.werkdagenResterend, termijn.dagenResterend)})</>}
      </span>
    </span>
  );
}
