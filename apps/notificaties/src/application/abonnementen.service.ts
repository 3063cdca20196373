import { randomUUID } from 'node:crypto';
import { ProblemError, recordAudit, type Actor } from '@pao/platform';
import type { DataSource } from 'typeorm';
import type { AdresBeleid } from '../netwerk/adresbeleid';
import { controleerBereik, type Veldfout } from '../domain/abonnement-regels';
import { nieuwGeheim } from '../domain/handtekening';
import type { GemeenteRegister } from '../register/gemeente-register';
import { abonnementenRepository as repo, type AbonnementRij, type Bereik } from '../persistence/abonnementen.repository';
import type { BezorgingenRepository } from '../persistence/bezorgingen.repository';
import { SCHEMA } from '../persistence/persistence';
import { GEMEENTE_TYPEN } from './catalogus';
import { controleerCallback } from './callback-controle';
import type { Kluis } from './kluis';
import { tijdstip, tijdstipOfNull, type Abonnement } from './antwoorden';

export interface AbonnementInvoer {
  callbackUrl: string;
  auth?: string;
  kanalen: Array<{ naam: string; filters?: Record<string, string> }>;
  gemeenten?: string[];
}

export type AbonnementWijziging = Partial<Omit<AbonnementInvoer, 'auth'>> & { auth?: string | null };

export interface AbonnementenDeps {
  readonly dataSource: DataSource;
  readonly kluis: Kluis;
  readonly register: GemeenteRegister;
  readonly adresbeleid: AdresBeleid;
  readonly bezorgingen: BezorgingenRepository;
  readonly klok: { now(): Date };
  /** The subscriptions changed (resumed, replayed, edited): their lanes look again. */
  readonly wek: (abonnementIds: readonly string[]) => void;
  readonly gatewayUrl: string;
  readonly maxGelijktijdig: number;
  /** Subscriptions per partner organisation and SWV (not cancelled). */
  readonly maxPerOrganisatie?: number;
}

const ONGELDIG = 'One or more fields are invalid';

function ongeldig(fouten: readonly Veldfout[]): ProblemError {
  return new ProblemError('validation', ONGELDIG, { errors: fouten });
}

/** The reach of an actor: a partner its own organisation's subscriptions, a beheerder the whole SWV. */
export function bereikVan(actor: Actor): Bereik {
  return actor.rol === 'beheerder' ? { swv: actor.swv } : { swv: actor.swv, organisatie: actor.organisatie };
}

/** A URL without query and credentials, for the audit trail (a query string may hold a token). */
function zonderQuery(url: string): string {
  try {
    const u = new URL(url);
    return `${u.origin}${u.pathname}`;
  } catch {
    return '(ongeldig)';
  }
}

/**
 * The subscription use cases. A partner (role gemeente) manages its own subscriptions; a
 * beheerder sees every subscription of its SWV, resumes, replays and cancels. Every change
 * is in the audit trail; secrets are shown once and stored encrypted.
 */
export class AbonnementenService {
  constructor(private readonly d: AbonnementenDeps) {}

  /** Abonnement as the API shows it (Notificaties API names where they exist). */
  weergave(a: AbonnementRij): Abonnement {
    return {
      url: new URL(`/api/notificaties/abonnementen/${a.id}`, this.d.gatewayUrl).toString(),
      id: a.id,
      callbackUrl: a.callbackUrl,
      auth: a.authIngesteld ? '********' : null,
      kanalen: a.kanalen.map((k) => ({ naam: k.naam, filters: { ...k.filters } })),
      gemeenten: a.gemeenten,
      swv: a.swv,
      organisatie: a.organisatie,
      status: a.status,
      maxGelijktijdig: a.maxGelijktijdig,
      opeenvolgendeFouten: a.opeenvolgendeFouten,
      falendSinds: tijdstipOfNull(a.falendSinds),
      falendGemeldOp: tijdstipOfNull(a.falendGemeldOp),
      gepauzeerdTot: tijdstipOfNull(a.gepauzeerdTot),
      vorigGeheimGeldigTot: tijdstipOfNull(a.vorigGeheimGeldigTot),
      aangemaaktOp: tijdstip(a.aangemaaktOp),
      gewijzigdOp: tijdstip(a.gewijzigdOp),
      wachtend: a.wachtend,
      opgegeven: a.opgegeven,
      laatstBezorgdOp: tijdstipOfNull(a.laatstBezorgdOp),
    };
  }

  private async controleer(actor: Actor, invoer: { callbackUrl?: string; kanalen?: AbonnementInvoer['kanalen']; gemeenten?: string[] }, huidig?: AbonnementRij) {
    const fouten: Veldfout[] = [];
    let callbackUrl: string | undefined;
    if (invoer.callbackUrl !== undefined) {
      const oordeel = await controleerCallback(invoer.callbackUrl, this.d.adresbeleid);
      if (oordeel.ok) callbackUrl = oordeel.url.toString();
      else fouten.push({ field: 'callbackUrl', message: oordeel.message });
    }
    const kanalen = invoer.kanalen ?? huidig?.kanalen;
    const gemeenten = invoer.gemeenten ?? huidig?.gemeenten;
    const bereik = controleerBereik(
      { kanalen: kanalen ?? [], gemeenten },
      {
        swv: actor.swv,
        swvGemeenten: this.d.register.gemeentenVanSwv(actor.swv),
        eigenGemeenten: this.d.register.gemeentenVanOrganisatie(actor.organisatie),
        typen: GEMEENTE_TYPEN,
      },
    );
    if (!bereik.ok) fouten.push(...bereik.fouten);
    if (fouten.length > 0 || !bereik.ok) throw ongeldig(fouten);
    return { callbackUrl, kanalen: bereik.kanalen, gemeenten: bereik.gemeenten };
  }

  async maak(actor: Actor, invoer: AbonnementInvoer) {
    const gecontroleerd = await this.controleer(actor, invoer);
    const geheim = nieuwGeheim();
    const id = randomUUID();
    const rij = await this.d.dataSource.transaction(async (m) => {
      if ((await repo.aantalActief(m, actor.swv, actor.organisatie)) >= (this.d.maxPerOrganisatie ?? 50)) {
        throw new ProblemError('conflict', 'Uw organisatie heeft het maximale aantal abonnementen; zeg er eerst een op');
      }
      await repo.maak(m, {
        id,
        swv: actor.swv,
        organisatie: actor.organisatie,
        aangemaaktDoor: actor.id,
        callbackUrl: gecontroleerd.callbackUrl!,
        authVersleuteld: invoer.auth ? this.d.kluis.versleutel(invoer.auth) : undefined,
        kanalen: gecontroleerd.kanalen,
        gemeenten: gecontroleerd.gemeenten,
        geheimVersleuteld: this.d.kluis.versleutel(geheim),
        maxGelijktijdig: this.d.maxGelijktijdig,
        nu: this.d.klok.now(),
      });
      await recordAudit(m, SCHEMA, actor, {
        actie: 'abonnement-aangemaakt',
        objectType: 'abonnement',
        objectId: id,
        nieuw: { callbackUrl: zonderQuery(gecontroleerd.callbackUrl!), kanalen: gecontroleerd.kanalen, gemeenten: gecontroleerd.gemeenten, auth: invoer.auth ? 'ingesteld' : 'geen' },
      });
      return (await repo.vind(m, bereikVan(actor), id))!;
    });
    this.d.wek([id]);
    return { ...this.weergave(rij), geheim };
  }

  async lijst(actor: Actor, metOpgezegd = false) {
    const rijen = await this.d.dataSource.transaction((m) => repo.lijst(m, bereikVan(actor), metOpgezegd));
    return { items: rijen.map((r) => this.weergave(r)) };
  }

  async lees(actor: Actor, id: string) {
    const rij = await repo.vind(this.d.dataSource.manager, bereikVan(actor), id);
    if (!rij) throw new ProblemError('notFound', 'Abonnement niet gevonden');
    return this.weergave(rij);
  }

  /** Runs `fn` on a subscription within reach, locked, in one transaction (404 otherwise; 409 when cancelled). */
  private async opAbonnement<T>(actor: Actor, id: string, fn: (m: import('typeorm').EntityManager, rij: AbonnementRij) => Promise<T>): Promise<T> {
    return this.d.dataSource.transaction(async (m) => {
      const rij = await repo.vind(m, bereikVan(actor), id, { vergrendel: true });
      if (!rij) throw new ProblemError('notFound', 'Abonnement niet gevonden');
      if (rij.status === 'opgezegd') throw new ProblemError('invalidTransition', 'Dit abonnement is opgezegd', { huidigeStatus: rij.status });
      return fn(m, rij);
    });
  }

  async wijzig(actor: Actor, id: string, w: AbonnementWijziging) {
    const huidig = await repo.vind(this.d.dataSource.manager, bereikVan(actor), id);
    if (!huidig) throw new ProblemError('notFound', 'Abonnement niet gevonden');
    const gecontroleerd = await this.controleer(actor, w, huidig);
    const rij = await this.opAbonnement(actor, id, async (m, oud) => {
      await repo.wijzig(m, id, {
        callbackUrl: gecontroleerd.callbackUrl,
        authVersleuteld: w.auth === undefined ? undefined : w.auth === null ? null : this.d.kluis.versleutel(w.auth),
        kanalen: w.kanalen || w.gemeenten ? gecontroleerd.kanalen : undefined,
        gemeenten: w.kanalen || w.gemeenten ? gecontroleerd.gemeenten : undefined,
      });
      await recordAudit(m, SCHEMA, actor, {
        actie: 'abonnement-gewijzigd',
        objectType: 'abonnement',
        objectId: id,
        oud: { callbackUrl: zonderQuery(oud.callbackUrl), kanalen: oud.kanalen, gemeenten: oud.gemeenten, auth: oud.authIngesteld ? 'ingesteld' : 'geen' },
        nieuw: {
          callbackUrl: zonderQuery(gecontroleerd.callbackUrl ?? oud.callbackUrl),
          kanalen: gecontroleerd.kanalen,
          gemeenten: gecontroleerd.gemeenten,
          auth: w.auth === undefined ? (oud.authIngesteld ? 'ingesteld' : 'geen') : w.auth === null ? 'geen' : 'ingesteld',
        },
      });
      return (await repo.vind(m, bereikVan(actor), id))!;
    });
    this.d.wek([id]);
    return this.weergave(rij);
  }

  async zegOp(actor: Actor, id: string, reden?: string): Promise<void> {
    await this.opAbonnement(actor, id, async (m, oud) => {
      await repo.zegOp(m, id);
      await recordAudit(m, SCHEMA, actor, { actie: 'abonnement-opgezegd', objectType: 'abonnement', objectId: id, oud: { status: oud.status }, nieuw: { status: 'opgezegd' }, reden });
    });
    this.d.wek([id]);
  }

  async roteerGeheim(actor: Actor, id: string, overlapUren: number) {
    const geheim = nieuwGeheim();
    const vorigGeldigTot = new Date(this.d.klok.now().getTime() + overlapUren * 3_600_000);
    await this.opAbonnement(actor, id, async (m) => {
      await repo.roteer(m, id, this.d.kluis.versleutel(geheim), vorigGeldigTot);
      await recordAudit(m, SCHEMA, actor, { actie: 'geheim-geroteerd', objectType: 'abonnement', objectId: id, nieuw: { vorigGeheimGeldigTot: vorigGeldigTot.toISOString() } });
    });
    this.d.wek([id]);
    return { geheim, vorigGeheimGeldigTot: tijdstip(vorigGeldigTot) };
  }

  async hervat(actor: Actor, id: string) {
    const rij = await this.opAbonnement(actor, id, async (m, oud) => {
      await this.d.bezorgingen.hervat(m, id, this.d.klok.now());
      await recordAudit(m, SCHEMA, actor, { actie: 'abonnement-hervat', objectType: 'abonnement', objectId: id, oud: { status: oud.status }, nieuw: { status: 'actief' } });
      return (await repo.vind(m, bereikVan(actor), id))!;
    });
    this.d.wek([id]);
    return this.weergave(rij);
  }

  async opnieuwBezorgen(actor: Actor, id: string, wat: { eventId?: string; vanaf?: Date }) {
    const aantal = await this.opAbonnement(actor, id, async (m) => {
      const n = await this.d.bezorgingen.opnieuw(m, id, wat.eventId ? { gebeurtenisId: wat.eventId } : { vanaf: wat.vanaf! }, this.d.klok.now());
      await recordAudit(m, SCHEMA, actor, {
        actie: 'opnieuw-bezorgen',
        objectType: 'abonnement',
        objectId: id,
        nieuw: wat.eventId ? { eventId: wat.eventId, aantal: n } : { vanaf: wat.vanaf!.toISOString(), aantal: n },
      });
      return n;
    });
    if (wat.eventId && aantal === 0) {
      const bestaat = await this.d.dataSource.query(`SELECT 1 FROM ${SCHEMA}.bezorging WHERE abonnement_id = $1 AND gebeurtenis_id = $2`, [id, wat.eventId]);
      if (bestaat.length === 0) throw new ProblemError('notFound', 'Deze gebeurtenis is niet voor dit abonnement');
    }
    this.d.wek([id]);
    return { aantal };
  }
}
