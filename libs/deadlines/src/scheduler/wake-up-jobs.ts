import { TZDate } from '@date-fns/tz';
import { AMSTERDAM } from '@pao/kalender';
import { subDays } from 'date-fns';
import type { WakeUpJob, WakeUpPlan, WarningLead } from './types';

/** ISO 8601 duration label of a lead time, also part of the warning job id: 'P7D', 'PT2H', 'P1DT30M'. */
export function leadLabel(lead: WarningLead): string {
  const { days = 0, hours = 0, minutes = 0 } = lead;
  for (const n of [days, hours, minutes]) if (!Number.isInteger(n) || n < 0) throw new RangeError(`invalid warning lead: ${JSON.stringify(lead)}`);
  if (days + hours + minutes === 0) throw new RangeError('a warning lead must be positive');
  const time = `${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}`;
  return `P${days ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/** The warning moment: `days` back on the Amsterdam calendar (DST-safe), then hours/minutes back. */
export function warningMoment(dueAt: Date, lead: WarningLead): Date {
  const byDays = lead.days ? subDays(new TZDate(dueAt.getTime(), AMSTERDAM), lead.days).getTime() : dueAt.getTime();
  return new Date(byDays - 60_000 * (60 * (lead.hours ?? 0) + (lead.minutes ?? 0)));
}

// Job ids are deterministic (a re-add of the same wake-up is deduplicated) and contain no ':'.
export const deadlineJobId = (id: string, generation: number) => `dl-${id}-${generation}`;
export const warningJobId = (id: string, generation: number, lead: string) => `dw-${id}-${generation}-${lead}`;
export const recurringSchedulerId = (name: string) => `rc-${name}`;

export const EMPTY_PLAN: WakeUpPlan = { add: [], remove: [] };

/** The wake-up of a deadline generation. Job data holds ids only. */
export function deadlineJob(d: { id: string; generation: number; dueAt: Date }): WakeUpJob {
  return { name: 'dl', jobId: deadlineJobId(d.id, d.generation), data: { id: d.id, g: d.generation }, at: d.dueAt };
}

export function warningJob(id: string, generation: number, lead: string, at: Date): WakeUpJob {
  return { name: 'dw', jobId: warningJobId(id, generation, lead), data: { id, g: generation, l: lead }, at };
}

/** The jobs of a generation that is no longer current: its deadline job and the warnings it still had armed. */
export function supersededJobIds(id: string, generation: number, armedLeads: readonly string[]): string[] {
  return [deadlineJobId(id, generation), ...armedLeads.map((lead) => warningJobId(id, generation, lead))];
}
