import { type RecurringMoment, type RecurringOccurrence, type SchedulerLogger } from '@pao/deadlines';
import { digestTekst, verstuurDigests, type DigestOntvanger, type MailVerzender } from '@pao/zaak';
import { type DataSource, type EntityManager } from 'typeorm';
import { plusDagen, type IsoDatum, type TermijnSoort } from '../domain';
import { type Samenwerkingsverbanden } from '../application/samenwerkingsverbanden';
import { SCHEMA } from '../persistence/persistence';
import { termijnSignaal } from '../queries/signaal';

export const DIGEST_MOMENT = 'termijnen-digest';

/** Working days at 07:00 (Europe/Amsterdam): the day's digest before the work starts. */
export const digestMoment: RecurringMoment = { name: DIGEST_MOMENT, pattern: '0 7 * * 1-5' };

const TERMIJN_TEKST: Record<TermijnSoort, string> = {
  beslistermijn: 'beslistermijn',
  aanvullingstermijn: 'termijn voor aanvulling',
  bezwaartermijn: 'bezwaartermijn',
  'doorzending-lbt': 'doorsturen naar de LBT',
  'beslissing-op-bezwaar': 'beslistermijn op bezwaar',
  beroepstermijn: 'beroepstermijn',
  'hoger-beroepstermijn': 'termijn voor hoger beroep',
  nazendtermijn: 'nazendtermijn (bezwaar of beroep per post)',
  'laatste-schooljaar': 'laatste schooljaar TLV',
  herbeoordeling: 'herbeoordeling aanvragen',
  'plaatsing-peildatum': 'plaatsen vóór teldatum of peildatum',
  'jaarlijkse-evaluatie': 'jaarlijkse evaluatie',
  'tlv-einde': 'einde TLV',
};

/**
 * Per behandelaar with an e-mail: their open cases whose next deadline falls within seven
 * days of `datum` (or has passed), nearest first; kenmerk and deadline only.
 */
export async function digestOntvangers(m: EntityManager, swv: string, datum: IsoDatum): Promise<DigestOntvanger[]> {
  const rijen: Array<{ id: string; naam: string; email: string; kenmerk: string; soort: TermijnSoort; op: IsoDatum }> = await m.query(
    `SELECT w.id, w.naam, w.email, a.kenmerk, a.volgende_termijn_soort AS soort, a.volgende_termijn_op::text AS op
     FROM ${SCHEMA}.aanvraag a JOIN ${SCHEMA}.medewerker w ON w.id = a.behandelaar_id
     WHERE a.swv = $1 AND a.open AND a.volgende_termijn_op <= $2 AND w.email IS NOT NULL
     ORDER BY w.id, a.volgende_termijn_op, a.kenmerk`,
    [swv, plusDagen(datum, 7)],
  );
  const per = new Map<string, DigestOntvanger & { regels: DigestOntvanger['regels'][number][] }>();
  for (const r of rijen) {
    const o = per.get(r.id) ?? { medewerkerId: r.id, naam: r.naam, email: r.email, regels: [] };
    o.regels.push({ kenmerk: r.kenmerk, termijn: TERMIJN_TEKST[r.soort] ?? r.soort, vervaltOp: r.op, werkdagen: termijnSignaal(datum, r.op).werkdagenResterend });
    per.set(r.id, o);
  }
  return [...per.values()];
}

export interface DigestInstellingen {
  readonly verzender: MailVerzender;
  /** The werkvoorraad's address for the link in the mail (APP_URL). */
  readonly link?: string;
}

/** The digest of the day for every SWV, sent once per person (kit: verstuurDigests). */
export async function verstuurTermijnDigests(ds: DataSource, swvs: Samenwerkingsverbanden, d: DigestInstellingen, datum: IsoDatum) {
  let totaal = { verzonden: 0, alVerzonden: 0, mislukt: 0 };
  for (const swv of swvs.ids()) {
    const ontvangers = await digestOntvangers(ds.manager, swv, datum);
    const uit = await verstuurDigests(ds, SCHEMA, d.verzender, datum, ontvangers, (o) => digestTekst({ naam: o.naam, datum, regels: o.regels, dienst: `Toeleiding ${swv}`, link: d.link }));
    totaal = { verzonden: totaal.verzonden + uit.verzonden, alVerzonden: totaal.alVerzonden + uit.alVerzonden, mislukt: totaal.mislukt + uit.mislukt };
  }
  return totaal;
}

/** The recurring moment's effect: counts in the log, never an address or a kenmerk. */
export function digestOpMoment(ds: DataSource, swvs: Samenwerkingsverbanden, d: DigestInstellingen, log: SchedulerLogger) {
  return async (_m: EntityManager, o: RecurringOccurrence): Promise<void> => {
    if (o.name !== DIGEST_MOMENT) return;
    const uit = await verstuurTermijnDigests(ds, swvs, d, o.occurrenceDate as IsoDatum);
    log.info({ datum: o.occurrenceDate, ...uit }, 'termijnen-digest verzonden');
  };
}
