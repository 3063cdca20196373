import { Inject, Injectable } from '@nestjs/common';
import { recordAccess, type Actor } from '@pao/platform';
import { registreerMedewerker } from '@pao/zaak';
import { Toeleiding } from '../application/toeleiding';
import { DataSource } from 'typeorm';
import { KLOK, vandaag, type Klok } from '../application/klok';
import { nietGevonden } from '../application/fouten';
import { SCHEMA } from '../persistence/persistence';
import { aanvraagWeergave } from '../queries/aanvraag-weergave';

/** Reads a case for a person; `raadpleeg` also records the read in the access log, in the same transaction. */
@Injectable()
export class AanvraagLezer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
  ) {}

  async raadpleeg(actor: Actor, id: string, doel: string) {
    return this.dataSource.transaction(async (m) => {
      const zaak = await aanvraagWeergave(m, this.toeleiding.leerlingen, actor.swv, id, actor.rol, vandaag(this.klok));
      if (!zaak) throw nietGevonden();
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'aanvraag', objectId: id, doel });
      return zaak;
    });
  }

  /** The case as the answer to the actor's own command (the change is in the audit trail already). */
  async lees(actor: Actor, id: string) {
    const zaak = await aanvraagWeergave(this.dataSource.manager, this.toeleiding.leerlingen, actor.swv, id, actor.rol, vandaag(this.klok));
    if (!zaak) throw nietGevonden();
    return zaak;
  }
}
