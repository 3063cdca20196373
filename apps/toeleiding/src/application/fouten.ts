import { ProblemError } from '@pao/platform';
import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from '../domain';

/**
 * Domain errors as problem+json: an illegal transition is 409 naming the current state
 * and the command, bad input 400 naming the field(s), a role that may not act 403.
 * Messages never contain input values (the domain guarantees that).
 */
export function alsProbleem(fout: unknown): unknown {
  if (fout instanceof OngeldigeOvergang) {
    return new ProblemError('invalidTransition', fout.message, {
      huidigeStatus: fout.huidigeStatus,
      ...(fout.uitvoering ? { uitvoering: fout.uitvoering } : {}),
      commando: fout.commando,
      ...(fout.reden ? { reden: fout.reden } : {}),
    });
  }
  if (fout instanceof OngeldigeInvoer) {
    return new ProblemError('validation', fout.message, { errors: fout.fouten.map((f) => ({ field: f.veld, message: f.melding })) });
  }
  if (fout instanceof GeenBevoegdheid) return new ProblemError('forbidden', fout.message);
  return fout;
}

export function nietGevonden(): ProblemError {
  return new ProblemError('notFound', 'Aanvraag niet gevonden');
}

export function ongeldigVeld(field: string, message: string): ProblemError {
  return new ProblemError('validation', `${field}: ${message}`, { errors: [{ field, message }] });
}
