import { Actor, actorHeaders, leesMedewerkerKaart, medewerkerKaart, verifyActorHeaders, ACTOR_HEADER, ACTOR_SIGNATURE_HEADER } from './actor';

const actor: Actor = { id: 'u-1', rol: 'consulent', swv: 'VO', organisatie: 'swv-vo-almere' };
const secret = 'a-long-internal-secret';

describe('actor headers between gateway and services', () => {
  it('round-trips a signed actor', () => {
    const h = actorHeaders(actor, secret, 1000);
    expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], secret, 2000)).toEqual(actor);
  });

  it('rejects a tampered payload, a wrong secret, a stale signature and garbage', () => {
    const h = actorHeaders(actor, secret, 1000);
    const forged = Buffer.from(JSON.stringify({ ...actor, swv: 'PO', iat: 1000 })).toString('base64url');
    expect(verifyActorHeaders(forged, h[ACTOR_SIGNATURE_HEADER], secret, 1000)).toBeUndefined();
    expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], 'other-secret', 1000)).toBeUndefined();
    expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], secret, 1000 + 61_000)).toBeUndefined();
    expect(verifyActorHeaders('x', 'y', secret)).toBeUndefined();
    expect(verifyActorHeaders(undefined, undefined, secret)).toBeUndefined();
  });

  it('accepts any SWV id of the register format and refuses one that is not', () => {
    const derde = actorHeaders({ ...actor, swv: 'PO2402' }, secret, 1000);
    expect(verifyActorHeaders(derde[ACTOR_HEADER], derde[ACTOR_SIGNATURE_HEADER], secret, 1000)?.swv).toBe('PO2402');
    for (const swv of ['', 'po', "VO' OR 1=1", 42]) {
      const h = actorHeaders({ ...actor, swv: swv as string }, secret, 1000);
      expect(verifyActorHeaders(h[ACTOR_HEADER], h[ACTOR_SIGNATURE_HEADER], secret, 1000)).toBeUndefined();
    }
  });
});

describe('directory cards (gateway → service, to assign a case to a person)', () => {
  const kaart = { id: 'u-2', naam: 'Consulent VO', rol: 'consulent' as const, swv: 'VO' as const };

  it('round-trips a signed card within its lifetime', () => {
    expect(leesMedewerkerKaart(medewerkerKaart(kaart, secret, 1000), secret, 1000 + 3_600_000)).toEqual(kaart);
    expect(leesMedewerkerKaart(medewerkerKaart(kaart, secret, 1000), secret, 1000 + 13 * 3_600_000)).toBeUndefined();
    // The work e-mail (deadline digest) travels inside the signature when the account has one.
    const metMail = { ...kaart, email: 'consulent.vo@demo.pao.test' };
    expect(leesMedewerkerKaart(medewerkerKaart(metMail, secret, 1000), secret, 1000)).toEqual(metMail);
  });

  it('rejects a tampered card, another secret, and actor headers posing as a card (and the reverse)', () => {
    const k = medewerkerKaart(kaart, secret, 1000);
    const [payload, sig] = k.split('.');
    const anders = Buffer.from(JSON.stringify({ ...kaart, swv: 'PO', iat: 1000 })).toString('base64url');
    expect(leesMedewerkerKaart(`${anders}.${sig}`, secret, 1000)).toBeUndefined();
    expect(leesMedewerkerKaart(k, 'other-secret', 1000)).toBeUndefined();
    const h = actorHeaders(actor, secret, 1000);
    expect(leesMedewerkerKaart(`${h[ACTOR_HEADER]}.${h[ACTOR_SIGNATURE_HEADER]}`, secret, 1000)).toBeUndefined();
    expect(verifyActorHeaders(payload, sig, secret, 1000)).toBeUndefined();
    expect(leesMedewerkerKaart('garbage', secret)).toBeUndefined();
  });
});
