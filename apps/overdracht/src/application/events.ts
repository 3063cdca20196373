import { createEvent, deterministicUuid } from '@pao/contracts';
import { type EventMapping } from '@pao/zaak';
import { startSchooljaar, type Overdracht, type OverdrachtEvent } from '../domain';

/** What the events need besides the state: the woongemeente from the pupil register. */
export interface EventContext {
  readonly gemeente: string;
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
      },
    }),
};
