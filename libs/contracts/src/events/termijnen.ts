import { z } from 'zod';
import { defineEvent } from '../define';
import type { Domain } from '../envelope';
import { Code, Id, IsoDate } from '../values';

/**
 * Deadline events. One data schema for every deadline, but a type per owning domain
 * (nl.passend-onderwijs.<domein>.termijn-verstreken.v1): the service that owns a deadline
 * publishes it, binds only its own routing key, and "domain = owner = source system"
 * holds for every type. A generic view across domains is one topic binding away:
 * nl.passend-onderwijs.*.termijn-verstreken.v1. See ADR 0003.
 */
export const TermijnData = z.object({
  termijnId: Id.describe('Id of the deadline row in the owning service'),
  soort: Code.describe('Kind of deadline, kebab-case (see the description of the type for the known soorten)'),
  onderwerpId: Id.describe('Id of the case the deadline belongs to (also the subject)'),
  vervaltOp: IsoDate.describe('Last day of the term (after Algemene termijnenwet extension)'),
  regelVersie: z.string().min(1).max(100).describe('Version of the rule configuration that computed vervaltOp'),
});
export type TermijnData = z.infer<typeof TermijnData>;

const KNOWN_SOORTEN: Record<Domain, string> = {
  toeleiding:
    'beslistermijn, aanvullingstermijn, bezwaartermijn, doorzending-lbt, beslissing-op-bezwaar, beroepstermijn, hoger-beroepstermijn, nazendtermijn (the week of Awb 6:9 lid 2 after a bezwaar- or beroepstermijn), tlv-einde, herbeoordeling, plaatsing-peildatum (placement by the teldatum/peildatum), jaarlijkse-evaluatie (OPP and TLV, yearly)',
  thuiszitters:
    'thuiszitter-vier-weken, passend-aanbod, escalatie, signaal-beoordeling, crisis-overleg, doorzettingskracht, doorzettingsmacht, aanbod-start, actie-<actieId>, zorgplicht-<aanmeldingId>',
  oja: 'beoordeling, evaluatie, arrangement-einde, afsluiting',
  overdracht: 'definitief-advies, aanmelding, plaatsingsbevestiging, aanmelding-mbo, overstapdossier-gereed, overstapdossier-opgehaald, startcontrole',
};

interface TermijnExample {
  data: TermijnData;
  /** When the warning was published and when the expiry fired (just after midnight Europe/Amsterdam). */
  waarschuwingTime: string;
  verstrekenTime: string;
}

const EXAMPLES: Record<Domain, TermijnExample> = {
  toeleiding: {
    data: { termijnId: '0d8f6c1e-2b7a-4e59-9c31-5a7e2f4b8d10', onderwerpId: '6a1d3e5f-7b9c-4d2e-8f10-2a4c6e8b0d13', soort: 'bezwaartermijn', vervaltOp: '2025-06-10', regelVersie: 'awb-6:7/PO/2024-08-01' },
    waarschuwingTime: '2025-06-03T04:00:00.000Z',
    verstrekenTime: '2025-06-10T22:00:05.000Z',
  },
  thuiszitters: {
    data: { termijnId: '1e9a7d2f-3c8b-4f6a-8d42-6b8f3a5c9e21', onderwerpId: '7b2e4f6a-8c0d-4e3f-9a21-3b5d7f9c1e24', soort: 'passend-aanbod', vervaltOp: '2025-04-14', regelVersie: 'pao-thuiszitters-2026.1/passend-aanbod.pact' },
    waarschuwingTime: '2025-03-31T04:00:00.000Z',
    verstrekenTime: '2025-04-14T22:00:05.000Z',
  },
  oja: {
    data: { termijnId: '2f0b8e3a-4d9c-4a7b-9e53-7c9a4b6d0f32', onderwerpId: '8c3f5a7b-9d1e-4f4a-8b32-4c6e8a0d2f35', soort: 'evaluatie', vervaltOp: '2025-09-03', regelVersie: 'oja-VO-2024.1/evaluatie' },
    waarschuwingTime: '2025-08-20T22:00:00.000Z',
    verstrekenTime: '2025-09-03T22:00:05.000Z',
  },
  overdracht: {
    data: { termijnId: '3a1c9f4b-5e0d-4b8c-8f64-8d0b5c7e1a43', onderwerpId: '9d4a6b8c-0e2f-4a5b-9c43-5d7f9b1e3a46', soort: 'startcontrole', vervaltOp: '2025-10-01', regelVersie: 'nazorg/VO/2025-08-01' },
    waarschuwingTime: '2025-09-24T04:00:00.000Z',
    verstrekenTime: '2025-10-01T22:00:05.000Z',
  },
};

export function defineTermijnEvents<const D extends Domain>(domain: D) {
  const example = EXAMPLES[domain];
  const data = example.data;
  const verstreken = defineEvent({
    type: `nl.passend-onderwijs.${domain}.termijn-verstreken.v1`,
    description:
      `Termijn verstreken: a ${domain} deadline has passed (fired by the deadline engine through the outbox; ` +
      `at most once in effect per termijnId). Known soorten: ${KNOWN_SOORTEN[domain]}.`,
    subject: 'onderwerpId',
    data: TermijnData,
    example: { time: example.verstrekenTime, subject: data.onderwerpId, data },
  });
  const waarschuwing = defineEvent({
    type: `nl.passend-onderwijs.${domain}.termijn-waarschuwing.v1`,
    description:
      `Termijn waarschuwing: a ${domain} deadline is about to pass (the warning moment comes from the same ` +
      `versioned rule). Known soorten: ${KNOWN_SOORTEN[domain]}.`,
    subject: 'onderwerpId',
    data: TermijnData,
    example: { time: example.waarschuwingTime, subject: data.onderwerpId, data },
  });
  return { verstreken, waarschuwing } as const;
}
