import { createEvent, deterministicUuid } from '@pao/contracts';
import { type EventMapping } from '@pao/zaak';
import { startSchooljaar, type Overdracht, type OverdrachtEvent } from '../domain';

/**
 * What the events need besides the state: the woongemeente from the pupil register and,
 * for a case that ended not started, the SWV its receiving school belongs to (school
 * register; null for an MBO institution, which is in no SWV).
 */
export interface EventContext {
  readonly gemeente: string;
  readonly ontvangendeSwv?: string | null;
}

/**
 * Where a pupil who did not start belongs (ADR 0034): placed, the pupil is enrolled at the
 * receiving school, so the melding goes to that school's SWV (a PO→VO pupil is a VO pupil);
 * an MBO institution has no SWV (null: leerplicht or the RMC of the gemeente acts); never
 * placed, the pupil is still enrolled at the sending school (a leerplichtige pupil is only
 * deregistered once another school enrolled him, Leerplichtwet 1969 art. 18), its SWV.
 */
export function swvNaOverstap(s: Overdracht, ontvangendeSchoolId: string | null, ontvangendeSwv: string | null | undefined): string | null {
  if (ontvangendeSchoolId === null || ontvangendeSwv === undefined) return s.swv;
  return ontvangendeSwv;
}

/**
 * Domain events → catalogue events. Two leave the service: overdracht-afgerond (the pupil
 * started; gemeente view without the pupil) and leerling-niet-gestart (thuiszitters opens a
 * melding). Their ids are derived from the case, so a retried transaction cannot publish a
 * second one with another id.
 */
export const EVENT_MAPPING: EventMapping<OverdrachtEvent, Overdracht, EventContext> = {
  aangemaakt: 'niet-gepubliceerd',
  aangemeld: 'niet-gepubliceerd',
  afgewezen: 'niet-gepubliceerd',
  voorgelegdAanSteunpunt: 'niet-gepubliceerd',
  geplaatst: 'niet-gepubliceerd',
  geescaleerd: 'niet-gepubliceerd',
  uitgevallen: 'niet-gepubliceerd',
  beeindigd: 'niet-gepubliceerd',
  gestart: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.overdracht.overdracht-afgerond.v1', {
      ...ctx.basis,
      swv: s.swv as never,
      id: deterministicUuid(`overdracht/overdracht-afgerond/${s.id}`),
      data: { overdrachtId: s.id, leerlingId: s.leerlingId, route: s.route, ontvangendeSchoolId: e.data.schoolId, afgerondOp: e.data.gestartOp, warm: e.data.warm, gemeente: ctx.gemeente },
    }),
  nietGestart: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
      ...ctx.basis,
      swv: s.swv as never,
      id: deterministicUuid(`overdracht/leerling-niet-gestart/${s.id}`),
      data: {
        overdrachtId: s.id,
        leerlingId: s.leerlingId,
        route: s.route,
        schooljaar: startSchooljaar(s.schooljaar),
        verzendendeSchoolId: s.verzendendeSchoolId,
        ontvangendeSchoolId: e.data.ontvangendeSchoolId,
        reden: e.data.reden,
        verwachteStartdatum: e.data.verwachteStartdatum,
        controledatum: e.data.controledatum,
        gemeente: ctx.gemeente,
        swvNaOverstap: swvNaOverstap(s, e.data.ontvangendeSchoolId, ctx.ontvangendeSwv),
      },
    }),
};
