import { randomUUID } from 'node:crypto';
import { type EventEnvelope } from '@pao/contracts';
import { ProblemError, recordAudit, recordAuditEntries, runWithCorrelationId, type Actor } from '@pao/platform';
import { type DataSource, type EntityManager } from 'typeorm';
import { datumInAmsterdam, type Beslisser, type Beslissing, type TermijnIntentie, type Werkcontext, type ZaakActor } from '../domein';
import { naarCloudEvents, naarOutbox, type DomeinEvent, type EventMapping } from '../events/publicatie';
import { alsProbleem, beslis } from '../http/fouten';
import { medewerkersVan, registreerMedewerker, type Medewerker } from '../medewerker/medewerkers';
import { volgendKenmerk } from '../opslag/kenmerk';
import { VersieConflict, type ZaakRepository, type ZaakSleutel, type ZaakState } from '../opslag/zaak-opslag';
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
  /** The same for the states of a batch, in their order, in one look-up; used instead of `eventContext` when given. */
  readonly eventContexten?: (m: EntityManager, s: readonly S[]) => Promise<readonly X[]>;
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

/** One command of a batch (`pasToeVeel`). */
export interface ZaakOpdracht<C> {
  readonly id: string;
  readonly commando: C;
  readonly wie: Handelende;
  readonly verwachteVersie?: number;
  /** The correlation id of its events and audit entry (a fired deadline's own); default the current one. */
  readonly correlatie?: string;
}

/** What became of one command of a batch: the new state, or the problem that refused it (nothing written). */
export type ZaakUitkomst<S> = { readonly id: string; readonly state: S } | { readonly id: string; readonly fout: ProblemError };

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
    const [uitkomst] = await this.pasToeVeel(m, [{ id, commando, wie, verwachteVersie }]);
    if ('fout' in uitkomst) throw uitkomst.fout;
    return uitkomst.state;
  }

  /**
   * Commands on many cases in the caller's transaction, each case at most once: one locked
   * load of all, each decided in memory by the pure decider, then the writes for all
   * together (state and projection, deadlines, outbox, audit) — the same rows a command at
   * a time would write. A command its case refuses (a problem: not found, not allowed now,
   * a stale version) comes back as that case's `fout` and writes nothing; any other error
   * throws (the caller's transaction rolls back). `pasToe` is a batch of one. `vergrendeld`:
   * the states as the caller loaded them with `laadVoorWijzigingVeel` in this transaction.
   */
  async pasToeVeel(m: EntityManager, opdrachten: readonly ZaakOpdracht<C>[], vergrendeld?: ReadonlyMap<string, S>): Promise<ZaakUitkomst<S>[]> {
    if (new Set(opdrachten.map((o) => o.id)).size !== opdrachten.length) throw new Error(`${this.definitie.objectType}: een zaak twee keer in één reeks commando's`);
    const geladen =
      vergrendeld ??
      (await this.definitie.repository.laadVoorWijzigingVeel(
        m,
        opdrachten.map((o) => ({ id: o.id, swv: o.wie.audit.swv })),
      ));
    const uit: ZaakUitkomst<S>[] = [];
    const besloten: Array<{ o: ZaakOpdracht<C>; voor: S; uitkomst: ZaakBeslissing<S, E> }> = [];
    for (const o of opdrachten) {
      try {
        const voor = geladen.get(o.id);
        if (!voor) throw this.nietGevonden();
        const uitkomst = await this.metCorrelatie(o, async () => {
          await this.definitie.voorControle?.(m, o.commando, voor);
          if (o.verwachteVersie !== undefined && o.verwachteVersie !== voor.versie) {
            throw new ProblemError('conflict', `${hoofdletter(this.definitie.aanduiding)} is intussen gewijzigd (versie ${voor.versie})`, { huidigeVersie: voor.versie });
          }
          const w = this.werkcontext(o.wie.domein, o.wie.audit.swv);
          return beslis(() => this.definitie.beslisser.beslis(voor, o.commando, w));
        });
        besloten.push({ o, voor, uitkomst });
        uit.push({ id: o.id, state: uitkomst.state });
      } catch (e) {
        if (!(e instanceof ProblemError)) throw e;
        uit.push({ id: o.id, fout: e });
      }
    }
    if (besloten.length === 0) return uit;
    await this.definitie.repository.werkBijVeel(
      m,
      besloten.map((b) => ({ state: b.uitkomst.state, vorigeVersie: b.voor.versie, projectie: this.projectie(b.uitkomst.state) })),
    );
    await this.deps.termijnen?.synchroniseerZaken(
      m,
      besloten.map((b) => ({ onderwerpId: b.uitkomst.state.id, intenties: this.definitie.termijnen?.(b.uitkomst.state) ?? [] })),
    );
    await this.publiceerVeel(
      m,
      besloten.map((b) => ({ events: b.uitkomst.events, state: b.uitkomst.state, correlatie: b.o.correlatie })),
    );
    for (const b of besloten) {
      for (const nieuw of b.uitkomst.nieuw ?? []) {
        await this.metCorrelatie(b.o, () =>
          this.bewaarNieuw(m, nieuw, [], b.o.wie.audit, b.o.commando.type, b.o.commando as Record<string, unknown>, this.magBehandelen(b.o.wie.audit.rol) ? b.o.wie.audit.id : undefined),
        );
      }
    }
    await recordAuditEntries(
      m,
      this.definitie.schema,
      besloten.map((b) => ({
        ...this.audit(b.o.commando.type, b.voor, b.uitkomst.state, b.o.commando as Record<string, unknown>),
        actor: b.o.wie.audit,
        ...(b.o.correlatie ? { correlationId: b.o.correlatie } : {}),
      })),
    );
    return uit;
  }

  /** Runs `fn` under the command's own correlation id, when it has one (a deadline's). */
  private metCorrelatie<T>(o: ZaakOpdracht<C>, fn: () => Promise<T>): Promise<T> {
    return o.correlatie ? runWithCorrelationId(o.correlatie, fn) : fn();
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
    await this.herberekenVeel(m, [{ id, swv }]);
  }

  /** `herbereken` for many cases: one locked load, one projection update, one deadline synchronisation. */
  async herberekenVeel(m: EntityManager, zaken: readonly ZaakSleutel[], geladen?: ReadonlyMap<string, S>): Promise<void> {
    if (zaken.length === 0) return;
    const states = geladen ?? (await this.definitie.repository.laadVoorWijzigingVeel(m, zaken));
    const aanwezig = zaken.flatMap((z) => states.get(z.id) ?? []);
    await this.definitie.repository.werkProjectieBijVeel(
      m,
      aanwezig.map((s) => ({ id: s.id, projectie: this.projectie(s) })),
    );
    await this.deps.termijnen?.synchroniseerZaken(
      m,
      aanwezig.map((s) => ({ onderwerpId: s.id, intenties: this.definitie.termijnen?.(s) ?? [] })),
    );
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
    await this.publiceerVeel(m, [{ events, state: s }]);
  }

  /** The catalogue events of many changes in one outbox append, each under its own correlation id. */
  private async publiceerVeel(m: EntityManager, wijzigingen: ReadonlyArray<{ events: readonly E[]; state: S; correlatie?: string }>): Promise<void> {
    const met = wijzigingen.filter((w) => w.events.length > 0);
    if (met.length === 0) return;
    const contexten = await this.eventContexten(
      m,
      met.map((w) => w.state),
    );
    const uit: EventEnvelope[] = [];
    met.forEach((w, i) => {
      const naar = () => naarCloudEvents(this.definitie.events, w.events, w.state, contexten[i], this.definitie.bron?.(w.state.swv));
      uit.push(...(w.correlatie ? runWithCorrelationId(w.correlatie, naar) : naar()));
    });
    if (uit.length > 0) await naarOutbox(m, this.definitie.schema, uit);
  }

  private async eventContexten(m: EntityManager, states: readonly S[]): Promise<readonly X[]> {
    if (this.definitie.eventContexten) return this.definitie.eventContexten(m, states);
    const uit: X[] = [];
    for (const s of states) uit.push(this.definitie.eventContext ? await this.definitie.eventContext(m, s) : ({} as X));
    return uit;
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
