import { Inject, Injectable } from '@nestjs/common';
import { ProblemError, recordAccess, type Actor } from '@pao/platform';
import { DataSource, type EntityManager } from 'typeorm';
import { KLOK, vandaag } from '../application/klok';
import { scholen } from '../application/scholen';
import { Thuiszitters } from '../application/thuiszitters';
import { type Klok } from '@pao/zaak';
import { type Casus } from '../domain';
import { SCHEMA } from '../persistence/persistence';
import { casusWeergave, schoolIds } from '../queries/casus-weergave';

/**
 * Reads a casus for a person: another SWV's case is 404, and so is a case the Actietafel
 * never received (it may not learn that it exists). `raadpleeg` records the read in the
 * access log in the same transaction.
 */
@Injectable()
export class CasusLezer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(Thuiszitters) private readonly thuiszitters: Thuiszitters,
    @Inject(KLOK) private readonly klok: Klok,
  ) {}

  async raadpleeg(actor: Actor, id: string, doel: string) {
    return this.dataSource.transaction(async (m) => {
      const weergave = await this.weergave(m, actor, id);
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'casus', objectId: id, doel });
      return weergave;
    });
  }

  /** The case as the answer to the actor's own command (the change is in the audit trail already). */
  lees(actor: Actor, id: string) {
    return this.weergave(this.dataSource.manager, actor, id);
  }

  async laad(m: EntityManager, actor: Actor, id: string): Promise<Casus> {
    const s = await this.thuiszitters.casussen.definitie.repository.laad(m, id, actor.swv);
    if (!s || (actor.rol === 'actietafel' && !s.actietafelSinds)) throw new ProblemError('notFound', 'Casus niet gevonden');
    return s;
  }

  private async weergave(m: EntityManager, actor: Actor, id: string) {
    const s = await this.laad(m, actor, id);
    const leerling = s.leerlingRef ? (await this.thuiszitters.leerlingen.weergaveVan(m, actor.swv, [s.leerlingRef])).get(s.leerlingRef) : undefined;
    const namen = await scholen.namen(m, actor.swv, schoolIds(s));
    return casusWeergave(s, vandaag(this.klok), { leerling, scholen: namen, toegestaneActies: this.thuiszitters.casussen.toegestaan(s, actor).filter((k) => k !== 'bewaken') });
  }
}
