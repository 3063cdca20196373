import { ProblemError } from '@pao/platform';

export { alsProbleem, ongeldigVeld } from '@pao/zaak';

export function nietGevonden(): ProblemError {
  return new ProblemError('notFound', 'Aanvraag niet gevonden');
}
