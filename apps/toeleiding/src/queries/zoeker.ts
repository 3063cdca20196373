import { type LeerlingRegister, ZaakZoeker } from '@pao/zaak';
import { SCHEMA } from '../persistence/persistence';

/** The search behind POST /aanvragen/zoeken: kenmerk, pupil, birth date, number or school (bench/landelijk measures this one). */
export function aanvraagZoeker(leerlingen: LeerlingRegister): ZaakZoeker {
  return new ZaakZoeker({
    schema: SCHEMA,
    tabel: 'aanvraag',
    kenmerkPrefix: 'TLV',
    leerlingen,
    school: { kolom: 'school_id', idsSql: (swv, patroon) => `SELECT id FROM toeleiding.school WHERE swv = ${swv} AND naam ILIKE ${patroon}` },
  });
}
