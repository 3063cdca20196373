import { createEvent, deterministicUuid } from '@pao/contracts';
import { type EventMapping } from '@pao/zaak';
import { startSchooljaar, type Overdracht, type OverdrachtEvent } from '../domain';

/** What the events need besides the state: the woongemeente from the pupil register. */
export interface EventContext {
  readonly gemeente: string;
}

/**
 * Domain events → catalogue events. Three leave the service: overdracht-afgerond (the
 * pupil started; gemeente view without the pupil), leerling-niet-gestart (placed, not
 * started: thuiszitters opens a melding) and leerling-niet-geplaatst (never placed by the
 * check date). Their ids are derived from the case, so a retried transaction cannot
 * publish a second one with another id.
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
  nietGestart: (e, s, ctx) => {
    const basis = { ...ctx.basis, swv: s.swv as never };
    const geconstateerdOp = s.afloop?.op ?? e.data.controledatum;
    const gemeen = { overdrachtId: s.id, leerlingId: s.leerlingId, route: s.route, schooljaar: startSchooljaar(s.schooljaar), verzendendeSchoolId: s.verzendendeSchoolId };
    const ontvangendeSchoolId = e.data.ontvangendeSchoolId;
    if (ontvangendeSchoolId === null || e.data.reden === 'geen-ontvangende-school') {
      return createEvent('nl.passend-onderwijs.overdracht.leerling-niet-geplaatst.v1', {
        ...basis,
        id: deterministicUuid(`overdracht/leerling-niet-geplaatst/${s.id}`),
        data: { ...gemeen, verwachteStartdatum: e.data.verwachteStartdatum, controledatum: e.data.controledatum, geconstateerdOp, gemeente: ctx.gemeente },
      });
    }
    return createEvent('nl.passend-onderwijs.overdracht.leerling-niet-gestart.v1', {
      ...basis,
      id: deterministicUuid(`overdracht/leerling-niet-gestart/${s.id}`),
      data: {
        ...gemeen,
        ontvangendeSchoolId,
        reden: e.data.reden,
        verwachteStartdatum: e.data.verwachteStartdatum,
        controledatum: e.data.controledatum,
        geconstateerdOp,
        gemeente: ctx.gemeente,
      },
    });
  },
};
