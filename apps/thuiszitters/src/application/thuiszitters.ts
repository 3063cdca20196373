import { randomUUID } from 'node:crypto';
import { type Actor } from '@pao/platform';
import { alsProbleem, ongeldigVeld, termijnmotor, type LeerlingId } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import {
  maakCasus,
  vergaderingPlannen,
  type Aanmaakcommando,
  type Casus,
  type CasusCommando,
  type MeldingInhoud,
  type SignaalOntvangen,
  type Vergadering,
  type VergaderingCommando,
  type VergaderingPlannen,
  type ThuiszittersWerkcontext,
} from '../domain';
import { type ThuiszittersRuntime } from './runtime';
import { scholen } from './scholen';
import { vandaag } from './klok';

/** A pupil as the request names them: a validated number and, optionally, the woongemeente. */
export interface NieuweLeerling {
  readonly nummer: LeerlingId;
  readonly gemeente?: string;
}

/** Fields of commands that name a school of the register, with the field name the 400 names. */
const SCHOOL_VELDEN = ['schoolId', 'aangewezenSchoolId'] as const;

/**
 * The use cases around the kit's pipelines: register the pupil before a melding, check
 * that named schools are in the SWV's register, open signals from other services' events
 * (once per source case, in the consumer's transaction).
 */
export class Thuiszitters {
  constructor(private readonly rt: ThuiszittersRuntime) {}

  get casussen() {
    return this.rt.casussen;
  }

  get vergaderingen() {
    return this.rt.vergaderingen;
  }

  get leerlingen() {
    return this.rt.leerlingen;
  }

  /** The pupil's number, for leerplicht only (Leerplichtwet: leerplicht must be told of verzuim). */
  async leerlingNummerVoorLeerplicht(m: EntityManager, swv: string, leerlingId: string): Promise<{ soort: string; nummer: string } | undefined> {
    const [rij]: Array<{ soort: string; nummer_versleuteld: string }> = await m.query(`SELECT soort, nummer_versleuteld FROM thuiszitters.leerling WHERE id = $1 AND swv = $2`, [leerlingId, swv]);
    return rij && { soort: rij.soort, nummer: this.rt.sleutels.ontsleutel(rij.nummer_versleuteld) };
  }

  async melden(actor: Actor, leerling: NieuweLeerling, inhoud: MeldingInhoud): Promise<Casus> {
    const commando = { ...inhoud, type: 'melden' as const };
    return this.rt.casussen.maakAan(actor, 'melden', commando, async (m, w) => {
      await this.controleerScholen(m, actor.swv, commando);
      const l = await this.rt.leerlingen.vindOfMaak(m, actor.swv, leerling.nummer, leerling.gemeente ?? w.regels.standaardGemeente(actor.swv, w.vandaag));
      return maakCasus({ ...commando, leerlingRef: l.id, gemeente: inhoud.gemeente ?? l.gemeente }, randomUUID(), w);
    });
  }

  async vrijstellingRegistreren(actor: Actor, leerling: NieuweLeerling, inhoud: Omit<Extract<Aanmaakcommando, { type: 'vrijstellingRegistreren' }>, 'type' | 'leerlingRef'>): Promise<Casus> {
    const commando = { ...inhoud, type: 'vrijstellingRegistreren' as const };
    return this.rt.casussen.maakAan(actor, 'vrijstellingRegistreren', commando, async (m, w) => {
      await this.controleerScholen(m, actor.swv, commando);
      const l = await this.rt.leerlingen.vindOfMaak(m, actor.swv, leerling.nummer, leerling.gemeente ?? w.regels.standaardGemeente(actor.swv, w.vandaag));
      return maakCasus({ ...commando, leerlingRef: l.id, gemeente: inhoud.gemeente ?? l.gemeente }, randomUUID(), w);
    });
  }

  /** A command on an existing casus; a signal's assessment registers the pupil first. */
  async voerUit(actor: Actor, id: string, commando: CasusCommando, versie?: number, leerling?: NieuweLeerling): Promise<Casus> {
    return this.rt.casussen.inTransactie(async (m) => {
      await this.controleerScholen(m, actor.swv, commando);
      let c = commando;
      if (c.type === 'signaalBeoordelen') {
        if (!leerling) throw ongeldigVeld('leerling', 'is verplicht');
        const l = await this.rt.leerlingen.vindOfMaak(m, actor.swv, leerling.nummer, leerling.gemeente ?? this.regels().standaardGemeente(actor.swv, vandaag(this.rt.klok)));
        c = { ...c, leerlingRef: l.id, gemeente: c.gemeente ?? l.gemeente };
      }
      return this.rt.casussen.pasToe(m, id, c, this.rt.casussen.handelende(actor), versie);
    });
  }

  /**
   * Opens a signal from another service's event, inside the consumer's transaction. One
   * casus per source case: a second event about the same overdracht or TLV (a redelivery
   * with a new id, a re-check) opens nothing new. Returns whether a casus was opened.
   */
  async signaalOntvangen(m: EntityManager, swv: string, signaal: Omit<SignaalOntvangen, 'type'>): Promise<boolean> {
    const [bestaand] = await m.query(`SELECT id FROM thuiszitters.casus WHERE swv = $1 AND bron = $2 AND bron_id = $3`, [swv, signaal.bron, signaal.bronId]);
    if (bestaand) return false;
    const wie = termijnmotor(swv, 'thuiszitters');
    const w: ThuiszittersWerkcontext = { actor: wie.domein, vandaag: vandaag(this.rt.klok), nieuwId: randomUUID, swv, regels: this.regels() };
    // A school this SWV's register does not know (another service's ids) is left out: the Steunpunt names it when assessing.
    const schoolBekend = signaal.schoolId !== undefined && (await scholen.vind(m, swv, signaal.schoolId)) !== undefined;
    const commando: SignaalOntvangen = { ...signaal, schoolId: schoolBekend ? signaal.schoolId : undefined, type: 'signaalOntvangen' };
    let besluit;
    try {
      besluit = maakCasus(commando, randomUUID(), w);
    } catch (e) {
      throw alsProbleem(e);
    }
    await this.rt.casussen.bewaarNieuw(m, besluit.state, besluit.events, { ...wie.audit, id: `consument-${signaal.bron}` }, 'signaalOntvangen', { ...commando });
    return true;
  }

  async vergaderingPlannen(actor: Actor, c: Omit<VergaderingPlannen, 'type'>): Promise<Vergadering> {
    const commando = { ...c, type: 'vergaderingPlannen' as const };
    return this.rt.vergaderingen.maakAan(actor, 'vergaderingPlannen', commando, (_m, w) => vergaderingPlannen(commando, randomUUID(), w));
  }

  vergaderingCommando(actor: Actor, id: string, c: VergaderingCommando, versie?: number): Promise<Vergadering> {
    return this.rt.vergaderingen.voerUit(actor, id, c, versie);
  }

  private regels() {
    return this.rt.regels;
  }

  /** Whether an SWV is one this deployment serves (an event of another tenant is parked). */
  kentSwv(swv: string): boolean {
    return this.rt.register.has(swv);
  }

  /** Every school a command names must be a school of the SWV's register, every meeting one of its Actietafel. */
  private async controleerScholen(m: EntityManager, swv: string, commando: object): Promise<void> {
    const c = commando as Record<string, unknown>;
    for (const veld of SCHOOL_VELDEN) {
      const id = c[veld];
      if (typeof id === 'string' && !(await scholen.vind(m, swv, id))) throw ongeldigVeld(veld, 'onbekende school in dit samenwerkingsverband');
    }
    if (typeof c.vergaderingId === 'string') {
      const [v] = await m.query(`SELECT 1 FROM thuiszitters.vergadering WHERE id = $1 AND swv = $2`, [c.vergaderingId, swv]);
      if (!v) throw ongeldigVeld('vergaderingId', 'onbekende vergadering van de Actietafel');
    }
  }
}
