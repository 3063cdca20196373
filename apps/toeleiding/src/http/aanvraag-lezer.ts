import { Inject, Injectable } from '@nestjs/common';
import { recordAccess, type Actor } from '@pao/platform';
import { Documenten, registreerMedewerker } from '@pao/zaak';
import { Toeleiding } from '../application/toeleiding';
import { DataSource } from 'typeorm';
import { KLOK, vandaag, type Klok } from '../application/klok';
import { nietGevonden } from '../application/fouten';
import { Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { isEigenSchool } from '../application/actoren';
import { SCHEMA } from '../persistence/persistence';
import { aanvraagWeergave } from '../queries/aanvraag-weergave';
import { type AanvraagAntwoord } from '../queries/antwoorden';

/** Reads a case for a person; `raadpleeg` also records the read in the access log, in the same transaction. */
@Injectable()
export class AanvraagLezer {
  constructor(
    @Inject(DataSource) private readonly dataSource: DataSource,
    @Inject(KLOK) private readonly klok: Klok,
    @Inject(Toeleiding) private readonly toeleiding: Toeleiding,
    @Inject(Documenten) private readonly documenten: Documenten,
    private readonly swvs: Samenwerkingsverbanden,
  ) {}

  async raadpleeg(actor: Actor, id: string, doel: string): Promise<AanvraagAntwoord> {
    return this.dataSource.transaction(async (m) => {
      const weergave = await aanvraagWeergave(m, this.toeleiding.leerlingen, actor.swv, id, actor.rol, vandaag(this.klok), this.swvs);
      if (!weergave || !isEigenSchool(actor, { schoolId: weergave.school.id, plaatsingSchoolId: weergave.plaatsing?.schoolId })) throw nietGevonden();
      const zaak = { ...weergave, documenten: await this.documenten.lijst(m, actor.swv, id) };
      await registreerMedewerker(m, SCHEMA, actor);
      await recordAccess(m, SCHEMA, actor, { handeling: 'raadplegen', objectType: 'aanvraag', objectId: id, doel });
      return zaak;
    });
  }

  /** The case as the answer to the actor's own command (the change is in the audit trail already). */
  async lees(actor: Actor, id: string): Promise<AanvraagAntwoord> {
    const zaak = await aanvraagWeergave(this.dataSource.manager, this.toeleiding.leerlingen, actor.swv, id, actor.rol, vandaag(this.klok), this.swvs);
    if (!zaak || !isEigenSchool(actor, { schoolId: zaak.school.id, plaatsingSchoolId: zaak.plaatsing?.schoolId })) throw nietGevonden();
    return { ...zaak, documenten: await this.documenten.lijst(this.dataSource.manager, actor.swv, id) };
  }

  /** Before a school user's command: another school's case is 404 (the domain would say 403 and so reveal it exists). */
  async vereisEigenSchool(actor: Actor, id: string): Promise<void> {
    if (actor.rol !== 'school') return;
    const [rij]: Array<{ school_id: string; plaatsing_school_id: string | null }> = await this.dataSource.query(
      `SELECT school_id::text, plaatsing_school_id::text FROM ${SCHEMA}.aanvraag WHERE id = $1 AND swv = $2`,
      [id, actor.swv],
    );
    if (!rij || !isEigenSchool(actor, { schoolId: rij.school_id, plaatsingSchoolId: rij.plaatsing_school_id })) throw nietGevonden();
  }
}
