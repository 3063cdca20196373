import { Inject, Injectable } from '@nestjs/common';
import { recordAccess, type Actor } from '@pao/platform';
import { LeerlingRegister } from '@pao/zaak';
import { DataSource } from 'typeorm';
import { Overdrachten } from '../application/overdrachten';
import { SCHEMA } from '../persistence/persistence';
import { overdrachtWeergave } from '../queries/weergave';

/** Reads one case for a person: 404 outside their SWV, one line in the access log per read. */
@Injectable()
export class OverdrachtLezer {
  constructor(
    @Inject(Overdrachten) private readonly overdrachten: Overdrachten,
    @Inject(LeerlingRegister) private readonly register: LeerlingRegister,
    @Inject(DataSource) private readonly dataSource: DataSource,
  ) {}

  async raadpleeg(actor: Actor, id: string, doel: string) {
    return this.dataSource.transaction(async (m) => {
      const pijplijn = this.overdrachten.pijplijn;
      const s = await pijplijn.definitie.repository.laad(m, id, actor.swv);
      if (!s) throw pijplijn.nietGevonden();
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'overdracht', objectId: id, doel });
      return overdrachtWeergave(m, pijplijn, this.register, actor, s);
    });
  }
}
