import { deadlineTablesSql } from '@pao/deadlines';
import { messagingTablesSql } from '@pao/messaging';
import { auditTablesSql } from '@pao/platform';
import { leerlingTabelSql, zaakTabelSql } from '@pao/zaak';
import { type MigrationInterface, type QueryRunner } from 'typeorm';
import { CASUS_KOLOMMEN_SQL, VERGADERING_KOLOMMEN_SQL } from '../projectie';

/**
 * The thuiszitters schema: the casus (state as jsonb plus the columns the werkvoorraad,
 * the Actietafel agenda and the figures use), Actietafel meetings, pupils' identifiers
 * kept apart, the school register with expertise profiles, audit, access log, outbox,
 * inbox and the deadline engine's rows.
 */
export class ThuiszittersSchema1765000000000 implements MigrationInterface {
  name = 'ThuiszittersSchema1765000000000';

  async up(q: QueryRunner): Promise<void> {
    for (const sql of leerlingTabelSql('thuiszitters')) await q.query(sql);
    for (const sql of zaakTabelSql('thuiszitters', 'casus', CASUS_KOLOMMEN_SQL)) await q.query(sql);
    // Werkvoorraad: open cases of one SWV, longest at home first, then nearest deadline.
    await q.query(`CREATE INDEX casus_werkvoorraad_thuis ON thuiszitters.casus (swv, thuis_sinds NULLS LAST, volgende_termijn_op NULLS LAST, id) WHERE open`);
    await q.query(`CREATE INDEX casus_werkvoorraad_termijn ON thuiszitters.casus (swv, volgende_termijn_op NULLS LAST, thuis_sinds NULLS LAST, id) WHERE open`);
    // Each werkvoorraad filter has an index in both orders, so a page never sorts or filters thousands of rows.
    for (const kolom of ['status', 'niveau', 'school_id', 'soort']) {
      await q.query(`CREATE INDEX casus_werkvoorraad_${kolom} ON thuiszitters.casus (swv, ${kolom}, thuis_sinds NULLS LAST, volgende_termijn_op NULLS LAST, id) WHERE open`);
      await q.query(`CREATE INDEX casus_werkvoorraad_${kolom}_termijn ON thuiszitters.casus (swv, ${kolom}, volgende_termijn_op NULLS LAST, thuis_sinds NULLS LAST, id) WHERE open`);
    }
    await q.query(`CREATE INDEX casus_werkvoorraad_aandacht ON thuiszitters.casus (swv, thuis_sinds NULLS LAST, volgende_termijn_op NULLS LAST, id) WHERE open AND aandacht`);
    await q.query(`CREATE INDEX casus_werkvoorraad_aandacht_termijn ON thuiszitters.casus (swv, volgende_termijn_op NULLS LAST, thuis_sinds NULLS LAST, id) WHERE open AND aandacht`);
    // The Actietafel: the agenda (cases at the table) and what it may see at all.
    await q.query(`CREATE INDEX casus_agenda ON thuiszitters.casus (swv, thuis_sinds NULLS LAST, id) WHERE aan_tafel`);
    await q.query(`CREATE INDEX casus_actietafel ON thuiszitters.casus (swv, thuis_sinds NULLS LAST, volgende_termijn_op NULLS LAST, id) WHERE open AND actietafel_sinds IS NOT NULL`);
    await q.query(`CREATE INDEX casus_actietafel_termijn ON thuiszitters.casus (swv, volgende_termijn_op NULLS LAST, thuis_sinds NULLS LAST, id) WHERE open AND actietafel_sinds IS NOT NULL`);
    // The Actietafel's filters too: the planner cannot know that few cases at the table are, say, at the Steunpunt,
    // and would otherwise walk all of them (bench: p99 ~100 ms for an Actietafel filter that matches nothing).
    for (const kolom of ['status', 'niveau', 'soort']) {
      await q.query(`CREATE INDEX casus_actietafel_${kolom} ON thuiszitters.casus (swv, ${kolom}, thuis_sinds NULLS LAST, volgende_termijn_op NULLS LAST, id) WHERE open AND actietafel_sinds IS NOT NULL`);
      await q.query(`CREATE INDEX casus_actietafel_${kolom}_termijn ON thuiszitters.casus (swv, ${kolom}, volgende_termijn_op NULLS LAST, thuis_sinds NULLS LAST, id) WHERE open AND actietafel_sinds IS NOT NULL`);
    }
    await q.query(`CREATE INDEX casus_besproken_in ON thuiszitters.casus USING gin (besproken_in)`);
    await q.query(`CREATE INDEX casus_leerling ON thuiszitters.casus (leerling_id)`);
    // Figures: by SWV and the dates the quarter filters on.
    await q.query(`CREATE INDEX casus_figuren ON thuiszitters.casus (swv, soort, thuiszitter_sinds, afgesloten_op)`);
    // A signal from another service's case opens one casus, however often the event comes.
    await q.query(`CREATE UNIQUE INDEX casus_bron ON thuiszitters.casus (swv, bron, bron_id) WHERE bron IS NOT NULL`);

    for (const sql of zaakTabelSql('thuiszitters', 'vergadering', VERGADERING_KOLOMMEN_SQL)) await q.query(sql);
    await q.query(`CREATE INDEX vergadering_datum ON thuiszitters.vergadering (swv, datum)`);

    // The school register of each SWV, with the expertise (SOP) a crisis placement is searched on.
    await q.query(`CREATE TABLE thuiszitters.school (
      id uuid PRIMARY KEY,
      swv text NOT NULL,
      brin text NOT NULL,
      naam text NOT NULL,
      soort text NOT NULL,
      bevoegd_gezag_id uuid NOT NULL,
      bevoegd_gezag_naam text NOT NULL,
      expertise text[] NOT NULL DEFAULT '{}',
      UNIQUE (swv, brin)
    )`);
    await q.query(`CREATE INDEX school_expertise ON thuiszitters.school USING gin (expertise)`);

    for (const sql of auditTablesSql('thuiszitters')) await q.query(sql);
    for (const sql of messagingTablesSql('thuiszitters')) await q.query(sql);
    for (const sql of deadlineTablesSql('thuiszitters')) await q.query(sql);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE thuiszitters.recurring_occurrence, thuiszitters.recurring_moment, thuiszitters.deadline_warning, thuiszitters.deadline`);
    await q.query(`DROP TABLE thuiszitters.inbox, thuiszitters.outbox, thuiszitters.toegangslog, thuiszitters.audit_trail`);
    await q.query(`DROP TABLE thuiszitters.school, thuiszitters.vergadering, thuiszitters.casus, thuiszitters.leerling`);
  }
}
