import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { handleOnce, ParkEventError, type EventEnvelope } from '@pao/messaging';
import { DataSource } from 'typeorm';
import { GEMEENTE_TYPE_NAMEN, gemeenteBericht } from '../application/catalogus';
import { KLOK, type KlokPort } from '../application/klok';
import { Verdeler } from '../bezorging/verdeler';
import { BezorgingenRepository } from '../persistence/bezorgingen.repository';
import { SCHEMA } from '../persistence/persistence';
import { NOTIFICATIES_CONFIG, type NotificatiesConfig } from '../notificaties.config';

/**
 * Every event the catalogue marks for gemeenten arrives here (through the inbox, so a
 * redelivered event is a no-op) and becomes one delivery per matching subscription, in the
 * same transaction. The transport acks after the commit; the lanes are woken after it.
 */
@Controller()
export class GemeenteEventsHandler {
  constructor(
    @Inject(DataSource) private readonly db: DataSource,
    @Inject(BezorgingenRepository) private readonly bezorgingen: BezorgingenRepository,
    @Inject(Verdeler) private readonly verdeler: Verdeler,
    @Inject(KLOK) private readonly klok: KlokPort,
    @Inject(NOTIFICATIES_CONFIG) private readonly config: NotificatiesConfig,
  ) {}

  @EventPattern([...GEMEENTE_TYPE_NAMEN])
  async ontvang(@Payload() event: EventEnvelope): Promise<void> {
    const bericht = gemeenteBericht(event, this.config.GATEWAY_PUBLIEKE_URL);
    if (!bericht) throw new ParkEventError('not an event for gemeenten');
    let wekken: string[] = [];
    await handleOnce(this.db, SCHEMA, 'notificaties.bezorging', event, async (m) => {
      wekken = await this.bezorgingen.verdeel(m, bericht, this.klok.now());
    });
    this.verdeler.wek(wekken);
  }
}
