import { vervaltOpVan, type ZaakActor } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { ARRANGEMENT_FORMAAT } from '../persistence/arrangement-schema';
import {
  type Arrangement,
  bevoegdheid,
  isGemeentelijk,
  type OjaCommandoType,
  ojaBeslisser,
  type OjaRegelset,
  standaardVerdeling,
  stand,
} from '../domain';
import { aanZet } from '../persistence/projectie';
import { OJA_TERMIJNSOORTEN } from '../application/termijnsoorten';
import { type ArrangementAntwoord } from './antwoorden';

export interface Lezer {
  readonly actor: ZaakActor;
  /** The gemeente the reader speaks for (gemeente role): its view shows no pupil and only its own money. */
  readonly gemeente?: string;
}

async function termijnenVan(m: EntityManager, id: string) {
  const rijen: Array<{ kind: string; due_at: Date; state: string; rule_version: string }> = await m.query(
    `SELECT kind, due_at, state, rule_version FROM oja.deadline WHERE subject_id = $1 AND state = 'armed' ORDER BY due_at, kind`,
    [id],
  );
  return rijen.map((r) => ({ soort: r.kind, vervaltOp: vervaltOpVan(OJA_TERMIJNSOORTEN, r.kind, r.due_at), regelVersie: r.rule_version }));
}

async function tijdlijnVan(m: EntityManager, id: string, volledig: boolean) {
  const rijen: Array<{ tijdstip: Date; actie: string; rol: string; status: string | null; reden: string | null }> = await m.query(
    `SELECT tijdstip, actie, rol, nieuw->>'status' AS status, reden FROM oja.audit_trail WHERE object_type = 'arrangement' AND object_id = $1 ORDER BY id`,
    [id],
  );
  return rijen.map((r) => ({ tijdstip: r.tijdstip.toISOString(), actie: r.actie, door: { rol: r.rol }, status: r.status, ...(volledig && r.reden ? { reden: r.reden } : {}) }));
}

/** The commands this reader may give now: the tables and the domain's own permission checks. */
export function toegestaneActies(s: Arrangement, actor: ZaakActor): OjaCommandoType[] {
  return ojaBeslisser.toegestaan(s, actor.rol).filter((k) => bevoegdheid(actor, { type: k } as never, s) === undefined);
}

/**
 * The arrangement as the API shows it: plan, assessments, money (split, ledger per payer),
 * evaluations, places, deadlines, timeline and the actions this reader may take. A
 * gemeente reader gets its part: no pupil number beyond the masked form, no evaluation
 * reports or pupils of a collective, only its own payers' ledger.
 */
export async function arrangementWeergave(m: EntityManager, swv: string, id: string, lezer: Lezer, regelset: OjaRegelset): Promise<ArrangementAntwoord | undefined> {
  const rijen: Array<{ formaat: number; state: unknown; weergave: string | null }> = await m.query(
    `SELECT a.formaat, a.state, l.weergave FROM oja.arrangement a LEFT JOIN oja.leerling l ON l.id = a.leerling_id WHERE a.id = $1 AND a.swv = $2`,
    [id, swv],
  );
  if (rijen.length === 0) return undefined;
  const s = ARRANGEMENT_FORMAAT.schema.parse(rijen[0].state);
  if (lezer.gemeente !== undefined && s.gemeente !== lezer.gemeente) return undefined;
  const gemeenteLezer = lezer.gemeente !== undefined;
  const regels = regelset.versie(s.regelVersie)!;
  const type = regels.types.find((t) => t.code === s.typeCode);
  const betalerNaam = (code: string) => regelset.versies.flatMap((v) => v.betalers).find((b) => b.code === code)?.naam ?? code;
  const eigenBetaler = (code: string) => {
    if (!gemeenteLezer) return true;
    const b = regelset.versies.flatMap((v) => v.betalers).find((x) => x.code === code);
    return b !== undefined && isGemeentelijk(b) && b.gemeente === lezer.gemeente;
  };
  const begroot = s.aanvraag?.begrootKostenCent;
  let voorstel: { kostenCent: number; verdeling: Array<ReturnType<typeof standaardVerdeling>[number] & { naam: string }> } | null = null;
  if (begroot && type) {
    try {
      const verdeling = standaardVerdeling(type, regelset.op(s.swv, s.periode.van) ?? regels, s.gemeente, begroot);
      voorstel = { kostenCent: begroot, verdeling: verdeling.map((r) => ({ ...r, naam: betalerNaam(r.betaler) })) };
    } catch {
      voorstel = null;
    }
  }
  return {
    id: s.id,
    swv: s.swv,
    versie: s.versie,
    vorm: s.vorm,
    type: { code: s.typeCode, naam: type?.naam ?? s.typeCode, leiding: s.leiding, evaluatieIntervalMaanden: type?.evaluatieIntervalMaanden ?? null, normduurMaanden: type?.normduurMaanden ?? null },
    voorziening: { code: s.voorziening, naam: regels.voorzieningen.find((v) => v.code === s.voorziening)?.naam ?? s.voorziening },
    gemeente: { code: s.gemeente, naam: regels.gemeenten.find((g) => g.code === s.gemeente)?.naam ?? s.gemeente },
    regelVersie: s.regelVersie,
    status: s.status,
    aanZet: aanZet(s),
    periode: s.periode,
    leerling: s.leerlingRef ? { weergave: rijen[0].weergave } : null,
    aanvraag: s.aanvraag ? { ...s.aanvraag, doelen: [...s.aanvraag.doelen], aanvrager: { soort: s.aanvraag.aanvrager.soort } } : null,
    voorstel,
    beoordeling: {
      onderwijs: s.beoordeling.onderwijs ? { oordeel: s.beoordeling.onderwijs.oordeel, datum: s.beoordeling.onderwijs.datum, toelichting: s.beoordeling.onderwijs.toelichting ?? null } : null,
      jeugdhulp: s.beoordeling.jeugdhulp
        ? {
            oordeel: s.beoordeling.jeugdhulp.oordeel,
            datum: s.beoordeling.jeugdhulp.datum,
            referentie: s.beoordeling.jeugdhulp.referentie ?? null,
            toegezegd: s.beoordeling.jeugdhulp.toegezegd.map((t) => ({ ...t, naam: betalerNaam(t.betaler) })),
            toelichting: s.beoordeling.jeugdhulp.toelichting ?? null,
          }
        : null,
    },
    toekenningen: s.toekenningen.map((t) => ({
      id: t.id,
      soort: t.soort,
      datum: t.datum,
      periode: t.periode,
      kostenCent: t.kostenCent,
      verdeling: t.verdeling.map((r) => ({ ...r, naam: betalerNaam(r.betaler) })),
      regelVersie: t.regelVersie,
      referentie: t.referentie ?? null,
      motivering: gemeenteLezer ? null : (t.motivering ?? null),
      overschrijding: t.overschrijding ? (gemeenteLezer ? { betalers: [...t.overschrijding.betalers] } : { ...t.overschrijding, betalers: [...t.overschrijding.betalers] }) : null,
    })),
    geld: {
      perBetaler: stand(s.boekingen.filter((b) => eigenBetaler(b.betaler))).map((r) => ({ ...r, naam: betalerNaam(r.betaler) })),
      boekingen: s.boekingen.filter((b) => eigenBetaler(b.betaler)).map((b) => ({ ...b, naam: betalerNaam(b.betaler) })),
    },
    startdatum: s.startdatum ?? null,
    volgendeEvaluatie: s.status === 'lopend' ? (s.volgendeEvaluatie ?? null) : null,
    evaluaties: s.evaluaties.map((e) => (gemeenteLezer ? { id: e.id, datum: e.datum, uitkomst: e.uitkomst } : { id: e.id, datum: e.datum, uitkomst: e.uitkomst, verslag: e.verslag })),
    einde: s.einde ? { datum: s.einde.datum, reden: s.einde.reden, toelichting: gemeenteLezer ? null : (s.einde.toelichting ?? null) } : null,
    afsluiting: s.afsluiting ? { datum: s.afsluiting.datum, resultaat: s.afsluiting.resultaat, vervolg: s.afsluiting.vervolg, toelichting: gemeenteLezer ? null : (s.afsluiting.toelichting ?? null) } : null,
    ingetrokken: s.ingetrokken ? { datum: s.ingetrokken.datum, reden: gemeenteLezer ? null : s.ingetrokken.reden } : null,
    plaatsen: s.plaatsen ?? null,
    bezetting: s.vorm === 'collectief' ? s.deelnames.filter((d) => d.tot === undefined).length : null,
    deelnames: gemeenteLezer || s.vorm !== 'collectief' ? [] : await deelnamesMetLeerling(m, s),
    termijnen: await termijnenVan(m, s.id),
    tijdlijn: await tijdlijnVan(m, s.id, !gemeenteLezer),
    toegestaneActies: toegestaneActies(s, lezer.actor),
  };
}

async function deelnamesMetLeerling(m: EntityManager, s: Arrangement) {
  const ids = s.deelnames.map((d) => d.leerlingRef);
  const rijen: Array<{ id: string; weergave: string }> = ids.length ? await m.query(`SELECT id, weergave FROM oja.leerling WHERE id = ANY($1::uuid[])`, [ids]) : [];
  const weergave = new Map(rijen.map((r) => [r.id, r.weergave]));
  return s.deelnames.map((d) => ({ id: d.id, leerling: weergave.get(d.leerlingRef) ?? null, gemeente: d.gemeente, van: d.van, tot: d.tot ?? null, resultaat: d.resultaat ?? null }));
}
