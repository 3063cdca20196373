import { randomUUID } from 'node:crypto';
import { ProblemError, recordAudit, type Actor } from '@pao/platform';
import { type DataSource, type EntityManager } from 'typeorm';
import { datumInAmsterdam, type Beslisser, type Beslissing, type TermijnIntentie, type Werkcontext, type ZaakActor } from '../domein';
import { naarCloudEvents, naarOutbox, type DomeinEvent, type EventMapping } from '../events/publicatie';
import { alsProbleem, beslis } from '../http/fouten';
import { medewerkersVan, registreerMedewerker, type Medewerker } from '../medewerker/medewerkers';
import { volgendKenmerk } from '../opslag/kenmerk';
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
  /**
   * Opts in to the dossier features (the schema then has zaakDossierSql): each new case a
   * human kenmerk with this first part (`TLV` → TLV-VO-2026-00123), a behandelaar, and the
   * people who act recorded by name. Without it the pipeline works as before the features.
   */
  readonly kenmerkPrefix?: string;
  /**
   * Who owns a case: the roles a behandelaar may have (default consulent), the commands
   * that make the acting person behandelaar of a case without one (creating it always
   * does), and the roles that assign any case to anyone (default teamleider).
   */
  readonly behandelaar?: {
    readonly rollen?: readonly string[];
    readonly wordtBehandelaarBij?: readonly string[];
    readonly toewijzers?: readonly string[];
  };
}

/** The person a case is assigned to, as the gateway vouched for them. */
export type Behandelaar = Medewerker;

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
      await this.registreer(m, actor);
      const w = this.werkcontext(h.domein, actor.swv);
      const uitkomst = await besluitMetProbleem(() => besluit(m, w));
      await this.bewaarNieuw(m, uitkomst.state, uitkomst.events, h.audit, actie, commando, this.magBehandelen(actor.rol) ? actor.id : undefined);
      return uitkomst.state;
    });
  }

  /** Runs a command for a person in a transaction of its own. */
  async voerUit(actor: Actor, id: string, commando: C, verwachteVersie?: number): Promise<S> {
    return this.inTransactie(async (m) => {
      await this.registreer(m, actor);
      const na = await this.pasToe(m, id, commando, this.handelende(actor), verwachteVersie);
      // Taking a case up (in behandeling nemen) makes it yours when nobody owns it yet.
      if (this.dossier && this.definitie.behandelaar?.wordtBehandelaarBij?.includes(commando.type) && this.magBehandelen(actor.rol)) {
        const kop = await this.repository().kop(m, id, actor.swv);
        if (kop && !kop.behandelaarId) await this.zetBehandelaar(m, actor, id, { id: actor.id, naam: actor.naam ?? '', rol: actor.rol }, undefined);
      }
      return na;
    });
  }

  /** Whether the service opted in to kenmerk, behandelaar and named people (`kenmerkPrefix`). */
  get dossier(): boolean {
    return this.definitie.kenmerkPrefix !== undefined;
  }

  private async registreer(m: EntityManager, actor: Pick<Actor, 'id' | 'swv' | 'rol' | 'naam'>): Promise<void> {
    if (this.dossier) await registreerMedewerker(m, this.definitie.schema, actor);
  }

  /** The repository's dossier reads and writes; a service without them cannot assign cases. */
  private repository(): Required<Pick<ZaakRepository<S>, 'kop' | 'zetBehandelaar'>> {
    const r = this.definitie.repository;
    if (!this.dossier || !r.kop || !r.zetBehandelaar) throw new Error(`${this.definitie.objectType}: behandelaar needs kenmerkPrefix and a repository with kop and zetBehandelaar`);
    return { kop: r.kop.bind(r), zetBehandelaar: r.zetBehandelaar.bind(r) };
  }

  /** Whether a person of this role can own a case. */
  magBehandelen(rol: string): boolean {
    return (this.definitie.behandelaar?.rollen ?? ['consulent']).includes(rol);
  }

  /**
   * Assigns the case to a person (or to nobody), with an audit entry naming both. A
   * teamleider (the `toewijzers`) assigns any case to anyone who may own one; someone who
   * may own cases takes one up themselves or hands their own case over to a colleague.
   */
  async wijsToe(actor: Actor, id: string, naar: Behandelaar | null, reden?: string): Promise<void> {
    if (naar && !this.magBehandelen(naar.rol)) {
      throw new ProblemError('validation', 'Deze persoon kan geen behandelaar zijn', { errors: [{ field: 'behandelaar', message: 'heeft geen rol die zaken behandelt' }] });
    }
    const repository = this.repository();
    await this.inTransactie(async (m) => {
      await this.registreer(m, actor);
      const kop = await repository.kop(m, id, actor.swv);
      if (!kop) throw this.nietGevonden();
      const toewijzer = (this.definitie.behandelaar?.toewijzers ?? ['teamleider']).includes(actor.rol);
      const zelf = this.magBehandelen(actor.rol) && (naar?.id === actor.id || kop.behandelaarId === actor.id);
      if (!toewijzer && !zelf) throw new ProblemError('forbidden', 'U kunt alleen een zaak zelf oppakken of uw eigen zaak overdragen');
      if (naar) await this.registreer(m, { ...naar, swv: actor.swv, rol: naar.rol as Actor['rol'] });
      await this.zetBehandelaar(m, actor, id, naar, reden);
    });
  }

  private async zetBehandelaar(m: EntityManager, actor: Actor, id: string, naar: Behandelaar | null, reden: string | undefined): Promise<void> {
    const r = await this.repository().zetBehandelaar(m, id, actor.swv, naar?.id ?? null);
    if (!r) throw this.nietGevonden();
    if (r.vorige === (naar?.id ?? null)) return;
    const namen = await medewerkersVan(m, this.definitie.schema, actor.swv, [r.vorige ?? '', naar?.id ?? '']);
    const wie = (mid: string | null) => (mid ? { behandelaar: { id: mid, naam: namen.get(mid)?.naam ?? null } } : { behandelaar: null });
    await recordAudit(m, this.definitie.schema, actor, {
      actie: 'behandelaarToewijzen',
      objectType: this.definitie.objectType,
      objectId: id,
      oud: wie(r.vorige),
      nieuw: wie(naar?.id ?? null),
      reden,
    });
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
    for (const nieuw of uitkomst.nieuw ?? []) {
      await this.bewaarNieuw(m, nieuw, [], wie.audit, commando.type, commando as Record<string, unknown>, this.magBehandelen(wie.audit.rol) ? wie.audit.id : undefined);
    }
    await recordAudit(m, this.definitie.schema, wie.audit, this.audit(commando.type, voor, na, commando as Record<string, unknown>));
    return na;
  }

  /** Stores a new case (its events published, its deadlines armed, an audit entry) in the caller's transaction. */
  async bewaarNieuw(m: EntityManager, state: S, events: readonly E[], auditActor: Actor, actie: string, commando: Readonly<Record<string, unknown>>, behandelaarId?: string): Promise<void> {
    const prefix = this.definitie.kenmerkPrefix;
    if (prefix === undefined) {
      await this.definitie.repository.voegToe(m, state, this.projectie(state));
    } else {
      const kenmerk = await volgendKenmerk(m, this.definitie.schema, prefix, state.swv, Number(this.vandaag().slice(0, 4)));
      await this.definitie.repository.voegToe(m, state, this.projectie(state), kenmerk, behandelaarId);
    }
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
