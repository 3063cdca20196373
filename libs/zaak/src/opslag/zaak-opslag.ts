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

/** A case as a command addresses it: its id within an SWV. */
export interface ZaakSleutel {
  readonly id: string;
  readonly swv: string;
}

/** A changed state to store: the version it was loaded with (the check) and its projection. */
export interface ZaakWijziging<S> {
  readonly state: S;
  readonly vorigeVersie: number;
  readonly projectie: Readonly<Record<string, unknown>>;
}

/**
 * Port: what the pipeline needs from storage. The `…Veel` forms are what the pipeline
 * uses (a command is a batch of one); the single forms are for callers outside it.
 */
export interface ZaakRepository<S extends ZaakState> {
  laadVoorWijziging(m: EntityManager, id: string, swv: string): Promise<S | undefined>;
  /** The states of these cases, locked in id order (commands on one case run one after the other); absent ones are left out. */
  laadVoorWijzigingVeel(m: EntityManager, zaken: readonly ZaakSleutel[]): Promise<Map<string, S>>;
  laad(m: EntityManager, id: string, swv: string): Promise<S | undefined>;
  /** `kenmerk` and `behandelaarId` only for a service that opted in to the dossier columns (zaakDossierSql). */
  voegToe(m: EntityManager, state: S, projectie: Readonly<Record<string, unknown>>, kenmerk?: string, behandelaarId?: string): Promise<void>;
  werkBij(m: EntityManager, state: S, vorigeVersie: number, projectie: Readonly<Record<string, unknown>>): Promise<void>;
  /** Stores all changes, or throws VersieConflict when one case's version moved on. */
  werkBijVeel(m: EntityManager, wijzigingen: readonly ZaakWijziging<S>[]): Promise<void>;
  werkProjectieBij(m: EntityManager, id: string, projectie: Readonly<Record<string, unknown>>): Promise<void>;
  werkProjectieBijVeel(m: EntityManager, projecties: ReadonlyArray<{ readonly id: string; readonly projectie: Readonly<Record<string, unknown>> }>): Promise<void>;
  swvVan(m: EntityManager, id: string): Promise<string | undefined>;
  /** id → SWV of those of these ids that are cases of this table. */
  swvVanVeel(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>>;
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
    return (await this.laadVoorWijzigingVeel(m, [{ id, swv }])).get(id);
  }

  async laadVoorWijzigingVeel(m: EntityManager, zaken: readonly ZaakSleutel[]): Promise<Map<string, S>> {
    if (zaken.length === 0) return new Map();
    // Locks in id order: two batches over overlapping cases wait for each other instead of deadlocking.
    const rijen: Array<{ id: string; swv: string; formaat: number; state: unknown }> = await m.query(
      `SELECT id, swv, formaat, state FROM ${this.tabel} WHERE id = ANY($1) AND swv = ANY($2) ORDER BY id FOR UPDATE`,
      [zaken.map((z) => z.id), [...new Set(zaken.map((z) => z.swv))]],
    );
    const gevraagd = new Map(zaken.map((z) => [z.id, z.swv]));
    // Another SWV's case does not exist (a batch of several SWVs may have locked it in passing).
    return new Map(rijen.filter((r) => gevraagd.get(r.id) === r.swv).map((r) => [r.id, this.parse(r.id, r.formaat, r.state)]));
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
    await this.werkBijVeel(m, [{ state, vorigeVersie, projectie }]);
  }

  async werkBijVeel(m: EntityManager, wijzigingen: readonly ZaakWijziging<S>[]): Promise<void> {
    if (wijzigingen.length === 0) return;
    // One statement for all: the rows as JSON, typed by the table's own row type.
    const sets = this.kolommen.map((k) => `, ${k} = v.${k}`).join('');
    const rijen = wijzigingen.map((w) => ({ id: w.state.id, versie: w.state.versie, formaat: this.formaat.versie, state: w.state, ...this.rij(w.projectie) }));
    const vorige = Object.fromEntries(wijzigingen.map((w) => [w.state.id, w.vorigeVersie]));
    const bijgewerkt: Array<{ id: string }> = await m.query(
      `UPDATE ${this.tabel} AS t SET versie = v.versie, formaat = v.formaat, state = v.state${sets}, bijgewerkt_op = now()
         FROM jsonb_populate_recordset(NULL::${this.tabel}, $1::jsonb) AS v
        WHERE t.id = v.id AND t.versie = ($2::jsonb ->> v.id::text)::int
        RETURNING t.id`,
      [JSON.stringify(rijen), JSON.stringify(vorige)],
    ).then(([r]: [Array<{ id: string }>, number]) => r);
    if (bijgewerkt.length !== wijzigingen.length) {
      const gedaan = new Set(bijgewerkt.map((r) => String(r.id)));
      throw new VersieConflict(wijzigingen.find((w) => !gedaan.has(w.state.id))?.state.id ?? wijzigingen[0].state.id);
    }
  }

  async werkProjectieBij(m: EntityManager, id: string, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    await this.werkProjectieBijVeel(m, [{ id, projectie }]);
  }

  async werkProjectieBijVeel(m: EntityManager, projecties: ReadonlyArray<{ readonly id: string; readonly projectie: Readonly<Record<string, unknown>> }>): Promise<void> {
    if (this.kolommen.length === 0 || projecties.length === 0) return;
    const sets = this.kolommen.map((k) => `${k} = v.${k}`).join(', ');
    await m.query(
      `UPDATE ${this.tabel} AS t SET ${sets}, bijgewerkt_op = now() FROM jsonb_populate_recordset(NULL::${this.tabel}, $1::jsonb) AS v WHERE t.id = v.id`,
      [JSON.stringify(projecties.map((p) => ({ id: p.id, ...this.rij(p.projectie) })))],
    );
  }

  async swvVan(m: EntityManager, id: string): Promise<string | undefined> {
    return (await this.swvVanVeel(m, [id])).get(id);
  }

  async swvVanVeel(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rijen: Array<{ id: string; swv: string }> = await m.query(`SELECT id, swv FROM ${this.tabel} WHERE id = ANY($1)`, [ids]);
    return new Map(rijen.map((r) => [String(r.id), r.swv]));
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

  /** The projection columns as a JSON row (null where the projection has no value). */
  private rij(projectie: Readonly<Record<string, unknown>>): Record<string, unknown> {
    const waarden = this.waarden(projectie);
    return Object.fromEntries(this.kolommen.map((k, i) => [k, waarden[i]]));
  }

  private waarden(projectie: Readonly<Record<string, unknown>>): unknown[] {
    return this.kolommen.map((k) => {
      if (!(k in projectie)) throw new Error(`projectie mist kolom ${k}`);
      return projectie[k] ?? null;
    });
  }
}
