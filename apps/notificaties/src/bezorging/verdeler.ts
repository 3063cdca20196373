import { randomUUID } from 'node:crypto';
import type { Herhaalbeleid } from '../domain/herhaling';
import { handtekeningHeader, WEBHOOK_HEADERS } from '../domain/handtekening';
import type { BezorgingenRepository, Bestemming, GeclaimdeBezorging } from '../persistence/bezorgingen.repository';
import type { HttpVerzender } from './http-verzender';
import { bezorgLatentie, falendGemeld, pogingDuur, pogingenTotaal } from './metrics';
import type { Wekker } from './wekker';

export interface Klok {
  now(): Date;
}

export interface VerdelerLogger {
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface VerdelerOpties {
  readonly repository: BezorgingenRepository;
  readonly verzender: HttpVerzender;
  readonly wekker?: Wekker;
  readonly klok: Klok;
  readonly random?: () => number;
  readonly beleid: Herhaalbeleid;
  readonly timeoutMs: number;
  /** A lease lasts the timeout plus this margin; after a crash the work is taken over when it ends. */
  readonly leaseMargeMs?: number;
  /** How often PostgreSQL is swept for due work (0: never; tests call veeg()). */
  readonly veegIntervalMs: number;
  readonly logger: VerdelerLogger;
}

/** The secrets to sign with now: the current one, and the previous one until its overlap ends. */
function geldigeGeheimen(bestemming: Bestemming, nu: Date): string[] {
  return bestemming.geheimen.filter((g) => !g.geldigTot || g.geldigTot > nu).map((g) => g.geheim);
}

/** How long a lane trusts what it knows of its subscription for the fast path. */
const BEKEND_MS = 5_000;

const USER_AGENT = 'pao-notificaties/1 (+https://www.standardwebhooks.com)';

/**
 * The delivery engine of one process: a lane per subscription. A lane claims due
 * deliveries of its subscription (the repository enforces order per subject and the
 * subscription's concurrency), sends them, records each outcome, and claims again when a
 * request finishes or new work arrives. Lanes share nothing but the database pool, so a
 * slow or dead subscriber holds only its own lane (at most its `max_gelijktijdig`
 * requests) and never delays another.
 *
 * What wakes a lane: new deliveries (the consumer, in this process), a BullMQ wake-up at
 * the moment a back-off ends, and the sweeper asking PostgreSQL for due work. Nothing
 * lives only in memory: a lane holds leases, not state.
 */
export class Verdeler {
  private readonly banen = new Map<string, Baan>();
  private readonly eigenaar = `verdeler-${randomUUID()}`;
  private timer?: NodeJS.Timeout;
  private vegen?: Promise<void>;
  private gestopt = false;

  constructor(readonly opties: VerdelerOpties) {}

  start(): void {
    this.gestopt = false;
    this.opties.wekker?.start((id) => this.wek([id], true));
    if (this.opties.veegIntervalMs > 0) {
      this.timer = setInterval(() => void this.veeg(), this.opties.veegIntervalMs);
      this.timer.unref();
    }
    void this.veeg();
  }

  /** New or due work for these subscriptions. `forceer`: also when the lane thinks its subscription is paused. */
  wek(abonnementIds: readonly string[], forceer = false): void {
    if (this.gestopt) return;
    for (const id of abonnementIds) {
      let baan = this.banen.get(id);
      if (!baan) {
        baan = new Baan(id, this, this.eigenaar);
        this.banen.set(id, baan);
      }
      baan.wek(forceer);
    }
  }

  /** A subscription was changed through the API: forget what the lane knew of it and look again. */
  gewijzigd(abonnementIds: readonly string[]): void {
    for (const id of abonnementIds) this.banen.get(id)?.vergeet();
    this.wek(abonnementIds, true);
  }

  /** How long a claimed or handed-over delivery is leased: a wait for a slot and the attempt itself, plus a margin. */
  get leaseMs(): number {
    return 2 * this.opties.timeoutMs + (this.opties.leaseMargeMs ?? 30_000);
  }

  get eigenaarId(): string {
    return this.eigenaar;
  }

  /**
   * The fast path: which of these subscriptions take a new delivery straight from the
   * fan-out (leased to this process in the fan-out's own transaction, so no claim is
   * needed). A lane says yes when it knows its subscription (fresh), the circuit is closed
   * and it has a free slot; the slot stays reserved until `overhandig`.
   */
  reserveer(abonnementIds: readonly string[]): string[] {
    if (this.gestopt) return [];
    return abonnementIds.filter((id) => this.banen.get(id)?.reserveer() ?? false);
  }

  /** After the fan-out committed: sends what it leased, releases the other reservations (and wakes those lanes). */
  overhandig(gereserveerd: readonly string[], geleased: ReadonlyArray<{ abonnementId: string; bezorging: GeclaimdeBezorging }>): void {
    const over = new Set(gereserveerd);
    for (const g of geleased) {
      over.delete(g.abonnementId);
      this.banen.get(g.abonnementId)?.ontvang(g.bezorging);
    }
    for (const id of over) this.banen.get(id)?.ontvang(undefined);
  }

  /** Asks PostgreSQL which subscriptions have due work and wakes their lanes. */
  veeg(): Promise<void> {
    if (this.gestopt) return Promise.resolve();
    this.vegen ??= this.opties.repository
      .metWerk(this.opties.klok.now())
      .then((ids) => this.wek(ids, true))
      .catch((err: Error) => this.opties.logger.warn({ err: err.message }, 'sweep for due deliveries failed'))
      .finally(() => (this.vegen = undefined));
    return this.vegen;
  }

  /** True when no lane has requests in flight or a claim running. */
  get rustig(): boolean {
    return [...this.banen.values()].every((b) => !b.actief);
  }

  /** Stops claiming; waits up to `graceMs` for requests in flight (their leases cover the rest). */
  async stop(graceMs = 10_000): Promise<void> {
    this.gestopt = true;
    clearInterval(this.timer);
    const tot = Date.now() + graceMs;
    while (!this.rustig && Date.now() < tot) await new Promise((r) => setTimeout(r, 25));
    this.opties.verzender.close();
    await this.opties.wekker?.close();
  }

  get isGestopt(): boolean {
    return this.gestopt;
  }
}

/** One subscription's lane (see Verdeler). */
class Baan {
  private bezig = false;
  private wakker = false;
  private inVlucht = 0;
  private gepauzeerdTot = 0;
  /** Wall-clock ms until which a lane that hit a database error waits for the sweeper. */
  private storingTot = 0;
  private signaal?: () => void;
  /** The subscription as the last claim saw it (wall-clock expiry): lets the fan-out hand deliveries over. */
  private bekend?: { bestemming: Bestemming; tot: number };
  private gereserveerd = 0;
  private readonly reserveringen: Bestemming[] = [];
  /** Claimed deliveries waiting for a free slot. */
  private readonly rij: Array<{ bestemming: Bestemming; b: GeclaimdeBezorging; direct: boolean }> = [];
  /** Attempts whose outcome is not yet written. */
  private teBoeken = 0;

  constructor(
    private readonly abonnementId: string,
    private readonly verdeler: Verdeler,
    private readonly eigenaar: string,
  ) {}

  get actief(): boolean {
    return this.bezig || this.inVlucht > 0 || this.gereserveerd > 0 || this.teBoeken > 0 || this.rij.length > 0;
  }

  vergeet(): void {
    this.bekend = undefined;
  }

  reserveer(): boolean {
    const o = this.verdeler.opties;
    const b = this.bekend;
    if (!b || Date.now() > b.tot || b.bestemming.opeenvolgendeFouten > 0) return false;
    if (o.klok.now().getTime() < this.gepauzeerdTot || Date.now() < this.storingTot) return false;
    if (this.inVlucht + this.gereserveerd + this.rij.length >= b.bestemming.maxGelijktijdig) return false;
    this.gereserveerd++;
    this.reserveringen.push(b.bestemming);
    return true;
  }

  /** A delivery leased by the fan-out (or none: the reservation is released and the lane looks for work itself). */
  ontvang(b: GeclaimdeBezorging | undefined): void {
    this.gereserveerd--;
    // What the lane knew when it said yes (it may have forgotten since: a failure in between).
    const bestemming = this.reserveringen.shift();
    if (b && bestemming) this.verstuur(bestemming, b, true);
    else this.wek(false);
  }

  wek(forceer: boolean): void {
    const o = this.verdeler.opties;
    // While the circuit is open, new events only queue up: the end of the pause has its own wake-up.
    if (!forceer && (o.klok.now().getTime() < this.gepauzeerdTot || Date.now() < this.storingTot)) return;
    this.wakker = true;
    if (this.bezig) {
      this.signaal?.();
      return;
    }
    void this.loop();
  }

  private async loop(): Promise<void> {
    this.bezig = true;
    const o = this.verdeler.opties;
    try {
      while (!this.verdeler.isGestopt) {
        this.wakker = false;
        const nu = o.klok.now();
        const claim = await o.repository.claim(this.abonnementId, 16, this.eigenaar, nu, this.verdeler.leaseMs);
        if (claim.soort === 'gepauzeerd') this.gepauzeerdTot = claim.tot.getTime();
        if (claim.soort === 'werk') {
          this.gepauzeerdTot = 0;
          this.bekend = { bestemming: claim.bestemming, tot: Date.now() + BEKEND_MS };
          for (const b of claim.bezorgingen) this.verstuur(claim.bestemming, b);
        }
        if (claim.soort !== 'werk' && this.teBoeken === 0 && !this.wakker) break;
        if (!this.wakker) await new Promise<void>((r) => (this.signaal = r));
        this.signaal = undefined;
      }
    } catch (err) {
      this.storingTot = Date.now() + 1_000;
      o.logger.warn({ err: (err as Error).message, abonnementId: this.abonnementId }, 'claiming deliveries failed; the sweeper retries');
    } finally {
      this.bezig = false;
    }
  }

  /** `direct`: handed over by the fan-out; its end frees a slot but is no reason to look for more work. */
  private verstuur(bestemming: Bestemming, b: GeclaimdeBezorging, direct = false): void {
    this.rij.push({ bestemming, b, direct });
    this.pomp();
  }

  /** Starts queued deliveries while the subscription has a free slot (at most `max_gelijktijdig` requests). */
  private pomp(): void {
    while (this.rij.length > 0 && this.inVlucht < (this.rij[0].bestemming.maxGelijktijdig || 1)) {
      const { bestemming, b, direct } = this.rij.shift()!;
      this.start(bestemming, b, direct);
    }
  }

  /**
   * One attempt. The slot is free again as soon as the subscriber answered 2xx (the
   * success is written afterwards, together with others); until it is written the delivery
   * stays leased and waiting, so the next event of its case cannot overtake it. A failure
   * is written before the slot is free, so the circuit opens before anything else is sent.
   */
  private start(bestemming: Bestemming, b: GeclaimdeBezorging, direct: boolean): void {
    this.inVlucht++;
    let vrij = false;
    const geefVrij = () => {
      if (vrij) return;
      vrij = true;
      this.inVlucht--;
      this.pomp();
    };
    let storing = false;
    this.teBoeken++;
    void this.verstuurEnLeg(bestemming, b, geefVrij)
      .catch((err: Error) => {
        // The lease runs out and the delivery is sent again: at least once, never lost.
        storing = true;
        this.storingTot = Date.now() + 1_000;
        this.verdeler.opties.logger.warn({ err: err.message, abonnementId: bestemming.id, bezorgingId: b.id }, 'recording a delivery attempt failed; it will be sent again');
      })
      .finally(() => {
        this.teBoeken--;
        geefVrij();
        if (direct) {
          // No reason to look for work, unless the lane is already looking: its claim may
          // have run while this delivery still held back the next event of its case, and
          // that event must not wait for the sweeper.
          if (this.bezig) this.wakker = true;
          this.signaal?.();
          return;
        }
        this.wakker = !storing || this.wakker;
        if (this.signaal) this.signaal();
        else if (!storing && !this.bezig && !this.verdeler.isGestopt) void this.loop();
      });
  }

  private async verstuurEnLeg(bestemming: Bestemming, b: GeclaimdeBezorging, geefVrij: () => void): Promise<void> {
    const o = this.verdeler.opties;
    const body = Buffer.from(b.inhoud, 'utf8');
    // The signature's timestamp is wall-clock time: it is about freshness on the wire.
    const timestamp = Math.floor(Date.now() / 1000);
    const headers: Record<string, string> = {
      'content-type': 'application/cloudevents+json; charset=utf-8',
      'user-agent': USER_AGENT,
      [WEBHOOK_HEADERS.id]: b.gebeurtenisId,
      [WEBHOOK_HEADERS.timestamp]: String(timestamp),
      [WEBHOOK_HEADERS.signature]: handtekeningHeader(geldigeGeheimen(bestemming, o.klok.now()), b.gebeurtenisId, timestamp, body),
    };
    if (bestemming.auth) headers.authorization = bestemming.auth;
    const gestartOp = o.klok.now();
    const r = await o.verzender.verstuur({ url: bestemming.callbackUrl, body, headers }, o.timeoutMs);
    pogingenTotaal.inc({ uitkomst: r.uitkomst });
    pogingDuur.observe({ uitkomst: r.uitkomst }, r.duurMs / 1000);
    const nu = new Date(gestartOp.getTime() + r.duurMs);
    if (r.uitkomst === 'bezorgd') {
      geefVrij();
      await o.repository.gelukt(bestemming, b, r, gestartOp, nu);
      bezorgLatentie.observe(Math.max(0, nu.getTime() - b.aangemaaktOp.getTime()) / 1000);
      return;
    }
    this.bekend = undefined; // the circuit opens: only claims (which read its state) until it closes
    const na = await o.repository.mislukt(bestemming, b, r, gestartOp, nu, o.beleid, o.random ?? Math.random);
    this.gepauzeerdTot = na.gepauzeerdTot.getTime();
    o.wekker?.plan(bestemming.id, na.gepauzeerdTot, nu);
    if (!na.opgegeven) o.wekker?.plan(bestemming.id, na.volgendePogingOp, nu);
    if (na.opgegeven) o.logger.warn({ abonnementId: bestemming.id, gebeurtenisId: b.gebeurtenisId, pogingen: b.pogingen + 1 }, 'delivery given up after a day of failures; kept for replay');
    if (na.werdFalend) {
      falendGemeld.inc();
      o.logger.error({ abonnementId: bestemming.id, swv: bestemming.swv }, 'subscription marked failing: no successful delivery for a day; deliveries kept, resume or replay to continue');
    }
  }
}
