import { randomUUID } from 'node:crypto';
import { ProblemError, recordAudit, type Actor as PlatformActor, type AuditEntry } from '@pao/platform';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  maakAan,
  termijnen,
  voerUit,
  type Actor as DomeinActor,
  type Aanmaken,
  type IsoDatum,
  type LeerlingId,
  type Resultaat,
  type Swv,
  type Termijnrekenaar,
  type TlvAanvraag,
  type TlvCommando,
} from '../domain';
import { aanvraagRepository, VersieConflict } from '../persistence/aanvraag.repository';
import { ALMERE, leerlingRepository } from '../persistence/leerling.repository';
import { type LeerlingSleutels } from '@pao/zaak';
import { projecteer } from '../persistence/projectie';
import { SCHEMA } from '../persistence/persistence';
import { domeinActor } from './actoren';
import { auditVoor } from './audit';
import { naarCloudEvents } from './events';
import { alsProbleem, nietGevonden } from './fouten';
import { vandaag, type Klok } from './klok';
import { naarOutbox } from './outbox';
import { controleerAanvrager, controleerRegister } from './register-controle';
import { type NaCommit, type TermijnPlanner } from './termijn-planner';

export interface ToeleidingDeps {
  readonly dataSource: DataSource;
  readonly klok: Klok;
  readonly rekenaar: Termijnrekenaar;
  readonly planner: TermijnPlanner;
  readonly sleutels: LeerlingSleutels;
}

export interface NieuweLeerling {
  readonly nummer: LeerlingId;
  /** CBS code of the woongemeente; default Almere. */
  readonly gemeente?: string;
}

export interface Uitkomst {
  readonly state: TlvAanvraag;
  readonly naCommit: NaCommit[];
}

/**
 * The application core: every change to a case is one transaction that locks the row,
 * lets the domain decide, stores state and projection, appends the catalogue events to
 * the outbox, writes the audit entry and brings the case's deadlines in line. Deadline
 * wake-ups run after the commit. Usable without Nest (seed, bench, deadline callbacks).
 */
export class Toeleiding {
  constructor(private readonly deps: ToeleidingDeps) {}

  /** A new concept; the pupil is found (or registered) by number, the number never leaves the leerling table. */
  async aanmaken(actor: PlatformActor, leerling: NieuweLeerling, invoer: Omit<Aanmaken, 'type' | 'swv' | 'leerlingRef'>): Promise<TlvAanvraag> {
    return this.inTransactie(async (tx) => {
      await controleerAanvrager(tx, actor.swv, invoer.aanvrager);
      const { id: leerlingId } = await leerlingRepository.vindOfMaak(tx, this.deps.sleutels, actor.swv, leerling.nummer, leerling.gemeente ?? ALMERE);
      const commando: Aanmaken = { ...invoer, type: 'aanmaken', swv: actor.swv, leerlingRef: leerlingId };
      const resultaat = this.beslis(() => maakAan(commando, this.context(domeinActor(actor))));
      return this.bewaarNieuw(tx, resultaat.state, leerlingId, actor, 'aanmaken', { ...invoer });
    });
  }

  leerlingHeeftAanvraag(swv: Swv, nummer: LeerlingId): Promise<boolean> {
    return leerlingRepository.heeftAanvraag(this.deps.dataSource.manager, this.deps.sleutels, swv, nummer);
  }

  /** Runs a command for a person; 404 for an unknown id or another SWV's case. */
  async voerUit(actor: PlatformActor, id: string, commando: TlvCommando, verwachteVersie?: number): Promise<TlvAanvraag> {
    return this.inTransactie((tx) => this.pasToe(tx, id, commando, domeinActor(actor), actor, verwachteVersie));
  }

  /**
   * Extends every running TLV of the actor's SWV that ends on `huidige`: one wijzigingsbesluit,
   * audit entry and event per TLV, all in one transaction (all or nothing).
   */
  async bulkEinddatum(actor: PlatformActor, huidige: IsoDatum, nieuwe: IsoDatum | 'onbepaald', motivering: string): Promise<number> {
    let aantal = 0;
    await this.inTransactie(async (tx) => {
      const ids: Array<{ id: string }> = await tx.query(
        `SELECT id FROM toeleiding.aanvraag
         WHERE swv = $1 AND tlv_einddatum = $2 AND uitvoering IN ('niet-geplaatst', 'overbrugging', 'geplaatst')
         ORDER BY id FOR UPDATE`,
        [actor.swv, huidige],
      );
      const naCommit: NaCommit[] = [];
      let laatste: TlvAanvraag | undefined;
      for (const { id } of ids) {
        const commando: TlvCommando = { type: 'einddatumWijzigen', swv: actor.swv, einddatum: nieuwe, motivering };
        const uitkomst = await this.pasToe(tx, id, commando, domeinActor(actor), actor);
        naCommit.push(...uitkomst.naCommit);
        laatste = uitkomst.state;
      }
      aantal = ids.length;
      return { state: laatste!, naCommit };
    });
    return aantal;
  }

  /**
   * The heart of every change, inside the caller's transaction (an HTTP request's, or the
   * deadline engine's firing transaction). Returns the work for after the commit.
   */
  async pasToe(
    m: EntityManager,
    id: string,
    commando: TlvCommando,
    actor: DomeinActor,
    auditActor: PlatformActor,
    verwachteVersie?: number,
  ): Promise<Uitkomst> {
    const geladen = await aanvraagRepository.laadVoorWijziging(m, id, commando.swv);
    if (!geladen) throw nietGevonden();
    await controleerRegister(m, commando);
    const voor = geladen.state;
    if (verwachteVersie !== undefined && verwachteVersie !== voor.versie) {
      throw new ProblemError('conflict', `De aanvraag is intussen gewijzigd (versie ${voor.versie})`, { huidigeVersie: voor.versie });
    }
    const resultaat = this.beslis(() => voerUit(voor, commando, this.context(actor)));
    const na = resultaat.state;
    await aanvraagRepository.werkBij(m, na, voor.versie, this.projectie(na));
    const naCommit = [await this.deps.planner.synchroniseer(m, na, termijnen(na, this.deps.rekenaar))];
    const audit: AuditEntry[] = [auditVoor(commando.type, voor, na, commando as unknown as Record<string, unknown>)];
    await this.publiceer(m, resultaat, na, geladen.leerlingId);
    if (resultaat.nieuweAanvraag) {
      // A verlenging: the new concept is stored in the same transaction as the link.
      const nieuw = await this.bewaarNieuw(m, resultaat.nieuweAanvraag, geladen.leerlingId, auditActor, 'verlengingAanvragen', commando);
      naCommit.push(...nieuw.naCommit);
    }
    await recordAudit(m, SCHEMA, auditActor, audit);
    return { state: na, naCommit };
  }

  /** Recomputes the projection of a case (today's date moved on); the state stays as it is. */
  async herbereken(m: EntityManager, id: string, swv: Swv): Promise<void> {
    const geladen = await aanvraagRepository.laadVoorWijziging(m, id, swv);
    if (geladen) await aanvraagRepository.werkProjectieBij(m, id, this.projectie(geladen.state));
  }

  private async bewaarNieuw(
    m: EntityManager,
    state: TlvAanvraag,
    leerlingId: string,
    auditActor: PlatformActor,
    actie: string,
    commando: object,
  ): Promise<Uitkomst> {
    await aanvraagRepository.voegToe(m, state, leerlingId, this.projectie(state));
    const naCommit = [await this.deps.planner.synchroniseer(m, state, termijnen(state, this.deps.rekenaar))];
    // A new concept announces nothing yet: aanvraag-ingediend is the first public fact.
    await recordAudit(m, SCHEMA, auditActor, auditVoor(actie, undefined, state, commando as Record<string, unknown>));
    return { state, naCommit };
  }

  private async publiceer(m: EntityManager, resultaat: Pick<Resultaat, 'events'>, state: TlvAanvraag, leerlingId: string): Promise<void> {
    if (resultaat.events.length === 0) return;
    const gemeente = await leerlingRepository.gemeenteVan(m, leerlingId);
    const vorigeTlvId = state.verlengingVan ? await aanvraagRepository.tlvIdVan(m, state.verlengingVan) : undefined;
    // Only the events of this case: a verlenging's new concept announces nothing yet.
    const eigen = resultaat.events.filter((e) => e.data.aanvraagId === state.id);
    await naarOutbox(m, naarCloudEvents(eigen, state, { gemeente, vorigeTlvId }));
  }

  private projectie(state: TlvAanvraag) {
    return projecteer(state, vandaag(this.deps.klok), this.deps.rekenaar);
  }

  private context(actor: DomeinActor) {
    return { nu: this.deps.klok.now(), actor, termijnen: this.deps.rekenaar, nieuwId: randomUUID };
  }

  /** Domain errors become problem+json; anything else is a bug and stays a 500. */
  private beslis<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      throw alsProbleem(e);
    }
  }

  /**
   * Opens a transaction, runs the after-commit work. A deadlock or serialization failure
   * (the werkvoorraad counters are shared rows) is retried: the transaction had no effect.
   */
  private async inTransactie(fn: (m: EntityManager) => Promise<Uitkomst>): Promise<TlvAanvraag> {
    for (let poging = 1; ; poging++) {
      try {
        const uitkomst = await this.deps.dataSource.transaction(fn);
        for (const werk of uitkomst.naCommit) await werk();
        return uitkomst.state;
      } catch (e) {
        if (e instanceof VersieConflict) throw new ProblemError('conflict', 'De aanvraag is intussen gewijzigd; probeer het opnieuw');
        if (poging < 3 && isHerhaalbaar(e)) continue;
        throw e;
      }
    }
  }
}

/** PostgreSQL deadlock_detected / serialization_failure: safe to run the transaction again. */
function isHerhaalbaar(e: unknown): boolean {
  const code = (e as { code?: unknown; driverError?: { code?: unknown } }).driverError?.code ?? (e as { code?: unknown }).code;
  return code === '40P01' || code === '40001';
}
