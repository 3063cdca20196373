import { randomUUID } from 'node:crypto';
import { ProblemError } from '@pao/platform';
import type { Request } from 'express';
import { type EntityManager } from 'typeorm';
import { z } from 'zod';
import { type LeerlingSleutels } from '../leerling/leerling-sleutels';
import { herkenBestandstype, TOEGESTANE_BESTANDEN } from './bestandstype';

/**
 * Documents of a case (OPP, TLO-verslag, advies, besluitbrief): encrypted contents and
 * file names (a file name may hold the pupil's name), one row per version, attached to a
 * part of the case (onderdeel). The contents never leave this table in the clear but
 * through `lees`, which the service calls for roles that may read the case.
 */
export function documentTabelSql(schema: string): string[] {
  return [
    `CREATE TABLE "${schema}".document (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      zaak_id uuid NOT NULL,
      onderdeel text NOT NULL CHECK (onderdeel ~ '^[a-z][a-z-]{0,39}$'),
      soort text NOT NULL CHECK (soort ~ '^[a-z][a-z-]{0,39}$'),
      laatste_versie integer NOT NULL,
      aangemaakt_op timestamptz NOT NULL DEFAULT now()
    )`,
    `CREATE INDEX document_zaak ON "${schema}".document (zaak_id, aangemaakt_op)`,
    `CREATE TABLE "${schema}".document_versie (
      document_id uuid NOT NULL REFERENCES "${schema}".document (id) ON DELETE CASCADE,
      versie integer NOT NULL,
      bestandsnaam_versleuteld text NOT NULL,
      inhoudstype text NOT NULL,
      grootte integer NOT NULL,
      inhoud bytea NOT NULL,
      toegevoegd_door text NOT NULL,
      toegevoegd_op timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (document_id, versie)
    )`,
  ];
}

export interface NieuwDocument {
  readonly swv: string;
  readonly zaakId: string;
  readonly onderdeel: string;
  readonly soort: string;
  readonly bestandsnaam: string;
  readonly inhoud: Buffer;
  /** Who adds it (actor id). */
  readonly door: string;
  /** A new version of this document (of the same case). */
  readonly documentId?: string;
  /** The service's own documents (a generated letter) are not held to the upload limit. */
  readonly gemaakt?: boolean;
}

/** A document of a case (its latest version, or the one just added), as the API answers it. */
export const DocumentInfoAntwoord = z.object({
  id: z.uuid(),
  onderdeel: z.string(),
  soort: z.string(),
  versie: z.number().int().min(1),
  bestandsnaam: z.string(),
  inhoudstype: z.string().describe('Het type zoals de inhoud het toont (application/pdf, …)'),
  grootte: z.number().int().describe('Bytes'),
  toegevoegdOp: z.iso.datetime(),
  toegevoegdDoor: z.string().describe('Id van de medewerker'),
});
export type DocumentInfo = z.output<typeof DocumentInfoAntwoord>;

export const STANDAARD_MAX_BYTES = 10 * 1024 * 1024;

const megabytes = (n: number) => `${Math.round((n / 1024 / 1024) * 10) / 10} MB`.replace('.', ',');

/** The raw request body (a file), read up to `max` bytes: beyond it 413 with a clear message, nothing kept. */
export async function leesBestand(req: Request, max = STANDAARD_MAX_BYTES): Promise<Buffer> {
  const delen: Buffer[] = [];
  let grootte = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    grootte += deel.length;
    // Past the limit nothing is kept; the rest is read and dropped so the answer reaches the
    // client (up to a hard cap, then the connection is cut).
    if (grootte > max * 4 + 1_048_576) {
      req.destroy();
      break;
    }
    if (grootte <= max) delen.push(deel);
  }
  if (grootte > max) {
    throw new ProblemError('payloadTooLarge', `Het bestand is groter dan ${megabytes(max)}. Verklein het (bijvoorbeeld door het als PDF op te slaan) en probeer het opnieuw.`, { maxBytes: max });
  }
  return Buffer.concat(delen);
}

/** A file name from the `x-bestandsnaam` header (URI-encoded), reduced to its last path part and safe characters. */
export function bestandsnaamUit(header: string | undefined, extensie: string): string {
  let naam = '';
  try {
    naam = decodeURIComponent(header ?? '');
  } catch {
    naam = '';
  }
  naam = [...naam.split(/[\\/]/).pop()!]
    .filter((c) => c.charCodeAt(0) >= 0x20 && !'"<>|:*?'.includes(c))
    .join('')
    .trim()
    .slice(0, 150);
  if (!naam) naam = `document.${extensie}`;
  return naam.toLowerCase().endsWith(`.${extensie}`) || (extensie === 'jpg' && /\.jpe?g$/i.test(naam)) ? naam : `${naam.replace(/\.[^.]*$/, '')}.${extensie}`;
}

export class Documenten {
  private readonly document: string;
  private readonly versie: string;

  constructor(
    schema: string,
    private readonly sleutels: LeerlingSleutels,
    readonly maxBytes = STANDAARD_MAX_BYTES,
  ) {
    if (!/^[a-z_][a-z0-9_]*$/.test(schema)) throw new Error(`ongeldige schemanaam: ${schema}`);
    this.document = `"${schema}".document`;
    this.versie = `"${schema}".document_versie`;
  }

  /**
   * Stores a document or a new version of one, in the caller's transaction: its type
   * checked by its bytes (415 otherwise), its size (413), contents and name encrypted.
   */
  async voegToe(m: EntityManager, d: NieuwDocument): Promise<DocumentInfo> {
    if (!d.gemaakt && d.inhoud.length > this.maxBytes) throw new ProblemError('payloadTooLarge', `Het bestand is groter dan ${megabytes(this.maxBytes)}.`, { maxBytes: this.maxBytes });
    if (d.inhoud.length === 0) throw new ProblemError('validation', 'Het bestand is leeg', { errors: [{ field: 'bestand', message: 'is leeg' }] });
    const type = herkenBestandstype(d.inhoud);
    if (!type) throw new ProblemError('unsupportedMediaType', `Dit bestand kan niet worden opgeslagen: alleen ${TOEGESTANE_BESTANDEN} (gecontroleerd op de inhoud, niet op de naam).`);
    const bestandsnaam = bestandsnaamUit(d.bestandsnaam, type.extensie);
    let id = d.documentId;
    let versie = 1;
    if (id) {
      const [rij]: Array<{ laatste_versie: number }> = await m.query(`SELECT laatste_versie FROM ${this.document} WHERE id = $1 AND zaak_id = $2 AND swv = $3 FOR UPDATE`, [id, d.zaakId, d.swv]);
      if (!rij) throw new ProblemError('notFound', 'Document niet gevonden');
      versie = rij.laatste_versie + 1;
      await m.query(`UPDATE ${this.document} SET laatste_versie = $2 WHERE id = $1`, [id, versie]);
    } else {
      id = randomUUID();
      await m.query(`INSERT INTO ${this.document} (id, swv, zaak_id, onderdeel, soort, laatste_versie) VALUES ($1, $2, $3, $4, $5, 1)`, [id, d.swv, d.zaakId, d.onderdeel, d.soort]);
    }
    const [{ toegevoegd_op }]: Array<{ toegevoegd_op: Date }> = await m.query(
      `INSERT INTO ${this.versie} (document_id, versie, bestandsnaam_versleuteld, inhoudstype, grootte, inhoud, toegevoegd_door)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING toegevoegd_op`,
      [id, versie, this.sleutels.versleutelBestandsnaam(bestandsnaam), type.inhoudstype, d.inhoud.length, this.sleutels.versleutelDocument(d.inhoud), d.door],
    );
    return { id, onderdeel: d.onderdeel, soort: d.soort, versie, bestandsnaam, inhoudstype: type.inhoudstype, grootte: d.inhoud.length, toegevoegdOp: toegevoegd_op.toISOString(), toegevoegdDoor: d.door };
  }

  /** The documents of a case (latest version each), with their file names: for roles that may read the case. */
  async lijst(m: EntityManager, swv: string, zaakId: string): Promise<DocumentInfo[]> {
    const rijen: Array<{ id: string; onderdeel: string; soort: string; versie: number; naam: string; inhoudstype: string; grootte: number; toegevoegd_op: Date; toegevoegd_door: string }> = await m.query(
      `SELECT d.id, d.onderdeel, d.soort, v.versie, v.bestandsnaam_versleuteld AS naam, v.inhoudstype, v.grootte, v.toegevoegd_op, v.toegevoegd_door
       FROM ${this.document} d JOIN ${this.versie} v ON v.document_id = d.id AND v.versie = d.laatste_versie
       WHERE d.zaak_id = $1 AND d.swv = $2 ORDER BY d.aangemaakt_op, d.id`,
      [zaakId, swv],
    );
    return rijen.map((r) => ({
      id: r.id,
      onderdeel: r.onderdeel,
      soort: r.soort,
      versie: r.versie,
      bestandsnaam: this.sleutels.ontsleutelBestandsnaam(r.naam),
      inhoudstype: r.inhoudstype,
      grootte: r.grootte,
      toegevoegdOp: r.toegevoegd_op.toISOString(),
      toegevoegdDoor: r.toegevoegd_door,
    }));
  }

  /** One version (default the latest) of a document of the case, decrypted; undefined when unknown in the SWV. */
  async lees(m: EntityManager, swv: string, zaakId: string, documentId: string, versie?: number): Promise<{ info: DocumentInfo; inhoud: Buffer } | undefined> {
    const [r]: Array<{ onderdeel: string; soort: string; versie: number; naam: string; inhoudstype: string; grootte: number; inhoud: Buffer; toegevoegd_op: Date; toegevoegd_door: string }> = await m.query(
      `SELECT d.onderdeel, d.soort, v.versie, v.bestandsnaam_versleuteld AS naam, v.inhoudstype, v.grootte, v.inhoud, v.toegevoegd_op, v.toegevoegd_door
       FROM ${this.document} d JOIN ${this.versie} v ON v.document_id = d.id AND v.versie = coalesce($4, d.laatste_versie)
       WHERE d.id = $1 AND d.zaak_id = $2 AND d.swv = $3`,
      [documentId, zaakId, swv, versie ?? null],
    );
    if (!r) return undefined;
    return {
      info: { id: documentId, onderdeel: r.onderdeel, soort: r.soort, versie: r.versie, bestandsnaam: this.sleutels.ontsleutelBestandsnaam(r.naam), inhoudstype: r.inhoudstype, grootte: r.grootte, toegevoegdOp: r.toegevoegd_op.toISOString(), toegevoegdDoor: r.toegevoegd_door },
      inhoud: this.sleutels.ontsleutelDocument(r.inhoud),
    };
  }

  /**
   * Re-encrypts every version of a document that is not on the current key (key rotation,
   * scripts/rekey-pupil-numbers.ts), in the caller's transaction; 'current' when none was.
   */
  async herversleutel(m: EntityManager, documentId: string): Promise<'rekeyed' | 'current'> {
    const versies: Array<{ versie: number; naam: string; inhoud: Buffer }> = await m.query(
      `SELECT versie, bestandsnaam_versleuteld AS naam, inhoud FROM ${this.versie} WHERE document_id = $1 ORDER BY versie FOR UPDATE`,
      [documentId],
    );
    let gewijzigd = false;
    for (const v of versies) {
      if (this.sleutels.documentActueel(v.inhoud, v.naam)) continue;
      await m.query(`UPDATE ${this.versie} SET bestandsnaam_versleuteld = $3, inhoud = $4 WHERE document_id = $1 AND versie = $2`, [
        documentId,
        v.versie,
        this.sleutels.versleutelBestandsnaam(this.sleutels.ontsleutelBestandsnaam(v.naam)),
        this.sleutels.versleutelDocument(this.sleutels.ontsleutelDocument(v.inhoud)),
      ]);
      gewijzigd = true;
    }
    return gewijzigd ? 'rekeyed' : 'current';
  }
}

/** `Content-Disposition` for a download: the name as attachment, ASCII fallback plus UTF-8 (RFC 6266). */
export function inhoudBijlage(bestandsnaam: string): string {
  const ascii = bestandsnaam.normalize('NFD').replace(/[^\x20-\x7e]/g, '').replace(/["\\]/g, '') || 'document';
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(bestandsnaam)}`;
}
