import { z } from 'zod';
import { ABONNEMENT_STATUSSEN } from '../domain/abonnement';
import { BEZORGING_STATUSSEN, UITKOMSTEN } from '../domain/bezorging';
import type { BezorgingRij, PogingRij } from '../persistence/bezorglog';

/**
 * The answers of the notificaties API: what the use cases and the delivery log build
 * (typed as these schemas' output), what the OpenAPI document declares (ApiZodResponse) and
 * so what the web app's generated types say; under NODE_ENV=test every answer is checked
 * against its schema. Vocabularies come from the domain's own lists.
 */
const Tijdstip = z.iso.datetime({ offset: true });
const AbonnementStatus = z.enum(ABONNEMENT_STATUSSEN);
const Uitkomst = z.enum(UITKOMSTEN);

/** A moment as the API writes it (ISO 8601, UTC). */
export const tijdstip = (d: Date): string => d.toISOString();
export const tijdstipOfNull = (d: Date | null): string | null => (d ? d.toISOString() : null);

export const Abonnement = z.object({
  url: z.url().describe('URL van dit abonnement (via de gateway)'),
  id: z.uuid(),
  callbackUrl: z.string(),
  auth: z.literal('********').nullable().describe('"********" wanneer ingesteld; de waarde wordt nooit getoond'),
  kanalen: z.array(z.object({ naam: z.string(), filters: z.record(z.string(), z.string()).describe('type en/of gemeente') })),
  gemeenten: z.array(z.string().describe('CBS-code, bijv. GM0034')),
  swv: z.string().describe('Het SWV (uit het SWV-register)'),
  organisatie: z.string(),
  status: AbonnementStatus.describe('falend: een dag zonder geslaagde bezorging; niets gaat verloren, hervat om door te gaan'),
  maxGelijktijdig: z.number().int(),
  opeenvolgendeFouten: z.number().int(),
  falendSinds: Tijdstip.nullable(),
  falendGemeldOp: Tijdstip.nullable(),
  gepauzeerdTot: Tijdstip.nullable().describe('Na een fout: tot dit moment wordt niets verstuurd'),
  vorigGeheimGeldigTot: Tijdstip.nullable(),
  aangemaaktOp: Tijdstip,
  gewijzigdOp: Tijdstip,
  wachtend: z.number().int().describe('Bezorgingen die nog moeten'),
  opgegeven: z.number().int().describe('Bezorgingen die na een dag zijn opgegeven (opnieuw te bezorgen)'),
  laatstBezorgdOp: Tijdstip.nullable(),
});
export type Abonnement = z.output<typeof Abonnement>;

export const NieuwAbonnement = Abonnement.extend({ geheim: z.string().describe('Ondertekeningsgeheim; alleen nu getoond') });
export const Abonnementen = z.object({ items: z.array(Abonnement) });
export const GeheimGeroteerd = z.object({ geheim: z.string(), vorigGeheimGeldigTot: Tijdstip });
export const OpnieuwBezorgd = z.object({ aantal: z.number().int().describe('Bezorgingen die opnieuw klaarstaan') });

export const Kanalen = z.object({
  items: z.array(
    z.object({
      naam: z.string(),
      filters: z.array(z.string()).describe('Kenmerken waarop een abonnement kan filteren'),
      typen: z.array(z.object({ type: z.string(), beschrijving: z.string(), velden: z.array(z.string()).describe('Velden van de gemeenteweergave') })),
    }),
  ),
});

export const Poging = z.object({
  id: z.string(),
  abonnementId: z.uuid(),
  eventId: z.uuid(),
  type: z.string(),
  poging: z.number().int(),
  tijdstip: Tijdstip,
  duurMs: z.number().int(),
  uitkomst: Uitkomst,
  statuscode: z.number().int().nullable(),
  antwoord: z.string().nullable().describe('Hoogstens 200 tekens van het antwoord'),
  fout: z.string().nullable(),
  volgendePogingOp: Tijdstip.nullable(),
  callbackUrl: z.string(),
  organisatie: z.string(),
});
export type Poging = z.output<typeof Poging>;
export const Pogingen = z.object({ totaal: z.number().int(), items: z.array(Poging) });

export const pogingAntwoord = (r: PogingRij): Poging => ({ ...r, tijdstip: tijdstip(r.tijdstip), volgendePogingOp: tijdstipOfNull(r.volgendePogingOp) });

export const Bezorging = z.object({
  id: z.string(),
  abonnementId: z.uuid(),
  eventId: z.uuid(),
  type: z.string(),
  subject: z.string(),
  status: z.enum(BEZORGING_STATUSSEN),
  pogingen: z.number().int(),
  ontvangenOp: Tijdstip,
  bezorgdOp: Tijdstip.nullable(),
  volgendePogingOp: Tijdstip.nullable().describe('Alleen bij wachtend'),
  laatsteUitkomst: Uitkomst.nullable(),
  laatsteStatuscode: z.number().int().nullable(),
});
export type Bezorging = z.output<typeof Bezorging>;
export const Bezorgingen = z.object({ totaal: z.number().int(), items: z.array(Bezorging) });

export const bezorgingAntwoord = (r: BezorgingRij): Bezorging => ({ ...r, ontvangenOp: tijdstip(r.ontvangenOp), bezorgdOp: tijdstipOfNull(r.bezorgdOp), volgendePogingOp: tijdstipOfNull(r.volgendePogingOp) });
