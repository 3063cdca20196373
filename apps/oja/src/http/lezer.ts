import { Inject, Injectable } from '@nestjs/common';
import { ProblemError, recordAccess, type Actor } from '@pao/platform';
import { DataSource } from 'typeorm';
import { OjaDienst } from '../application/oja-dienst';
import { SCHEMA } from '../persistence/persistence';
import { arrangementWeergave } from '../queries/arrangement-weergave';

/** Reads an arrangement for a person; `raadpleeg` also writes the access log, in the same transaction. */
@Injectable()
export class ArrangementLezer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(OjaDienst) private readonly dienst: OjaDienst,
  ) {}

  async raadpleeg(actor: Actor, id: string, doel: string) {
    return this.dataSource.transaction(async (m) => {
      const a = await this.weergave(m, actor, id);
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'arrangement', objectId: id, doel });
      return a;
    });
  }

  /** The arrangement as the answer to the actor's own command (the change is in the audit trail already). */
  lees(actor: Actor, id: string) {
    return this.weergave(this.dataSource.manager, actor, id);
  }

  private async weergave(m: DataSource['manager'], actor: Actor, id: string) {
    const lezer = { actor: this.dienst.pijplijn.handelende(actor).domein, gemeente: this.dienst.gemeenteVan(actor) };
    const a = await arrangementWeergave(m, actor.swv, id, lezer, this.dienst.regelset);
    if (!a) throw new ProblemError('notFound', 'Arrangement niet gevonden');
    return a;
  }
}
