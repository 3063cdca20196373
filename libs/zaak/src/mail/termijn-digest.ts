import { type DataSource, type EntityManager } from 'typeorm';
import { type IsoDatum } from '../domein';
import { type MailVerzender } from './mail';

/** One case in a digest: its kenmerk and deadline, never anything about the pupil. */
export interface DigestRegel {
  readonly kenmerk: string;
  /** What the deadline is, in words ("beslistermijn"). */
  readonly termijn: string;
  readonly vervaltOp: IsoDatum;
  /** Working days left (negative: past). */
  readonly werkdagen: number;
}

export interface DigestOntvanger {
  readonly medewerkerId: string;
  readonly naam: string;
  readonly email: string;
  readonly regels: readonly DigestRegel[];
}

/** Which person got the digest of which day: a digest goes out once per person and day. */
export function digestTabelSql(schema: string): string[] {
  return [
    `CREATE TABLE IF NOT EXISTS "${schema}".digest_verzonden (
      medewerker_id text NOT NULL,
      datum date NOT NULL,
      aantal integer NOT NULL,
      verzonden_op timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (medewerker_id, datum)
    )`,
  ];
}

const nl = (d: IsoDatum) => d.split('-').reverse().join('-');

/**
 * The text of a deadline digest: kenmerken, deadlines and working days only, so nothing
 * about a pupil reaches a mailbox. Pure.
 */
export function digestTekst(o: { naam: string; datum: IsoDatum; regels: readonly DigestRegel[]; dienst: string; link?: string }): { onderwerp: string; tekst: string } {
  const verlopen = o.regels.filter((r) => r.werkdagen < 0).length;
  const onderwerp = `${o.dienst}: ${o.regels.length} ${o.regels.length === 1 ? 'termijn' : 'termijnen'} deze week${verlopen ? `, ${verlopen} verlopen` : ''}`;
  const regel = (r: DigestRegel) =>
    `- ${r.kenmerk}: ${r.termijn}, uiterlijk ${nl(r.vervaltOp)} (${r.werkdagen < 0 ? `${-r.werkdagen} ${r.werkdagen === -1 ? 'werkdag' : 'werkdagen'} verlopen` : r.werkdagen === 0 ? 'vandaag' : `nog ${r.werkdagen} ${r.werkdagen === 1 ? 'werkdag' : 'werkdagen'}`})`;
  const tekst = [
    `Beste ${o.naam},`,
    '',
    `Uw zaken met een termijn tot en met ${nl(o.regels.reduce((m, r) => (r.vervaltOp > m ? r.vervaltOp : m), o.datum))}, op ${nl(o.datum)}:`,
    '',
    ...o.regels.map(regel),
    '',
    o.link ? `Open ze in de werkvoorraad: ${o.link}` : 'Open ze in de werkvoorraad (Mijn termijnen deze week).',
    '',
    'Deze e-mail noemt alleen kenmerken; gegevens van leerlingen staan in de applicatie.',
  ].join('\n');
  return { onderwerp, tekst };
}

export interface DigestUitkomst {
  verzonden: number;
  alVerzonden: number;
  mislukt: number;
}

/**
 * Sends each person the digest of `datum`, each in a transaction of its own: the
 * "sent" row is written first and the mail sent before the commit, so a failed send
 * leaves no row (the next run tries again) and a second run of the day sends nothing.
 */
export async function verstuurDigests(
  ds: DataSource,
  schema: string,
  verzender: MailVerzender,
  datum: IsoDatum,
  ontvangers: readonly DigestOntvanger[],
  tekst: (o: DigestOntvanger) => { onderwerp: string; tekst: string },
): Promise<DigestUitkomst> {
  const uit: DigestUitkomst = { verzonden: 0, alVerzonden: 0, mislukt: 0 };
  for (const o of ontvangers) {
    if (o.regels.length === 0) continue;
    try {
      const nieuw = await ds.transaction(async (m: EntityManager) => {
        const rijen: unknown[] = await m.query(
          `INSERT INTO "${schema}".digest_verzonden (medewerker_id, datum, aantal) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING medewerker_id`,
          [o.medewerkerId, datum, o.regels.length],
        );
        if (rijen.length === 0) return false;
        await verzender.verzend({ aan: o.email, ...tekst(o) });
        return true;
      });
      if (nieuw) uit.verzonden++;
      else uit.alVerzonden++;
    } catch {
      uit.mislukt++;
    }
  }
  return uit;
}
