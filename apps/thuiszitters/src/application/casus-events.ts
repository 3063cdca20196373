import { createEvent, type SwvCode } from '@pao/contracts';
import { type EventBasis, type EventMapping } from '@pao/zaak';
import { VERZUIM_SOORTEN, type Casus, type CasusEvent, type MeldingSoort } from '../domain';

/**
 * Domain events → catalogue events. Gemeente-facing events carry what leerplicht may have
 * (soort, dates, the CBS code) and a dataref to the leerplicht view, where the pupil is
 * behind the gemeente's own authorisation. What only matters inside the case (the plan,
 * overleggen, aanmeldingen) stays in the audit trail.
 */
type Ctx = { readonly basis: EventBasis };

/** Where leerplicht fetches the pupil's details (resolved by the gateway, issue 12). */
export function leerplichtRef(casusId: string): string {
  return `urn:nld:passend-onderwijs-almere:thuiszitters:casus:${casusId}:leerplicht`;
}

function envelop(ctx: Ctx, extra: { dataref?: string } = {}) {
  return {
    ...(ctx.basis.source ? { source: ctx.basis.source } : {}),
    subject: ctx.basis.subject,
    swv: ctx.basis.swv as SwvCode,
    correlationid: ctx.basis.correlationid,
    ...extra,
  };
}

function alsThuiszitterSoort(soort: string): 'langdurig-relatief-verzuim' | 'absoluut-verzuim' | 'dreigend' {
  return (VERZUIM_SOORTEN as readonly string[]).includes(soort) ? (soort as 'langdurig-relatief-verzuim' | 'absoluut-verzuim') : 'dreigend';
}

function meldingGedaan(s: Casus, ctx: Ctx, soort: MeldingSoort, gemeldOp: string, thuisSinds: string | undefined) {
  return createEvent('nl.passend-onderwijs.thuiszitters.melding-gedaan.v1', {
    ...envelop(ctx, { dataref: leerplichtRef(s.id) }),
    data: {
      casusId: s.id,
      leerlingId: s.leerlingRef!,
      ...(s.melding?.schoolId ? { schoolId: s.melding.schoolId } : {}),
      ...(s.melding?.bevoegdGezagId ? { bevoegdGezagId: s.melding.bevoegdGezagId } : {}),
      soort: alsThuiszitterSoort(soort),
      gemeldOp,
      ...(thuisSinds ? { thuisSinds } : {}),
      gemeente: s.gemeente,
    },
  });
}

export const CASUS_EVENTS: EventMapping<CasusEvent, Casus, object> = {
  gemeld: (e, s, ctx) =>
    e.data.soort === 'crisis'
      ? createEvent('nl.passend-onderwijs.thuiszitters.crisis-gemeld.v1', {
          ...envelop(ctx),
          data: {
            casusId: s.id,
            leerlingId: s.leerlingRef!,
            schoolId: e.data.schoolId!,
            ...(e.data.bevoegdGezagId ? { bevoegdGezagId: e.data.bevoegdGezagId } : {}),
            gemeldOp: e.data.op,
          },
        })
      : meldingGedaan(s, ctx, e.data.soort, e.data.op, e.data.thuisSinds),
  'verzuim-vastgelegd': (e, s, ctx) => meldingGedaan(s, ctx, e.data.soort, e.data.op, e.data.thuisSinds),
  'signaal-ontvangen': 'niet-gepubliceerd',
  'signaal-afgewezen': 'niet-gepubliceerd',
  'vrijstelling-geregistreerd': (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.vrijstelling-geregistreerd.v1', {
      ...envelop(ctx),
      data: { casusId: s.id, leerlingId: s.leerlingRef!, grond: e.data.grond, ingangsdatum: e.data.ingangsdatum, ...(e.data.einddatum ? { einddatum: e.data.einddatum } : {}) },
    }),
  'thuiszitter-geworden': (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.thuiszitter-geworden.v1', {
      ...envelop(ctx, { dataref: leerplichtRef(s.id) }),
      data: { casusId: s.id, leerlingId: s.leerlingRef!, soort: alsThuiszitterSoort(e.data.soort), sinds: e.data.sinds, dagenThuis: e.data.dagenThuis, gemeente: s.gemeente },
    }),
  geescaleerd: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.casus-geescaleerd.v1', {
      ...envelop(ctx),
      data: {
        casusId: s.id,
        naar: e.data.naar,
        reden: e.data.reden,
        // The action's or aanmelding's own id stays inside: the kind of clock is what others need.
        ...(e.data.termijn ? { termijnSoort: e.data.termijn.replace(/-[0-9a-f]{8}-[0-9a-f-]{27}$/, '') } : {}),
        geescaleerdOp: e.data.op,
        ...(e.data.dagenThuis !== undefined ? { dagenThuis: e.data.dagenThuis } : {}),
        gemeente: s.gemeente,
      },
    }),
  'terug-naar-steunpunt': 'niet-gepubliceerd',
  'bespreking-vastgelegd': 'niet-gepubliceerd',
  'doorzettingskracht-ingezet': (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.doorzettingskracht-ingezet.v1', {
      ...envelop(ctx),
      data: { casusId: s.id, ingezetOp: e.data.op, plaatsingUiterlijk: e.data.plaatsingUiterlijk, ...(e.data.schoolId ? { schoolId: e.data.schoolId } : {}) },
    }),
  'doorzettingsmacht-ingezet': (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.doorzettingsmacht-ingezet.v1', {
      ...envelop(ctx),
      data: { casusId: s.id, besluitId: e.data.besluitId, aangewezenSchoolId: e.data.aangewezenSchoolId, ingezetOp: e.data.op, uiterlijkAanbodOp: e.data.uiterlijkAanbodOp, gemeente: s.gemeente },
    }),
  'passend-aanbod-gevonden': (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.passend-aanbod-gevonden.v1', {
      ...envelop(ctx),
      data: {
        casusId: s.id,
        uitkomst: e.data.uitkomst,
        ...(e.data.schoolId ? { schoolId: e.data.schoolId } : {}),
        startOp: e.data.startOp,
        vastgelegdOp: e.data.op,
        ...(e.data.dagenThuis !== undefined ? { dagenThuis: e.data.dagenThuis } : {}),
        gemeente: s.gemeente,
      },
    }),
  afgesloten: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.thuiszitters.casus-afgesloten.v1', {
      ...envelop(ctx),
      data: {
        casusId: s.id,
        afgeslotenOp: e.data.op,
        reden: e.data.reden,
        ...(e.data.uitkomst ? { uitkomst: e.data.uitkomst } : {}),
        ...(e.data.dagenThuis !== undefined ? { dagenThuis: e.data.dagenThuis } : {}),
        gemeente: s.gemeente,
      },
    }),
  'actie-toegevoegd': 'niet-gepubliceerd',
  'actie-afgerond': 'niet-gepubliceerd',
  'actie-bijgesteld': 'niet-gepubliceerd',
  'actie-verlopen': 'niet-gepubliceerd',
  'overleg-vastgelegd': 'niet-gepubliceerd',
  'crisisstap-vastgelegd': 'niet-gepubliceerd',
  'aanmelding-vastgelegd': 'niet-gepubliceerd',
  'zorgplicht-verlengd': 'niet-gepubliceerd',
  'aanmelding-afgerond': 'niet-gepubliceerd',
};
