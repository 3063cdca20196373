import { randomUUID } from 'node:crypto';
import { type Actor as PlatformActor } from '@pao/platform';
import { beslis, ZaakPijplijn, type LeerlingRegister, type TermijnSynchronisatie } from '@pao/zaak';
import { type DataSource, type EntityManager } from 'typeorm';
import {
  maakAan,
  OngeldigeInvoer,
  termijnen,
  tlvBeslisser,
  tlvWerkcontext,
  type Aanmaken,
  type IsoDatum,
  type LeerlingId,
  type Personalia,
  type Swv,
  type Termijnrekenaar,
  type TlvAanvraag,
  type TlvCommando,
  type TlvEvent,
  type Werkcontext,
} from '../domain';
import { aanvraagOpslag } from '../persistence/aanvraag-opslag';
import { projecteer } from '../persistence/projectie';
import { SCHEMA } from '../persistence/persistence';
import { domeinActor } from './actoren';
import { tlvAuditStatus } from './audit';
import { TLV_EVENTS, type EventContext } from './events';
import { vandaag, type Klok } from './klok';
import { controleerAanvrager, controleerRegister } from './register-controle';
import { type Samenwerkingsverbanden } from './samenwerkingsverbanden';

export interface ToeleidingDeps {
  readonly dataSource: DataSource;
  readonly klok: Klok;
  readonly rekenaar: Termijnrekenaar;
  /** Absent for tools that must not touch deadlines. */
  readonly termijnen?: TermijnSynchronisatie;
  readonly leerlingen: LeerlingRegister;
  /** Each SWV's policy, event source and default gemeente (the SWV register). */
  readonly swvs: Samenwerkingsverbanden;
}

export interface NieuweLeerling {
  readonly nummer: LeerlingId;
  /** CBS code of the woongemeente; default the first gemeente the SWV serves. */
  readonly gemeente?: string;
  /** Name and date of birth, stored encrypted with the number. */
  readonly personalia?: Personalia;
}

export type TlvPijplijn = ZaakPijplijn<TlvAanvraag, TlvCommando, TlvEvent, Werkcontext, EventContext>;

/**
 * The toeleiding service's use cases, made from the kit's pipeline: every change to a
 * case is one transaction (lock, decide, state + projection, deadlines, outbox, audit).
 * Usable without Nest (seed, bench, deadline callbacks).
 */
export class Toeleiding {
  readonly pijplijn: TlvPijplijn;

  constructor(private readonly deps: ToeleidingDeps) {
    this.pijplijn = new ZaakPijplijn(
      {
        schema: SCHEMA,
        objectType: 'aanvraag',
        aanduiding: 'de aanvraag',
        repository: aanvraagOpslag,
        beslisser: {
          ...tlvBeslisser,
          // The command must be of the case's SWV, even when the tenant check upstream is wrong.
          beslis: (s, c, w) => {
            if (c.swv !== s.swv) throw new OngeldigeInvoer('swv', 'het commando hoort bij een ander samenwerkingsverband');
            return tlvBeslisser.beslis(s, c, w);
          },
        },
        werkcontext: (basis, swv) => tlvWerkcontext(this.context(basis.actor as Werkcontext['actor'], basis.nieuwId, swv), swv),
        termijnen: (s) => termijnen(s, deps.rekenaar, deps.swvs.beleid(s.swv)),
        projectie: (s, dag) => ({ ...projecteer(s, dag, deps.rekenaar, deps.swvs.beleid(s.swv)), leerling_id: s.leerlingRef }),
        events: TLV_EVENTS,
        eventContexten: (m, s) => this.eventContexten(m, s),
        auditStatus: tlvAuditStatus,
        bron: (swv) => deps.swvs.bron(swv),
        voorControle: (m, c) => controleerRegister(m, c),
        domeinActor,
        kenmerkPrefix: 'TLV',
        // The consulent who registers or takes up an aanvraag owns it; the teamleider assigns.
        behandelaar: { rollen: ['consulent'], wordtBehandelaarBij: ['inBehandelingNemen', 'indienen'], toewijzers: ['teamleider'] },
      },
      { dataSource: deps.dataSource, klok: deps.klok, termijnen: deps.termijnen, nieuwId: randomUUID },
    );
  }

  /** A new concept; the pupil is found (or registered) by number, the number never leaves the leerling table. */
  async aanmaken(actor: PlatformActor, leerling: NieuweLeerling, invoer: Omit<Aanmaken, 'type' | 'swv' | 'leerlingRef'>): Promise<TlvAanvraag> {
    return this.pijplijn.maakAan(actor, 'aanmaken', { ...invoer }, async (m, w) => {
      await controleerAanvrager(m, actor.swv, invoer.aanvrager);
      const { id: leerlingId } = await this.deps.leerlingen.vindOfMaak(m, actor.swv, leerling.nummer, leerling.gemeente ?? this.deps.swvs.woongemeente(actor.swv), leerling.personalia);
      const commando: Aanmaken = { ...invoer, type: 'aanmaken', swv: actor.swv, leerlingRef: leerlingId };
      return beslis(() => maakAan(commando, this.context(w.actor, w.nieuwId, actor.swv)));
    });
  }

  /** Whether a pupil with this number already has a case in the SWV (the demo seed skips those). */
  async leerlingHeeftAanvraag(swv: Swv, nummer: LeerlingId): Promise<boolean> {
    const m = this.deps.dataSource.manager;
    const leerling = await this.deps.leerlingen.zoek(m, swv, nummer);
    if (!leerling) return false;
    const rijen: unknown[] = await m.query(`SELECT 1 FROM toeleiding.aanvraag WHERE leerling_id = $1 LIMIT 1`, [leerling.id]);
    return rijen.length > 0;
  }

  /** The legal calendar (terms per SWV). */
  get rekenaar(): Termijnrekenaar {
    return this.deps.rekenaar;
  }

  get leerlingen(): LeerlingRegister {
    return this.deps.leerlingen;
  }

  /** Runs a command for a person; 404 for an unknown id or another SWV's case. */
  voerUit(actor: PlatformActor, id: string, commando: TlvCommando, verwachteVersie?: number): Promise<TlvAanvraag> {
    return this.pijplijn.voerUit(actor, id, commando, verwachteVersie);
  }

  /**
   * Extends every running TLV of the actor's SWV that ends on `huidige`: one wijzigingsbesluit,
   * audit entry and event per TLV, all in one transaction (all or nothing).
   */
  async bulkEinddatum(actor: PlatformActor, huidige: IsoDatum, nieuwe: IsoDatum | 'onbepaald', motivering: string): Promise<number> {
    return this.pijplijn.inTransactie(async (m) => {
      const ids: Array<{ id: string }> = await m.query(
        `SELECT id FROM toeleiding.aanvraag
         WHERE swv = $1 AND tlv_einddatum = $2 AND uitvoering IN ('niet-geplaatst', 'overbrugging', 'geplaatst')
         ORDER BY id FOR UPDATE`,
        [actor.swv, huidige],
      );
      const wie = this.pijplijn.handelende(actor);
      for (const { id } of ids) await this.pijplijn.pasToe(m, id, { type: 'einddatumWijzigen', swv: actor.swv, einddatum: nieuwe, motivering }, wie);
      return ids.length;
    });
  }

  /** Recomputes the projection of a case (today's date moved on); the state stays as it is. */
  herbereken(m: EntityManager, id: string, swv: Swv): Promise<void> {
    return this.pijplijn.herbereken(m, id, swv);
  }

  vandaag(): IsoDatum {
    return vandaag(this.deps.klok);
  }

  /** The domain's context for a case of `swv`: its clock, calendar and the SWV's policy from the register. */
  private context(actor: Werkcontext['actor'], nieuwId: () => string, swv: Swv) {
    return { nu: this.deps.klok.now(), actor, termijnen: this.deps.rekenaar, nieuwId, beleid: this.deps.swvs.beleid(swv) };
  }

  /** The pupils' gemeenten and the TLVs extended, for a batch of changes in two look-ups. */
  private async eventContexten(m: EntityManager, states: readonly TlvAanvraag[]): Promise<EventContext[]> {
    const gemeenten = await this.deps.leerlingen.gemeentenVan(
      m,
      states.map((s) => s.leerlingRef),
    );
    const vorige = states.flatMap((s) => s.verlengingVan ?? []);
    const rijen: Array<{ id: string; tlv_id: string | null }> = vorige.length === 0 ? [] : await m.query(`SELECT id, tlv_id FROM toeleiding.aanvraag WHERE id = ANY($1::uuid[])`, [vorige]);
    const tlvIds = new Map(rijen.map((r) => [r.id, r.tlv_id]));
    return states.map((s) => ({
      gemeente: gemeenten.get(s.leerlingRef)!,
      ...(s.verlengingVan ? { vorigeTlvId: tlvIds.get(s.verlengingVan) ?? undefined } : {}),
    }));
  }

}
