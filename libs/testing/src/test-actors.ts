import { actorHeaders, type Actor } from '@pao/platform';
import { localServers } from './local-servers';

/** A test's `als(naam)`: the headers that sign one of its named actors with the tests' internal auth secret. */
export function actorHeadersFor<N extends string>(actoren: Record<N, Actor>): (naam: N) => Record<string, string> {
  return (naam) => actorHeaders(actoren[naam], localServers.internalAuthSecret);
}
