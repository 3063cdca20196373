import { createEvent } from '@pao/contracts';
import { type EventBasis, type EventMapping } from '@pao/zaak';
import { type Arrangement, type OjaEvent, type Toekenning } from '../domain';

type Basis = { readonly basis: EventBasis };

function basis(ctx: Basis) {
  return { subject: ctx.basis.subject, swv: ctx.basis.swv as 'PO' | 'VO', correlationid: ctx.basis.correlationid };
}

function toekenning(s: Arrangement, id: string): Toekenning {
  const t = s.toekenningen.find((x) => x.id === id);
  if (!t) throw new Error(`toekenning ${id} niet in het arrangement`);
  return t;
}

/**
 * Domain events → catalogue events (the compiler holds this exhaustive). Gemeenten get
 * the gemeente view of these (the pupil is never in it); the jeugdhulp kenmerk stays in
 * the case. Internal bookkeeping (start, evaluations, bookings, places) is in the audit
 * trail only; the quarterly report publishes the aggregate.
 */
export const OJA_EVENT_MAPPING: EventMapping<OjaEvent, Arrangement, object> = {
  Aangevraagd: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.oja.arrangement-aangevraagd.v1', {
      ...basis(ctx),
      data: {
        arrangementId: s.id,
        vorm: s.vorm,
        typeCode: s.typeCode,
        leiding: s.leiding,
        voorziening: s.voorziening,
        ...(s.leerlingRef ? { leerlingId: s.leerlingRef } : {}),
        aangevraagdOp: e.data.datum,
        gewensteIngangsdatum: s.aanvraag?.gevraagdePeriode.van ?? s.periode.van,
        gewensteEinddatum: s.aanvraag?.gevraagdePeriode.tot ?? s.periode.tot,
        gemeente: s.gemeente,
      },
    }),
  Beoordeeld: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.oja.arrangement-beoordeeld.v1', {
      ...basis(ctx),
      data: {
        arrangementId: s.id,
        kant: e.data.kant,
        oordeel: e.data.oordeel,
        beoordeeldOp: e.data.datum,
        ...(e.data.referentie ? { referentieSoort: e.data.referentie.soort } : {}),
        uitkomst: e.data.uitkomst as 'in-beoordeling' | 'beoordeeld' | 'afgewezen',
        gemeente: s.gemeente,
      },
    }),
  Toegekend: (e, s, ctx) => {
    const t = toekenning(s, e.data.toekenningId);
    return createEvent('nl.passend-onderwijs.oja.arrangement-toegekend.v1', {
      ...basis(ctx),
      data: {
        arrangementId: s.id,
        toekenningId: t.id,
        vorm: s.vorm,
        typeCode: s.typeCode,
        voorziening: s.voorziening,
        toegekendOp: t.datum,
        ingangsdatum: t.periode.van,
        einddatum: t.periode.tot,
        kostenCent: t.kostenCent,
        verdeling: t.verdeling.map((r) => ({ betaler: r.betaler, soort: r.soort, bedragCent: r.bedragCent })),
        regelVersie: t.regelVersie,
        ...(s.plaatsen !== undefined ? { plaatsen: s.plaatsen } : {}),
        bovenBudget: t.overschrijding !== undefined,
        gemeente: s.gemeente,
      },
    });
  },
  Verlengd: (e, s, ctx) => {
    const t = toekenning(s, e.data.toekenningId);
    return createEvent('nl.passend-onderwijs.oja.arrangement-verlengd.v1', {
      ...basis(ctx),
      data: {
        arrangementId: s.id,
        toekenningId: t.id,
        verlengdOp: e.data.datum,
        vorigeEinddatum: e.data.vorigeEinddatum,
        einddatum: t.periode.tot,
        kostenCent: t.kostenCent,
        verdeling: t.verdeling.map((r) => ({ betaler: r.betaler, soort: r.soort, bedragCent: r.bedragCent })),
        regelVersie: t.regelVersie,
        bovenBudget: t.overschrijding !== undefined,
        gemeente: s.gemeente,
      },
    });
  },
  Beeindigd: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.oja.arrangement-beeindigd.v1', {
      ...basis(ctx),
      data: { arrangementId: s.id, beeindigdOp: e.data.datum, reden: e.data.reden, vrijgevallen: [...e.data.vrijgevallen], gemeente: s.gemeente },
    }),
  Ingetrokken: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.oja.arrangement-beeindigd.v1', {
      ...basis(ctx),
      data: { arrangementId: s.id, beeindigdOp: e.data.datum, reden: 'ingetrokken', vrijgevallen: [...e.data.vrijgevallen], gemeente: s.gemeente },
    }),
  Afgesloten: (e, s, ctx) =>
    createEvent('nl.passend-onderwijs.oja.arrangement-afgesloten.v1', {
      ...basis(ctx),
      data: { arrangementId: s.id, afgeslotenOp: e.data.datum, resultaat: e.data.resultaat, vervolg: e.data.vervolg, gemeente: s.gemeente },
    }),
  Gestart: 'niet-gepubliceerd',
  Geevalueerd: 'niet-gepubliceerd',
  Geboekt: 'niet-gepubliceerd',
  LeerlingGeplaatst: 'niet-gepubliceerd',
  LeerlingUitgeschreven: 'niet-gepubliceerd',
};
