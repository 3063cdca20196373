import { ACTOR_HEADER, ACTOR_SIGNATURE_HEADER, verifyActorHeaders, type Actor } from '@pao/platform';
import { actorHeadersFor, localServers } from '../src';

describe('actorHeadersFor', () => {
  it("signs the named actor with the tests' internal auth secret", () => {
    const actoren = { consulent: { id: 'c1', rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' }, gemeente: { id: 'g1', rol: 'gemeente', swv: 'PO', organisatie: 'gemeente-almere' } } satisfies Record<string, Actor>;
    const h = actorHeadersFor(actoren)('gemeente');
    expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], localServers.internalAuthSecret)).toEqual(actoren.gemeente);
    expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], 'een ander geheim')).toBeUndefined();
  });
});
