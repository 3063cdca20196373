import { z } from 'zod';

/**
 * The file format of the SWV register (config/swv-register.json). Every tenant of the
 * product is one entry: adding an SWV is adding an entry, never code.
 */

/**
 * The id of an SWV as stored in every row, event (`swv`) and signed actor: 'PO', 'VO',
 * 'PO2402'. It starts with a letter, so it never looks like a BSN.
 */
export const SWV_ID_PATTERN = /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/;
export const SwvId = z.string().max(32).regex(SWV_ID_PATTERN, 'upper-case letters and digits starting with a letter, parts joined by "-"');

/** The two sectors of passend onderwijs: an SWV is either primair (PO) or voortgezet (VO) onderwijs. */
export const SWV_SECTOREN = ['PO', 'VO'] as const;
export type SwvSector = (typeof SWV_SECTOREN)[number];

const kebab = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** NL GOV organisation URN, e.g. urn:nld:swv-po-almere or urn:nld:kvknr:12345678. */
const ORGANISATIE_URN = /^urn:nld:[a-z0-9]+(?:-[a-z0-9]+)*(?::[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const rechtspersoon = z
  .object({
    /** Statutory name: beschikkingen are taken in this name. */
    naam: z.string().trim().min(1),
    /** Short identifier inside the product: accounts' organisatie, audit entries. */
    organisatie: z.string().regex(kebab, 'lower-case kebab-case'),
    /** Organisation URN: the CloudEvent `source` of everything done for this SWV starts with it. */
    urn: z.string().regex(ORGANISATIE_URN, "urn:nld:<segments>, lower-case kebab-case separated by ':'"),
  })
  .strict();

const gemeente = z
  .object({
    code: z.string().regex(/^GM\d{4}$/, 'CBS gemeentecode GMnnnn'),
    naam: z.string().trim().min(1),
  })
  .strict();

/**
 * An SWV's own calendar rule (e.g. a longer beslistermijn from a date). The value is
 * checked against its key by @pao/deadlines when a service builds its regelset.
 */
const regel = z
  .object({
    id: z.string().regex(/^[A-Za-z0-9._-]+$/),
    sleutel: z.string().min(1),
    /** Onderwijssoort (po, sbo, so, vo, pro, vso) or '*' for all of the SWV's. */
    sector: z.string().min(1).default('*'),
    geldigVanaf: z.iso.date(),
    geldigTot: z.iso.date().optional(),
    waarde: z.unknown(),
    bron: z.string().min(1),
    check: z.boolean().optional(),
  })
  .strict();

export const samenwerkingsverbandSchema = z
  .object({
    id: SwvId,
    naam: z.string().trim().min(1),
    sector: z.enum(SWV_SECTOREN),
    rechtspersoon,
    /** The gemeenten the SWV serves; the first is the default woongemeente. */
    gemeenten: z.array(gemeente).min(1),
    regels: z.array(regel).default([]),
    /** Where the facts above come from. */
    bron: z.string().optional(),
    /** What still needs confirming (shown to whoever maintains the register). */
    teControleren: z.string().optional(),
  })
  .strict();

export const swvRegisterSchema = z
  .object({
    /** Version of the register; recorded with rules that come from it. */
    versie: z.string().regex(/^[A-Za-z0-9._-]+$/),
    swvs: z.array(samenwerkingsverbandSchema).min(1),
  })
  .strict()
  .superRefine((r, ctx) => {
    const uniek = (naam: string, waarde: (s: (typeof r.swvs)[number]) => string) => {
      const gezien = new Set<string>();
      r.swvs.forEach((s, i) => {
        const v = waarde(s);
        if (gezien.has(v)) ctx.addIssue({ code: 'custom', path: ['swvs', i, naam], message: `duplicate ${naam} '${v}'` });
        gezien.add(v);
      });
    };
    // Account names use the id in lower case, so ids must differ regardless of case.
    uniek('id', (s) => s.id.toLowerCase());
    uniek('rechtspersoon.urn', (s) => s.rechtspersoon.urn);
    uniek('rechtspersoon.organisatie', (s) => s.rechtspersoon.organisatie);
  });

export type Samenwerkingsverband = z.output<typeof samenwerkingsverbandSchema>;
export type SwvRegel = Samenwerkingsverband['regels'][number];
export type SwvRegisterData = z.output<typeof swvRegisterSchema>;
