import { Controller, Inject } from '@nestjs/common';
import { EventPattern, Payload } from '@nestjs/microservices';
import { IsoDate, type EventEnvelope, Id, TlvSoort } from '@pao/contracts';
import { verwerkEenmaal } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Overdrachten, type ToeleidingFeit } from '../application/overdrachten';
import { SCHEMA } from '../persistence/persistence';

/**
 * Toeleiding's events, consumed through the inbox: this service keeps its own projection
 * of each TLV aanvraag (never toeleiding's tables) and passes the news to the overdracht
 * cases linked to it. Each handler reads only the fields it relies on.
 */
const Ingediend = z.object({ aanvraagId: Id, schoolId: Id, soort: TlvSoort, ingediendOp: IsoDate });
const Besluit = z.object({ aanvraagId: Id, genomenOp: IsoDate, uitkomst: z.object({ uitkomst: z.enum(['toelaatbaar', 'niet-toelaatbaar']) }) });
const Afgegeven = z.object({ aanvraagId: Id, tlvId: Id, soort: TlvSoort, ingangsdatum: IsoDate });
const Einde = z.object({ aanvraagId: Id, tlvId: Id, einddatum: IsoDate });

@Controller()
export class ToeleidingConsumer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Overdrachten) private readonly overdrachten: Overdrachten,
  ) {}

  private verwerk<T>(e: EventEnvelope, naam: string, schema: z.ZodType<T>, feit: (d: T) => Omit<ToeleidingFeit, 'swv'> | undefined) {
    return verwerkEenmaal(this.dataSource, SCHEMA, `overdracht.toeleiding-${naam}`, e, schema, async (m, d) => {
      const f = feit(d);
      if (f) await this.overdrachten.toeleidingFeit(m, { ...f, swv: e.swv });
    });
  }

  @EventPattern('nl.passend-onderwijs.toeleiding.aanvraag-ingediend.v1')
  ingediend(@Payload() e: EventEnvelope) {
    return this.verwerk(e, 'ingediend', Ingediend, (d) => ({ aanvraagId: d.aanvraagId, stand: 'aangevraagd', datum: d.ingediendOp, schoolId: d.schoolId, soort: d.soort }));
  }

  @EventPattern('nl.passend-onderwijs.toeleiding.besluit-genomen.v1')
  besluit(@Payload() e: EventEnvelope) {
    // A toelaatbaar besluit is settled once it is bekendgemaakt: tlv-afgegeven says so.
    return this.verwerk(e, 'besluit', Besluit, (d) => (d.uitkomst.uitkomst === 'niet-toelaatbaar' ? { aanvraagId: d.aanvraagId, stand: 'niet-toelaatbaar', datum: d.genomenOp } : undefined));
  }

  @EventPattern('nl.passend-onderwijs.toeleiding.tlv-afgegeven.v1')
  afgegeven(@Payload() e: EventEnvelope) {
    return this.verwerk(e, 'afgegeven', Afgegeven, (d) => ({ aanvraagId: d.aanvraagId, stand: 'afgegeven', datum: d.ingangsdatum, tlvId: d.tlvId, soort: d.soort }));
  }

  @EventPattern('nl.passend-onderwijs.toeleiding.tlv-beeindigd.v1')
  beeindigd(@Payload() e: EventEnvelope) {
    return this.verwerk(e, 'beeindigd', Einde, (d) => ({ aanvraagId: d.aanvraagId, stand: 'beeindigd', datum: d.einddatum, tlvId: d.tlvId }));
  }

  @EventPattern('nl.passend-onderwijs.toeleiding.tlv-verlopen.v1')
  verlopen(@Payload() e: EventEnvelope) {
    return this.verwerk(e, 'verlopen', Einde, (d) => ({ aanvraagId: d.aanvraagId, stand: 'beeindigd', datum: d.einddatum, tlvId: d.tlvId }));
  }
}
