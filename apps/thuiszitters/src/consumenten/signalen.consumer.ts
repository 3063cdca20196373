import { Controller, Inject, Logger } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { civilDate } from '@pao/deadlines';
import { LeerlingNietGestart, TlvBeeindigd, type EventEnvelope } from '@pao/contracts';
import { ParkEventError } from '@pao/messaging';
import { verwerkEenmaal } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Thuiszitters } from '../application/thuiszitters';
import { SCHEMA } from '../persistence/persistence';
import { STANDAARD_BELEID, type ThuiszittersBeleidset } from '../regels/beleid';

export const BELEID = Symbol('THUISZITTERS_BELEID');

/** What this service relies on from each event: its own schema, not the producer's whole contract. */
const NietGestart = z.object({
  overdrachtId: z.uuid(),
  leerlingId: z.uuid(),
  // null: no receiving school was ever settled (reden 'geen-ontvangende-school').
  ontvangendeSchoolId: z.uuid().nullable(),
  verwachteStartdatum: z.iso.date(),
  gemeente: z.string().regex(/^GM\d{4}$/),
  // The SWV the pupil belongs to after the transfer (the receiving school's); null: an MBO
  // institution, in no SWV; absent in older events: the envelope's SWV.
  swvNaOverstap: z.string().min(1).nullable().optional(),
});
const TlvEinde = z.object({ tlvId: z.uuid(), leerlingId: z.uuid(), reden: z.string().min(1), einddatum: z.iso.date(), gemeente: z.string().regex(/^GM\d{4}$/) });

/**
 * The first cross-service consumers: a pupil who did not start after an overdracht, and
 * a TLV that ended without a new placement, open a signal for the Steunpunt. Through the
 * inbox in the effect's transaction (a redelivery changes nothing) and once per source
 * case (a second event about the same overdracht or TLV opens nothing new).
 */
@Controller()
export class SignalenConsumer {
  private readonly logger = new Logger('Signalen');

  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Thuiszitters) private readonly thuiszitters: Thuiszitters,
    @Inject(BELEID) private readonly beleid: ThuiszittersBeleidset = STANDAARD_BELEID,
  ) {}

  /**
   * The melding opens in the SWV the pupil belongs to after the transfer, which the event
   * names (a PO→VO pupil who did not start at the VO school is the VO SWV's). A pupil who
   * did not start at an MBO institution is no SWV's: leerplicht or the RMC of the gemeente
   * acts on the same event (the gemeente's subscription), so no melding opens here.
   */
  @EventPattern(LeerlingNietGestart.type)
  async nietGestart(@Payload() e: EventEnvelope): Promise<void> {
    this.eisBekendeSwv(e);
    await verwerkEenmaal(this.dataSource, SCHEMA, 'thuiszitters.leerling-niet-gestart', e, NietGestart, async (m, d) => {
      const swv = d.swvNaOverstap === undefined ? e.swv : d.swvNaOverstap;
      if (swv === null) {
        this.logger.log({ eventId: e.id, overdrachtId: d.overdrachtId }, 'leerling niet gestart in het mbo: geen SWV, leerplicht/RMC van de gemeente');
        return;
      }
      if (!this.thuiszitters.kentSwv(swv)) throw new ParkEventError('swvNaOverstap is not in this deployment\'s SWV register');
      const geopend = await this.thuiszitters.signaalOntvangen(m, swv, {
        bron: 'overdracht',
        bronId: d.overdrachtId,
        bronLeerlingId: d.leerlingId,
        schoolId: d.ontvangendeSchoolId ?? undefined,
        sinds: d.verwachteStartdatum,
        gemeente: d.gemeente,
      });
      this.logger.log({ eventId: e.id, overdrachtId: d.overdrachtId, swv, geopend }, 'signaal: leerling niet gestart');
    });
  }

  @EventPattern(TlvBeeindigd.type)
  async tlvBeeindigd(@Payload() e: EventEnvelope): Promise<void> {
    this.eisBekendeSwv(e);
    await verwerkEenmaal(this.dataSource, SCHEMA, 'thuiszitters.tlv-beeindigd', e, TlvEinde, async (m, d) => {
      // Only an end without a follow-up (per the SWV's rule) is a threat of thuiszitten.
      const redenen = this.beleid.waarde(e.swv, 'tlvEindeSignaalRedenen', civilDate(d.einddatum)).waarde;
      if (!redenen.includes(d.reden)) return;
      const geopend = await this.thuiszitters.signaalOntvangen(m, e.swv, { bron: 'toeleiding', bronId: d.tlvId, bronLeerlingId: d.leerlingId, sinds: d.einddatum, gemeente: d.gemeente });
      this.logger.log({ eventId: e.id, tlvId: d.tlvId, geopend }, 'signaal: TLV beëindigd zonder nieuwe plaatsing');
    });
  }

  /** An event for an SWV this deployment does not serve cannot be handled by retrying: parked with the reason. */
  private eisBekendeSwv(e: EventEnvelope): void {
    if (!this.thuiszitters.kentSwv(e.swv)) throw new ParkEventError('swv is not in this deployment\'s SWV register');
  }
}
