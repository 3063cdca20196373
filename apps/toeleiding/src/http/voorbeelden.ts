import type { z } from 'zod';
import type { BulkEinddatum, COMMANDO_BODIES, NieuweAanvraag, TellingVaststellen } from './schemas';

/**
 * Examples of the main request bodies in the OpenAPI document (what a partner's
 * developer sees first). Typed by the schemas, so a renamed field breaks the build;
 * the ids are the demo register's (apps/toeleiding/src/demo/register.ts) shape, not real.
 */
export const NIEUWE_AANVRAAG: z.input<typeof NieuweAanvraag> = {
  // A test BSN that passes the elfproef; never a real pupil's.
  leerling: { bsn: '111222333', gemeente: 'GM0034' },
  aanvrager: { bevoegdGezagId: '6f1c2a52-5a8e-4c1e-9d1e-2b7f0f6a9c01', schoolId: '0b8e7d4c-3f2a-4e6b-8c9d-1a2b3c4d5e6f' },
  dossier: {
    gevraagdeSoort: 'VSO-midden',
    ondersteuningsbehoefte: 'Geprobeerd: arrangement in de eigen groep (6 maanden); nodig: kleine groep met structuur.',
    oppRef: 'opp-2026-014',
    tloVerslagRef: 'tlo-2026-014',
  },
};

type Actie<K extends keyof typeof COMMANDO_BODIES> = { summary: string; value: z.input<(typeof COMMANDO_BODIES)[K]> };

export const ACTIES: { indienen: Actie<'indienen'>; besluitNemen: Actie<'besluitNemen'>; bezwaarRegistreren: Actie<'bezwaarRegistreren'> } = {
  indienen: { summary: 'POST /aanvragen/{id}/acties/indienen', value: { ontvangenOp: '2026-11-30' } },
  besluitNemen: {
    summary: 'POST /aanvragen/{id}/acties/besluitNemen',
    value: { inhoud: { uitkomst: 'toelaatbaar', soort: 'VSO-midden', ingangsdatum: '2026-12-01', einddatum: '2028-07-31', motivering: 'Beide deskundigen adviseren toelaatbaar; de ondersteuningsbehoefte past bij VSO.' } },
  },
  bezwaarRegistreren: { summary: 'POST /aanvragen/{id}/acties/bezwaarRegistreren', value: { indiener: 'ouders', ontvangenOp: '2026-12-10' } },
};

export const TELLING: z.input<typeof TellingVaststellen> = { teldatum: '2026-10-01' };

export const BULK_EINDDATUM: z.input<typeof BulkEinddatum> = {
  huidigeEinddatum: '2026-07-31',
  nieuweEinddatum: '2027-07-31',
  motivering: 'Herziening van het ondersteuningsplan: lopende TLVs een jaar langer geldig.',
};
