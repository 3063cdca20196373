import { type Signaal } from './types';
import { signaalLabel } from './labels';

/** Icon + word (never colour alone) for what needs attention on an arrangement. */
export function SignaalTekst({ signaal }: { signaal: Signaal }) {
  const ernstig = signaal === 'evaluatie-verlopen' || signaal === 'boven-budget';
  return (
    <span className={`signaal signaal--${ernstig ? 'verlopen' : 'risico'}`}>
      <svg className="signaal__icoon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
        {ernstig ? (
          <>
            <circle cx="8" cy="8" r="7" fill="currentColor" />
            <rect x="7" y="3.5" width="2" height="6" fill="#fff" />
            <rect x="7" y="11" width="2" height="2" fill="#fff" />
          </>
        ) : (
          <>
            <path d="M8 1 15 14H1Z" fill="currentColor" />
            <rect x="7.1" y="5.5" width="1.8" height="4.5" fill="#fff" />
            <rect x="7.1" y="11" width="1.8" height="1.8" fill="#fff" />
          </>
        )}
      </svg>
      <span className="signaal__tekst">{signaalLabel(signaal)}</span>
    </span>
  );
}

export function Signalen({ signalen }: { signalen: Signaal[] }) {
  if (signalen.length === 0) return <span className="geen-termijn">—</span>;
  return (
    <span className="signalen">
      {signalen.map((s) => (
        <SignaalTekst key={s} signaal={s} />
      ))}
    </span>
  );
}
