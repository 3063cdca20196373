import { type EntityManager } from 'typeorm';
import {
  nextStep,
  ROLLEN_PER_COMMANDO,
  toegestaneCommandos,
  type CommandoType,
  type IsoDatum,
  type Rol,
  type TlvAanvraag,
} from '../domain';
import { bezwaartermijnVerschuivingen } from '../application/kalender-termijnrekenaar';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { vervaltOpVan } from '../termijnen/termijn-regels';
import { stapVan } from './volgende-stap-tekst';

/** Commands the actor's role may give in the current state (the UI's buttons); the system's own are never among them. */
export function toegestaneActies(s: TlvAanvraag, rol: string): CommandoType[] {
  if (rol === 'systeem') return [];
  return toegestaneCommandos(s).filter((c) => ROLLEN_PER_COMMANDO[c].includes(rol as Rol));
}

interface Kop {
  state: TlvAanvraag;
  weergave: string;
  school_naam: string | null;
  plaatsing_school_naam: string | null;
}

async function termijnenVan(m: EntityManager, id: string) {
  const rijen: Array<{ id: string; kind: string; due_at: Date; state: string; rule_version: string }> = await m.query(
    `SELECT id, kind, due_at, state, rule_version FROM toeleiding.deadline
     WHERE subject_id = $1 AND state IN ('armed', 'fired') ORDER BY due_at, kind`,
    [id],
  );
  return rijen.map((r) => ({ id: r.id, soort: r.kind, vervaltOp: vervaltOpVan(r.kind, r.due_at), status: r.state, regelVersie: r.rule_version }));
}

async function tijdlijnVan(m: EntityManager, id: string) {
  const rijen: Array<{ tijdstip: Date; actie: string; rol: string; status: string | null; uitvoering: string | null }> = await m.query(
    `SELECT tijdstip, actie, rol, nieuw->>'status' AS status, nieuw->>'uitvoeringStatus' AS uitvoering
     FROM toeleiding.audit_trail WHERE object_type = 'aanvraag' AND object_id = $1 ORDER BY id`,
    [id],
  );
  return rijen.map((r) => ({ tijdstip: r.tijdstip.toISOString(), actie: r.actie, door: { rol: r.rol }, status: r.status, uitvoering: r.uitvoering }));
}

/** The besluit is a beschikking of the SWV's legal body: it names that body (from the SWV register). */
function besluitWeergave(s: TlvAanvraag, swvs: Samenwerkingsverbanden) {
  const b = s.besluit;
  if (!b) return null;
  const { naam, urn } = swvs.register.get(s.swv).rechtspersoon;
  return { besluitId: b.besluitId, tlvId: b.tlvId ?? null, grondslag: b.grondslag, genomenOp: b.datum, ...b.inhoud, bestuursorgaan: { naam, urn } };
}

/**
 * The case as the contract shows it (docs/api/toeleiding.md): the state in readable form,
 * its deadlines from the deadline engine, the next step, the commands this role may give
 * and the timeline from the audit trail. Undefined for an unknown id or another SWV.
 */
export async function aanvraagWeergave(m: EntityManager, swv: string, id: string, rol: string, vandaag: IsoDatum, swvs: Samenwerkingsverbanden) {
  const [kop]: Kop[] = await m.query(
    `SELECT a.state, l.weergave, s.naam AS school_naam, p.naam AS plaatsing_school_naam
     FROM toeleiding.aanvraag a
     JOIN toeleiding.leerling l ON l.id = a.leerling_id
     LEFT JOIN toeleiding.school s ON s.id = a.school_id
     LEFT JOIN toeleiding.school p ON p.id = a.plaatsing_school_id
     WHERE a.id = $1 AND a.swv = $2`,
    [id, swv],
  );
  if (!kop) return undefined;
  const s = kop.state;
  const u = s.uitvoering;
  const bekendmaking = s.bekendmaking;
  return {
    id: s.id,
    swv: s.swv,
    versie: s.versie,
    status: s.status,
    uitvoering: u?.status ?? null,
    leerling: { weergave: kop.weergave },
    school: { id: s.aanvrager.schoolId, naam: kop.school_naam },
    bevoegdGezagId: s.aanvrager.bevoegdGezagId,
    aangemaaktOp: s.aangemaaktOp,
    ingediendOp: s.ingediendOp ?? null,
    dossier: s.dossier,
    opschortingen: s.opschortingen,
    adviezen: s.adviezen.map((a) => ({ deskundige: a.deskundige, advies: a.advies, soort: a.soort ?? null, datum: a.datum })),
    besluit: besluitWeergave(s, swvs),
    bekendgemaaktOp: bekendmaking?.datum ?? null,
    bezwaartermijn: bekendmaking
      ? {
          eindigtOp: bekendmaking.bezwaartermijn.datum,
          regelVersie: bekendmaking.bezwaartermijn.regelVersie,
          verschoven: bezwaartermijnVerschuivingen(bekendmaking.datum, s.swv, bekendmaking.bezwaartermijn.datum, swvs),
        }
      : null,
    bezwaar: s.bezwaar ?? null,
    beroepen: s.beroepen ?? [],
    onherroepelijkOp: s.onherroepelijkOp ?? null,
    onherroepelijkheid: s.onherroepelijkheid ?? null,
    plaatsing: u?.plaatsing ? { ...u.plaatsing, schoolNaam: kop.plaatsing_school_naam } : null,
    overbrugging: u?.overbrugging ?? null,
    einde: u?.einde ?? null,
    verlengingVan: s.verlengingVan ?? null,
    verlenging: s.verlenging ?? null,
    afgeslotenOp: s.afgeslotenOp ?? null,
    termijnen: await termijnenVan(m, s.id),
    volgendeStap: stapVan(nextStep(s, vandaag)),
    toegestaneActies: toegestaneActies(s, rol),
    tijdlijn: await tijdlijnVan(m, s.id),
  };
}
