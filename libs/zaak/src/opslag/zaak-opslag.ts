import { type EntityManager } from 'typeorm';
import { type z } from 'zod';

/** What every case state has: an opaque id, its SWV (tenant) and a version that grows by one per change. */
export interface ZaakState {
  readonly id: string;
  readonly swv: string;
  readonly versie: number;
}

/**
 * How the state is stored: its current format version and the zod schema that parses it
 * on load. A state stored in an older format is first brought up to date by `migreer`.
 */
export interface ZaakFormaat<S> {
  readonly versie: number;
  readonly schema: z.ZodType<S>;
  readonly migreer?: (state: unknown, vanVersie: number) => unknown;
}

/** The stored version moved on under us (should not happen under FOR UPDATE): the command is not applied. */
export class VersieConflict extends Error {
  constructor(readonly zaakId: string) {
    super(`zaak ${zaakId} is intussen gewijzigd`);
    this.name = 'VersieConflict';
  }
}

/** A stored state that no longer parses: a bug or a missing migration, never user input. */
export class OngeldigeOpslag extends Error {
  constructor(zaakId: string, formaat: number, melding: string) {
    super(`zaak ${zaakId} (formaat ${formaat}) voldoet niet aan het schema: ${melding}`);
    this.name = 'OngeldigeOpslag';
  }
}

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/** Port: what the pipeline needs from storage. */
export interface ZaakRepository<S extends ZaakState> {
  laadVoorWijziging(m: EntityManager, id: string, swv: string): Promise<S | undefined>;
  laad(m: EntityManager, id: string, swv: string): Promise<S | undefined>;
  /** `kenmerk` and `behandelaarId` only for a service that opted in to the dossier columns (zaakDossierSql). */
  voegToe(m: EntityManager, state: S, projectie: Readonly<Record<string, unknown>>, kenmerk?: string, behandelaarId?: string): Promise<void>;
  werkBij(m: EntityManager, state: S, vorigeVersie: number, projectie: Readonly<Record<string, unknown>>): Promise<void>;
  werkProjectieBij(m: EntityManager, id: string, projectie: Readonly<Record<string, unknown>>): Promise<void>;
  swvVan(m: EntityManager, id: string): Promise<string | undefined>;
  /** The case's kenmerk and behandelaar, within the SWV (dossier columns: zaakDossierSql). */
  kop?(m: EntityManager, id: string, swv: string): Promise<ZaakKop | undefined>;
  /** Sets the behandelaar; the old one, or undefined when the case is unknown in the SWV. */
  zetBehandelaar?(m: EntityManager, id: string, swv: string, behandelaarId: string | null): Promise<{ vorige: string | null } | undefined>;
}

export interface ZaakKop {
  /** Null for a case made before the service numbered its cases. */
  readonly kenmerk: string | null;
  readonly behandelaarId: string | null;
}

/**
 * The Postgres/jsonb adapter. Reads for a command lock the row (FOR UPDATE) so commands
 * on one case run one after the other; the version check on UPDATE is the second line
 * of defence. Every read is scoped to the SWV: another tenant's case does not exist.
 */
export class PostgresZaakRepository<S extends ZaakState> implements ZaakRepository<S> {
  private readonly tabel: string;

  constructor(
    schema: string,
    tabel: string,
    private readonly formaat: ZaakFormaat<S>,
    private readonly kolommen: readonly string[],
  ) {
    for (const naam of [schema, tabel, ...kolommen]) if (!IDENTIFIER.test(naam)) throw new Error(`ongeldige SQL-naam: ${naam}`);
    this.tabel = `"${schema}"."${tabel}"`;
  }

  async laadVoorWijziging(m: EntityManager, id: string, swv: string): Promise<S | undefined> {
    return this.eerste(await m.query(`SELECT id, formaat, state FROM ${this.tabel} WHERE id = $1 AND swv = $2 FOR UPDATE`, [id, swv]));
  }

  async laad(m: EntityManager, id: string, swv: string): Promise<S | undefined> {
    return this.eerste(await m.query(`SELECT id, formaat, state FROM ${this.tabel} WHERE id = $1 AND swv = $2`, [id, swv]));
  }

  async voegToe(m: EntityManager, state: S, projectie: Readonly<Record<string, unknown>>, kenmerk?: string, behandelaarId?: string): Promise<void> {
    const dossier = kenmerk === undefined ? [] : (['kenmerk', 'behandelaar_id'] as const);
    const namen = ['id', 'swv', 'versie', 'formaat', 'state', ...dossier, ...this.kolommen];
    const waarden = [state.id, state.swv, state.versie, this.formaat.versie, JSON.stringify(state), ...(kenmerk === undefined ? [] : [kenmerk, behandelaarId ?? null]), ...this.waarden(projectie)];
    await m.query(`INSERT INTO ${this.tabel} (${namen.join(', ')}) VALUES (${namen.map((_, i) => `$${i + 1}`).join(', ')})`, waarden);
  }

  async werkBij(m: EntityManager, state: S, vorigeVersie: number, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    const sets = this.kolommen.map((k, i) => `, ${k} = $${i + 6}`).join('');
    const [, aantal]: [unknown[], number] = await m.query(
      `UPDATE ${this.tabel} SET versie = $3, formaat = $4, state = $5${sets}, bijgewerkt_op = now() WHERE id = $1 AND versie = $2`,
      [state.id, vorigeVersie, state.versie, this.formaat.versie, JSON.stringify(state), ...this.waarden(projectie)],
    );
    if (aantal !== 1) throw new VersieConflict(state.id);
  }

  async werkProjectieBij(m: EntityManager, id: string, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    if (this.kolommen.length === 0) return;
    const sets = this.kolommen.map((k, i) => `${k} = $${i + 2}`).join(', ');
    await m.query(`UPDATE ${this.tabel} SET ${sets}, bijgewerkt_op = now() WHERE id = $1`, [id, ...this.waarden(projectie)]);
  }

  async swvVan(m: EntityManager, id: string): Promise<string | undefined> {
    const rijen: Array<{ swv: string }> = await m.query(`SELECT swv FROM ${this.tabel} WHERE id = $1`, [id]);
    return rijen[0]?.swv;
  }

  async kop(m: EntityManager, id: string, swv: string): Promise<ZaakKop | undefined> {
    const rijen: ZaakKop[] = await m.query(`SELECT kenmerk, behandelaar_id AS "behandelaarId" FROM ${this.tabel} WHERE id = $1 AND swv = $2`, [id, swv]);
    return rijen[0];
  }

  async zetBehandelaar(m: EntityManager, id: string, swv: string, behandelaarId: string | null): Promise<{ vorige: string | null } | undefined> {
    const rijen: Array<{ vorige: string | null }> = await m.query(`SELECT behandelaar_id AS vorige FROM ${this.tabel} WHERE id = $1 AND swv = $2 FOR UPDATE`, [id, swv]);
    if (!rijen[0]) return undefined;
    await m.query(`UPDATE ${this.tabel} SET behandelaar_id = $2 WHERE id = $1`, [id, behandelaarId]);
    return rijen[0];
  }

  /** Parses a stored state, migrating an older format first. */
  parse(id: string, formaat: number, ruw: unknown): S {
    const bijgewerkt = formaat < this.formaat.versie && this.formaat.migreer ? this.formaat.migreer(ruw, formaat) : ruw;
    if (formaat > this.formaat.versie) throw new OngeldigeOpslag(id, formaat, 'nieuwer formaat dan deze code kent');
    const uitkomst = this.formaat.schema.safeParse(bijgewerkt);
    if (!uitkomst.success) throw new OngeldigeOpslag(id, formaat, uitkomst.error.issues.map((i) => i.path.join('.') || '(root)').join(', '));
    return uitkomst.data;
  }

  private eerste(rijen: Array<{ id: string; formaat: number; state: unknown }>): S | undefined {
    const rij = rijen[0];
    return rij && this.parse(rij.id, rij.formaat, rij.state);
  }

  private waarden(projectie: Readonly<Record<string, unknown>>): unknown[] {
    return this.kolommen.map((k) => {
      if (!(k in projectie)) throw new Error(`projectie mist kolom ${k}`);
      return projectie[k] ?? null;
    });
  }
}
