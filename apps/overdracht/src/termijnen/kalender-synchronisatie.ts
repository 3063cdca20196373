import { type ArmInput, type DeadlineScheduler } from '@pao/deadlines';
import { naCommit, TermijnSynchronisatie, vervaltMoment, waarschuwingenVan, type TermijnIntentie, type TermijnSoorten, type ZaakTermijnen } from '@pao/zaak';
import { type EntityManager } from 'typeorm';
import { kalenderSleutel } from './kalender-sleutel';

/**
 * Keeps the calendar dates that cases declare armed on the deadline engine: one row per
 * date (key), armed once, whoever declares it first. A case that stops declaring a date
 * cancels nothing (others may still need it); when the date passes, only the cases that
 * still declare it are acted on. A key whose row already fired is armed again when a new
 * case declares it (an import after the date): it fires at once for that case.
 */
export class KalenderSynchronisatie extends TermijnSynchronisatie {
  constructor(
    private readonly motor: DeadlineScheduler,
    schema: string,
    private readonly kalenderSoorten: TermijnSoorten,
  ) {
    super(motor, schema, kalenderSoorten);
  }

  override async synchroniseer(m: EntityManager, _onderwerpId: string, intenties: readonly TermijnIntentie[]): Promise<void> {
    await this.synchroniseerVeel(m, intenties);
  }

  /** A batch of commands: the dates all its cases declare, in one statement. */
  override async synchroniseerZaken(m: EntityManager, zaken: readonly ZaakTermijnen[]): Promise<void> {
    await this.synchroniseerVeel(m, zaken.flatMap((z) => z.intenties));
  }

  /** The dates of many cases at once (an import): one statement, however many cases. */
  async synchroniseerVeel(m: EntityManager, intenties: readonly TermijnIntentie[]): Promise<void> {
    const perSleutel = new Map<string, TermijnIntentie>();
    for (const t of intenties) perSleutel.set(kalenderSleutel(t), t);
    if (perSleutel.size === 0) return;
    const invoer: ArmInput[] = [...perSleutel].map(([sleutel, t]) => ({
      kind: t.soort,
      subjectId: sleutel,
      dueAt: vervaltMoment(this.kalenderSoorten, t),
      ruleVersion: t.regelVersie,
      warnings: waarschuwingenVan(this.kalenderSoorten, t),
    }));
    const gewapend = await this.motor.armMany(m, invoer);
    if (gewapend.length > 0) naCommit(m, async () => void (await this.motor.wake(...gewapend)));
  }
}
