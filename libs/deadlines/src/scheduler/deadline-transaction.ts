import type { EntityManager } from 'typeorm';
import type { DeadlineStore } from './deadline-store';
import type { ArmInput, ArmResult, CancelResult, DeadlineRecord, RescheduleChange, RescheduleInput, RescheduleResult, WakeUpPlan } from './types';

/** Deadline operations bound to one transaction; their wake-ups are collected for after its commit. */
export class DeadlineTransaction {
  constructor(
    private readonly store: DeadlineStore,
    readonly manager: EntityManager,
    private readonly plans: WakeUpPlan[],
  ) {}

  async arm(input: ArmInput): Promise<ArmResult> {
    const [r] = await this.store.armMany(this.manager, [input]);
    this.plans.push(r.wakeUp);
    return r;
  }

  async armMany(inputs: readonly ArmInput[]): Promise<ArmResult[]> {
    return this.collect(await this.store.armMany(this.manager, inputs));
  }

  async reschedule(id: string, input: RescheduleInput): Promise<RescheduleResult> {
    const [r] = await this.store.rescheduleMany(this.manager, [{ ...input, id }]);
    this.plans.push(r.wakeUp);
    return r;
  }

  async rescheduleMany(changes: readonly RescheduleChange[]): Promise<RescheduleResult[]> {
    return this.collect(await this.store.rescheduleMany(this.manager, changes));
  }

  async cancel(id: string): Promise<CancelResult> {
    const [r] = await this.store.cancelMany(this.manager, [id]);
    this.plans.push(r.wakeUp);
    return r;
  }

  async cancelMany(ids: readonly string[]): Promise<CancelResult[]> {
    return this.collect(await this.store.cancelMany(this.manager, ids));
  }

  findArmed(kind: string, subjectId: string): Promise<DeadlineRecord | undefined> {
    return this.store.findArmed(this.manager, kind, subjectId);
  }

  private collect<R extends { readonly wakeUp: WakeUpPlan }>(results: R[]): R[] {
    for (const r of results) this.plans.push(r.wakeUp);
    return results;
  }
}
