import { ProblemError } from '@pao/platform';
import { GeenBevoegdheid, OngeldigeInvoer, OngeldigeOvergang } from '../domein';

/**
 * Domain errors as problem+json: an illegal transition is 409 naming the current state
 * and the command, bad input 400 naming the field(s), a role that may not act 403.
 * Messages never contain input values (the domain guarantees that). Anything else is
 * returned unchanged: a bug stays a 500.
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

/** Runs a pure decision and turns its domain errors into problem+json. */
export function beslis<T>(fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    throw alsProbleem(e);
  }
}

export function ongeldigVeld(field: string, message: string): ProblemError {
  return new ProblemError('validation', `${field}: ${message}`, { errors: [{ field, message }] });
}
