import { type Actor } from '@pao/platform';
import { type LeerlingRegister } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { controledatum, signalen, startSchooljaar, termijnen, uitvalTot, volgendeDatum, warmeOverdrachtStatus, aantalAfwijzingen, type Overdracht, type Termijnsoort } from '../domain';
import { type OverdrachtPijplijn } from '../application/definitie';
import { scholen } from '../application/scholen';
import { type OverdrachtAntwoord } from './antwoorden';

export interface TijdlijnRegel {
  readonly tijdstip: string;
  readonly actie: string;
  readonly rol: string;
  readonly status?: string;
}

/**
 * The pupil page: the state with names for ids, what it signals today, the running
 * deadlines, the actions this person may take, and the timeline from the audit trail
 * (actions, roles and statuses only: no free text, no values).
 */
export async function overdrachtWeergave(m: EntityManager, pijplijn: OverdrachtPijplijn, register: LeerlingRegister, actor: Actor, s: Overdracht): Promise<OverdrachtAntwoord> {
  const vandaag = pijplijn.vandaag();
  const schoolIds = [s.verzendendeSchoolId, ...s.aanmeldingen.map((a) => a.schoolId), ...(s.plaatsing ? [s.plaatsing.schoolId] : [])];
  const namen = await scholen.namen(m, schoolIds);
  const weergave = await register.weergaveVan(m, s.swv, [s.leerlingId]);
  const tijdlijn: Array<{ tijdstip: string; actie: string; rol: string; status: string | null }> = await m.query(
    `SELECT to_char(tijdstip AT TIME ZONE 'Europe/Amsterdam', 'YYYY-MM-DD"T"HH24:MI:SS') AS tijdstip, actie, rol, nieuw->>'status' AS status
       FROM overdracht.audit_trail WHERE object_type = 'overdracht' AND object_id = $1 ORDER BY id`,
    [s.id],
  );
  const naam = (id: string) => namen.get(id) ?? 'onbekende school';
  return {
    ...s,
    startSchooljaar: startSchooljaar(s.schooljaar),
    leerling: { id: s.leerlingId, weergave: weergave.get(s.leerlingId) ?? '***' },
    verzendendeSchool: { id: s.verzendendeSchoolId, naam: naam(s.verzendendeSchoolId) },
    aanmeldingen: s.aanmeldingen.map((a) => ({ ...a, schoolNaam: naam(a.schoolId) })),
    plaatsing: s.plaatsing && { ...s.plaatsing, schoolNaam: naam(s.plaatsing.schoolId) },
    warmeOverdrachtStatus: s.plaatsing ? warmeOverdrachtStatus(s) : null,
    afwijzingen: aantalAfwijzingen(s),
    controledatum: controledatum(s),
    uitvalTot: uitvalTot(s) ?? null,
    volgendeDatum: volgendeDatum(s) ?? null,
    termijnen: termijnen(s).map((t) => ({ soort: t.soort as Termijnsoort, vervaltOp: t.vervaltOp, regelVersie: t.regelVersie })),
    signalen: signalen(s, vandaag),
    acties: pijplijn.toegestaan(s, actor).filter((k) => !['termijnVerstreken', 'startControle', 'toeleidingBijgewerkt'].includes(k)),
    tijdlijn: tijdlijn.map((r): TijdlijnRegel => ({ tijdstip: r.tijdstip, actie: r.actie, rol: r.rol, ...(r.status ? { status: r.status } : {}) })),
  };
}
