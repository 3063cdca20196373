import type { HttpVerzender, Resultaat } from './http-verzender';
import type { BezorgingenRepository, Bestemming, Claim, GeclaimdeBezorging } from '../persistence/bezorgingen.repository';
import { nieuwGeheim, WEBHOOK_HEADERS } from '../domain/handtekening';
import { Verdeler } from './verdeler';

/** A promise with its resolve exposed: the test decides when the database or the subscriber answers. */
function uitgesteld<T>(): { promise: Promise<T>; resolve: (v: T) => void } {
  let resolve!: (v: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

const bestemming: Bestemming = { id: 'a', swv: 'PO2701', callbackUrl: 'http://ontvanger.test/', geheimen: [{ geheim: nieuwGeheim() }], opeenvolgendeFouten: 0, maxGelijktijdig: 4 };
const bezorging = (id: string): GeclaimdeBezorging => ({ id, gebeurtenisId: `g-${id}`, eventType: 'tlv-afgegeven', pogingen: 0, aangemaaktOp: new Date(), inhoud: '{}' });
const bezorgd: Resultaat = { uitkomst: 'bezorgd', statuscode: 204, duurMs: 1 };
const rust = () => new Promise((r) => setImmediate(r));

/**
 * A lane in isolation, with the database and the subscriber under the test's control, so
 * an interleaving that happens once in thousands of runs under load happens every time.
 */
describe('Verdeler: a lane never leaves work for the sweeper', () => {
  it('claims again when a handed-over delivery ends while a claim that could not yet see its successor runs', async () => {
    const claims: Array<ReturnType<typeof uitgesteld<Claim>>> = [];
    const verzonden: string[] = [];
    const antwoorden = new Map<string, ReturnType<typeof uitgesteld<Resultaat>>>();
    const repository = {
      claim: jest.fn(() => {
        const c = uitgesteld<Claim>();
        claims.push(c);
        return c.promise;
      }),
      gelukt: jest.fn(() => Promise.resolve()),
      metWerk: jest.fn(() => Promise.resolve([])),
    } as unknown as BezorgingenRepository;
    const verzender = {
      verstuur: jest.fn((v: { headers: Record<string, string> }) => {
        const id = v.headers[WEBHOOK_HEADERS.id];
        verzonden.push(id);
        const a = uitgesteld<Resultaat>();
        antwoorden.set(id, a);
        return a.promise;
      }),
      close: jest.fn(),
    } as unknown as HttpVerzender;
    const verdeler = new Verdeler({
      repository,
      verzender,
      klok: { now: () => new Date() },
      beleid: { basisMs: 1_000, maxMs: 60_000, minMs: 100, opgevenNaMs: 86_400_000 },
      timeoutMs: 10_000,
      veegIntervalMs: 0,
      logger: { info: () => undefined, warn: () => undefined, error: () => undefined },
    });

    // The lane learns its subscription from a first claim and delivers what it got.
    verdeler.wek(['a']);
    await rust();
    claims[0].resolve({ soort: 'werk', bestemming, bezorgingen: [bezorging('0')] });
    await rust();
    antwoorden.get('g-0')!.resolve(bezorgd);
    await rust();
    claims[1].resolve({ soort: 'niets' });
    await rust();
    expect(verdeler.rustig).toBe(true);

    // Event 1 of a case is handed over by the fan-out and is in flight.
    expect(verdeler.reserveer(['a'])).toEqual(['a']);
    verdeler.overhandig(['a'], [{ abonnementId: 'a', bezorging: bezorging('1') }]);
    await rust();
    expect(verzonden).toEqual(['g-0', 'g-1']);

    // Event 2 of the same case waits behind it: not leased, so the lane claims, and that
    // claim still sees event 1 unfinished.
    expect(verdeler.reserveer(['a'])).toEqual(['a']);
    verdeler.overhandig(['a'], []);
    await rust();
    expect(claims).toHaveLength(3);

    // Event 1 is delivered and written while that claim is still on its way back empty.
    antwoorden.get('g-1')!.resolve(bezorgd);
    await rust();
    await rust();
    claims[2].resolve({ soort: 'niets' });
    await rust();

    // The lane must look again: event 2 is due now, and no sweeper will come.
    expect(claims).toHaveLength(4);
    claims[3].resolve({ soort: 'werk', bestemming, bezorgingen: [bezorging('2')] });
    await rust();
    expect(verzonden).toEqual(['g-0', 'g-1', 'g-2']);
    antwoorden.get('g-2')!.resolve(bezorgd);
    await rust();
    claims[4]?.resolve({ soort: 'niets' });
    await verdeler.stop(100);
  });
});
