import { type EntityManager } from 'typeorm';
import { PostgresZaakRepository, type ZaakRepository, type ZaakSleutel, type ZaakWijziging } from '@pao/zaak';
import { type Arrangement } from '../domain';
import { ARRANGEMENT_FORMAAT } from './arrangement-schema';
import { PROJECTIE_KOLOMMEN } from './projectie';
import { SCHEMA } from './persistence';

/**
 * The arrangement table through the kit's jsonb adapter, plus two tables kept equal to
 * the state in the same transaction: the ledger (`oja.boeking`, append-only: new entries
 * are inserted, existing ones never touched — the database refuses UPDATE and DELETE)
 * and the pupils in arrangements (`oja.deelname`). Budgets and quarterly reports read
 * those tables, not the jsonb.
 */
export class ArrangementRepository implements ZaakRepository<Arrangement> {
  private readonly basis = new PostgresZaakRepository<Arrangement>(SCHEMA, 'arrangement', ARRANGEMENT_FORMAAT, PROJECTIE_KOLOMMEN);

  laadVoorWijziging(m: EntityManager, id: string, swv: string): Promise<Arrangement | undefined> {
    return this.basis.laadVoorWijziging(m, id, swv);
  }

  laadVoorWijzigingVeel(m: EntityManager, zaken: readonly ZaakSleutel[]): Promise<Map<string, Arrangement>> {
    return this.basis.laadVoorWijzigingVeel(m, zaken);
  }

  laad(m: EntityManager, id: string, swv: string): Promise<Arrangement | undefined> {
    return this.basis.laad(m, id, swv);
  }

  async voegToe(m: EntityManager, state: Arrangement, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    await this.basis.voegToe(m, state, projectie);
    await this.schrijfAfgeleid(m, state);
  }

  werkBij(m: EntityManager, state: Arrangement, vorigeVersie: number, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    return this.werkBijVeel(m, [{ state, vorigeVersie, projectie }]);
  }

  async werkBijVeel(m: EntityManager, wijzigingen: readonly ZaakWijziging<Arrangement>[]): Promise<void> {
    await this.basis.werkBijVeel(m, wijzigingen);
    for (const w of wijzigingen) await this.schrijfAfgeleid(m, w.state);
  }

  werkProjectieBij(m: EntityManager, id: string, projectie: Readonly<Record<string, unknown>>): Promise<void> {
    return this.basis.werkProjectieBij(m, id, projectie);
  }

  werkProjectieBijVeel(m: EntityManager, projecties: ReadonlyArray<{ readonly id: string; readonly projectie: Readonly<Record<string, unknown>> }>): Promise<void> {
    return this.basis.werkProjectieBijVeel(m, projecties);
  }

  swvVan(m: EntityManager, id: string): Promise<string | undefined> {
    return this.basis.swvVan(m, id);
  }

  swvVanVeel(m: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    return this.basis.swvVanVeel(m, ids);
  }

  private async schrijfAfgeleid(m: EntityManager, s: Arrangement): Promise<void> {
    if (s.boekingen.length > 0) {
      const b = s.boekingen;
      // Only the new entries: the domain only appends, and the table refuses changes.
      await m.query(
        `INSERT INTO oja.boeking (id, arrangement_id, swv, gemeente, toekenning_id, soort, betaler, budgetperiode, bedrag_cent, geboekt_op, periode_van, periode_tot)
         SELECT r.id, $1, $2, $3, r.toekenning_id, r.soort, r.betaler, r.budgetperiode, r.bedrag_cent, r.geboekt_op, r.periode_van, r.periode_tot
           FROM unnest($4::uuid[], $5::uuid[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::date[], $11::date[], $12::date[]) WITH ORDINALITY
                AS r (id, toekenning_id, soort, betaler, budgetperiode, bedrag_cent, geboekt_op, periode_van, periode_tot, n)
          WHERE NOT EXISTS (SELECT 1 FROM oja.boeking x WHERE x.id = r.id)
          ORDER BY r.n`,
        [
          s.id,
          s.swv,
          s.gemeente,
          b.map((x) => x.id),
          b.map((x) => x.toekenningId ?? null),
          b.map((x) => x.soort),
          b.map((x) => x.betaler),
          b.map((x) => x.budgetperiode),
          b.map((x) => x.bedragCent),
          b.map((x) => x.geboektOp),
          b.map((x) => x.periode?.van ?? null),
          b.map((x) => x.periode?.tot ?? null),
        ],
      );
    }
    if (s.deelnames.length > 0) {
      const d = s.deelnames;
      await m.query(
        `INSERT INTO oja.deelname (id, arrangement_id, swv, type_code, voorziening, gemeente, leerling_id, van, tot, resultaat, resultaat_op)
         SELECT r.id, $1, $2, $3, $4, r.gemeente, r.leerling_id, r.van, r.tot, r.resultaat, r.resultaat_op
           FROM unnest($5::uuid[], $6::text[], $7::uuid[], $8::date[], $9::date[], $10::text[], $11::date[]) AS r (id, gemeente, leerling_id, van, tot, resultaat, resultaat_op)
         ON CONFLICT (id) DO UPDATE SET tot = EXCLUDED.tot, resultaat = EXCLUDED.resultaat, resultaat_op = EXCLUDED.resultaat_op`,
        [
          s.id,
          s.swv,
          s.typeCode,
          s.voorziening,
          d.map((x) => x.id),
          d.map((x) => x.gemeente),
          d.map((x) => x.leerlingRef),
          d.map((x) => x.van),
          d.map((x) => x.tot ?? null),
          d.map((x) => x.resultaat ?? null),
          d.map((x) => x.resultaatOp ?? null),
        ],
      );
    }
  }
}
