import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { ParkEventError, type EventEnvelope } from '@pao/messaging';
import { GEMEENTE_TYPE_NAMEN, gemeenteBericht } from '../application/catalogus';
import { KLOK, type KlokPort } from '../application/klok';
import { Verdeler } from '../bezorging/verdeler';
import { BezorgingenRepository, type Verdeling } from '../persistence/bezorgingen.repository';
import { AbonnementenCache } from '../persistence/abonnementen-cache';
import { ontvangt } from '../domain/abonnement';
import { NOTIFICATIES_CONFIG, type NotificatiesConfig } from '../notificaties.config';

/** The inbox consumer name of the fan-out (a redelivered event finds its row and is a no-op). */
const CONSUMER = 'notificaties.bezorging';

/**
 * Every event the catalogue marks for gemeenten arrives here and becomes, in one
 * transaction with its inbox row, one delivery per matching subscription (as `handleOnce`
 * of @pao/messaging, in a single statement). The transport acks after the commit.
 */
@Controller()
export class GemeenteEventsHandler {
  constructor(
    @Inject(AbonnementenCache) private readonly abonnementen: AbonnementenCache,
    @Inject(BezorgingenRepository) private readonly bezorgingen: BezorgingenRepository,
    @Inject(Verdeler) private readonly verdeler: Verdeler,
    @Inject(KLOK) private readonly klok: KlokPort,
    @Inject(NOTIFICATIES_CONFIG) private readonly config: NotificatiesConfig,
  ) {}

  @EventPattern([...GEMEENTE_TYPE_NAMEN])
  async ontvang(@Payload() event: EventEnvelope): Promise<void> {
    const bericht = gemeenteBericht(event, this.config.GATEWAY_PUBLIEKE_URL);
    if (!bericht) throw new ParkEventError('not an event for gemeenten');
    const abonnementIds = (await this.abonnementen.actueel()).filter((a) => ontvangt(a, bericht.melding)).map((a) => a.id);
    const v = this.verdeler;
    const gereserveerd = v.reserveer(abonnementIds);
    let verdeling: Verdeling;
    try {
      verdeling = await this.bezorgingen.verdeel(bericht, { consumer: CONSUMER, source: event.source }, abonnementIds, { gereserveerd, eigenaar: v.eigenaarId, leaseMs: v.leaseMs }, this.klok.now());
    } catch (err) {
      v.overhandig(gereserveerd, []); // nothing was written: give the slots back
      throw err;
    }
    // Committed: the lanes send what was leased to them and look for the rest themselves.
    v.overhandig(verdeling.gereserveerd, verdeling.geleased);
    const geleased = new Set(verdeling.geleased.map((g) => g.abonnementId));
    v.wek(verdeling.nieuw.filter((id) => !geleased.has(id)));
  }
}
