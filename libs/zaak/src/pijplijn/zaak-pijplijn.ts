import { randomUUID } from 'node:crypto';
import { ProblemError, recordAudit, type Actor } from '@pao/platform';
import { type DataSource, type EntityManager } from 'typeorm';
import { datumInAmsterdam, type Beslisser, type Beslissing, type TermijnIntentie, type Werkcontext, type ZaakActor } from '../domein';
import { naarCloudEvents, naarOutbox, type DomeinEvent, type EventMapping } from '../events/publicatie';
import { alsProbleem, beslis } from '../http/fouten';
import { VersieConflict, type ZaakRepository, type ZaakState } from '../opslag/zaak-opslag';
import { type TermijnSynchronisatie } from '../termijnen/termijn-synchronisatie';
import { inTransactie } from '../transactie/transactie';
import { auditVoor } from './audit';

/** A decision as the pipeline stores it. */
export type ZaakBeslissing<S, E> = Beslissing<S, E>;

/** How a case type is made from the kit: its storage, decider, deadlines, projection and events. */
export interface ZaakDefinitie<S extends ZaakState, C extends { readonly type: string }, E extends DomeinEvent, W extends Werkcontext, X = object> {
  /** The service's schema (outbox, audit trail, deadlines live there). */
  readonly schema: string;
  /** The audit trail's object type: 'aanvraag', 'melding'. */
  readonly objectType: string;
  /** How a person calls it, with article: 'de aanvraag', 'het arrangement' (for messages). */
  readonly aanduiding: string;
  readonly repository: ZaakRepository<S>;
  readonly beslisser: Beslisser<S, C, E, W>;
  /** The service's work context (rules, calculators) on top of the kit's. */
  readonly werkcontext: (basis: Werkcontext, swv: string) => W;
  /** The deadlines the domain declares for a state. */
  readonly termijnen?: (s: S) => readonly TermijnIntentie<C['type']>[];
  /** Column → value for the projection columns of the case table. */
  readonly projectie: (s: S, vandaag: string) => Readonly<Record<string, unknown>>;
  readonly events: EventMapping<E, S, X>;
  /** Facts the events need that the state does not hold (looked up in the transaction). */
  readonly eventContext?: (m: EntityManager, s: S) => Promise<X>;
  /** The CloudEvent source for a case of this SWV (its legal body): from the SWV register. */
  readonly bron?: (swv: string) => string;
  /** Fields always written to the audit entry's `nieuw` (where the case went). */
  readonly auditStatus?: (s: S) => Readonly<Record<string, unknown>>;
  /** Checks that need I/O before the decision (ids that must exist in a register): throw problem+json. */
  readonly voorControle?: (m: EntityManager, commando: C, s: S) => Promise<void>;
  /** The person as the domain sees them; default: id, role, and the SWV as organisation. */
  readonly domeinActor?: (actor: Actor) => ZaakActor;
}

export interface Klok {
  now(): Date;
}

export interface ZaakDeps {
  readonly dataSource: DataSource;
  readonly klok: Klok;
  /** Absent for tools that must not touch deadlines. */
  readonly termijnen?: TermijnSynchronisatie;
  readonly nieuwId?: () => string;
}

/** Who acts on a case: as the domain sees them, and as the audit trail records them. */
export interface Handelende {
  readonly domein: ZaakActor;
  readonly audit: Actor;
}

/** The deadline engine acting on a case once a term has passed. */
export function termijnmotor(swv: string, dienst: string): Handelende {
  return {
    domein: { id: 'termijnmotor', rol: 'systeem', organisatie: 'systeem' },
    audit: { id: 'termijnmotor', rol: 'systeem' as Actor['rol'], swv: swv as Actor['swv'], organisatie: dienst },
  };
}

/**
 * The command pipeline every case service runs its changes through, in one transaction:
 * lock the case → let the pure decider decide → store state and projection with a new
 * version → bring the declared deadlines in line → append the catalogue events to the
 * outbox → write the audit entry. A deadlock or serialization failure runs the whole
 * transaction again; deadline wake-ups run after the commit (naCommit). Domain errors
 * become problem+json; an unknown id or another SWV's case is 404.
 */
export class ZaakPijplijn<S extends ZaakState, C extends { readonly type: string }, E extends DomeinEvent, W extends Werkcontext, X = object> {
  constructor(
    readonly definitie: ZaakDefinitie<S, C, E, W, X>,
    private readonly deps: ZaakDeps,
  ) {}

  /** The person as the domain and the audit trail see them. */
  handelende(actor: Actor): Handelende {
    const domein = this.definitie.domeinActor?.(actor) ?? { id: actor.id, rol: actor.rol, organisatie: actor.swv };
    return { domein, audit: actor };
  }

  /**
   * Starts a case. `besluit` runs inside the transaction (it may look things up or
   * register the pupil first) and returns the decision on the new case.
   */
  async maakAan(actor: Actor, actie: string, commando: Readonly<Record<string, unknown>>, besluit: (m: EntityManager, w: W) => Promise<ZaakBeslissing<S, E>> | ZaakBeslissing<S, E>): Promise<S> {
    return this.inTransactie(async (m) => {
      const h = this.handelende(actor);
      const w = this.werkcontext(h.domein, actor.swv);
      const uitkomst = await besluitMetProbleem(() => besluit(m, w));
      await this.bewaarNieuw(m, uitkomst.state, uitkomst.events, h.audit, actie, commando);
      return uitkomst.state;
    });
  }

  /** Runs a command for a person in a transaction of its own. */
  async voerUit(actor: Actor, id: string, commando: C, verwachteVersie?: number): Promise<S> {
    return this.inTransactie((m) => this.pasToe(m, id, commando, this.handelende(actor), verwachteVersie));
  }

  /** The heart of every change, inside the caller's transaction (a request's, a consumer's, the deadline engine's). */
  async pasToe(m: EntityManager, id: string, commando: C, wie: Handelende, verwachteVersie?: number): Promise<S> {
    const swv = wie.audit.swv;
    const voor = await this.definitie.repository.laadVoorWijziging(m, id, swv);
    if (!voor) throw this.nietGevonden();
    await this.definitie.voorControle?.(m, commando, voor);
    if (verwachteVersie !== undefined && verwachteVersie !== voor.versie) {
      throw new ProblemError('conflict', `${hoofdletter(this.definitie.aanduiding)} is intussen gewijzigd (versie ${voor.versie})`, { huidigeVersie: voor.versie });
    }
    const w = this.werkcontext(wie.domein, swv);
    const uitkomst: ZaakBeslissing<S, E> = beslis(() => this.definitie.beslisser.beslis(voor, commando, w));
    const na = uitkomst.state;
    await this.definitie.repository.werkBij(m, na, voor.versie, this.projectie(na));
    await this.deps.termijnen?.synchroniseer(m, na.id, this.definitie.termijnen?.(na) ?? []);
    await this.publiceer(m, uitkomst.events, na);
    for (const nieuw of uitkomst.nieuw ?? []) await this.bewaarNieuw(m, nieuw, [], wie.audit, commando.type, commando as Record<string, unknown>);
    await recordAudit(m, this.definitie.schema, wie.audit, this.audit(commando.type, voor, na, commando as Record<string, unknown>));
    return na;
  }

  /** Stores a new case (its events published, its deadlines armed, an audit entry) in the caller's transaction. */
  async bewaarNieuw(m: EntityManager, state: S, events: readonly E[], auditActor: Actor, actie: string, commando: Readonly<Record<string, unknown>>): Promise<void> {
    await this.definitie.repository.voegToe(m, state, this.projectie(state));
    await this.deps.termijnen?.synchroniseer(m, state.id, this.definitie.termijnen?.(state) ?? []);
    await this.publiceer(m, events, state);
    await recordAudit(m, this.definitie.schema, auditActor, this.audit(actie, undefined, state, commando));
  }

  /**
   * Recomputes the projection (today's date moved on) and brings the deadlines in line with
   * what the state declares now; the state stays as it is. After a rule change (a new
   * deadline soort carrying a consequence) a case heals itself when its next term passes.
   */
  async herbereken(m: EntityManager, id: string, swv: string): Promise<void> {
    const s = await this.definitie.repository.laadVoorWijziging(m, id, swv);
    if (!s) return;
    await this.definitie.repository.werkProjectieBij(m, id, this.projectie(s));
    await this.deps.termijnen?.synchroniseer(m, id, this.definitie.termijnen?.(s) ?? []);
  }

  /** The commands the state machines and the role table allow this person now: the UI's buttons. */
  toegestaan(s: S, actor: Actor): C['type'][] {
    return this.definitie.beslisser.toegestaan(s, this.handelende(actor).domein.rol);
  }

  vandaag(): string {
    return datumInAmsterdam(this.deps.klok.now());
  }

  /** A transaction with deadlock retry; a version conflict becomes 409. */
  async inTransactie<T>(fn: (m: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await inTransactie(this.deps.dataSource, fn);
    } catch (e) {
      if (e instanceof VersieConflict) throw new ProblemError('conflict', `${hoofdletter(this.definitie.aanduiding)} is intussen gewijzigd; probeer het opnieuw`);
      throw e;
    }
  }

  nietGevonden(): ProblemError {
    return new ProblemError('notFound', `${hoofdletter(this.definitie.aanduiding.replace(/^(de|het) /, ''))} niet gevonden`);
  }

  private werkcontext(actor: ZaakActor, swv: string): W {
    return this.definitie.werkcontext({ actor, vandaag: this.vandaag(), nieuwId: this.deps.nieuwId ?? randomUUID }, swv);
  }

  private projectie(s: S) {
    return this.definitie.projectie(s, this.vandaag());
  }

  private audit(actie: string, voor: S | undefined, na: S, commando: Readonly<Record<string, unknown>>) {
    return auditVoor(this.definitie.objectType, actie, voor, na, commando, this.definitie.auditStatus?.(na) ?? {});
  }

  private async publiceer(m: EntityManager, events: readonly E[], s: S): Promise<void> {
    if (events.length === 0) return;
    const ctx = this.definitie.eventContext ? await this.definitie.eventContext(m, s) : ({} as X);
    const uit = naarCloudEvents(this.definitie.events, events, s, ctx, this.definitie.bron?.(s.swv));
    if (uit.length > 0) await naarOutbox(m, this.definitie.schema, uit);
  }
}

async function besluitMetProbleem<T>(fn: () => Promise<T> | T): Promise<T> {
  try {
    return await fn();
  } catch (e) {
    throw alsProbleem(e);
  }
}

function hoofdletter(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
