import { type ReactNode, forwardRef } from 'react';
import { Alert, Paragraph } from '@utrecht/component-library-react';
import { type ApiError } from '../api/client';
import { describeProblem } from '../api/problem';

/** An NL Design System alert; errors are announced at once, other messages politely. */
export const Melding = forwardRef<HTMLDivElement, { type: 'error' | 'warning' | 'info' | 'ok'; children: ReactNode; focus?: boolean }>(function Melding(
  { type, children, focus },
  ref,
) {
  return (
    <Alert type={type} role={type === 'error' ? 'alert' : 'status'} ref={ref} tabIndex={focus ? -1 : undefined} className="melding">
      {children}
    </Alert>
  );
});

export function FoutMelding({ fout }: { fout: ApiError }) {
  return (
    <Melding type="error">
      <Paragraph>{describeProblem(fout.problem)}</Paragraph>
    </Melding>
  );
}

export function Laden({ tekst = 'Bezig met laden…' }: { tekst?: string }) {
  return (
    <Paragraph role="status" className="laden">
      {tekst}
    </Paragraph>
  );
}
