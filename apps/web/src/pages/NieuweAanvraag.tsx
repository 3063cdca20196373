import { Button, Heading2, Paragraph, UnorderedList, UnorderedListItem } from '@utrecht/component-library-react';
import { type FormEvent, useMemo, useRef, useState } from 'react';
import { ApiError, api, uploadBestand } from '../api/client';
import { alsFormulierbody } from '../api/paden';
import { describeProblem, mapFieldErrors, nest } from '../api/problem';
import { type Account, type School } from '../api/types';
import { type Veld, type Waarden, beginWaarden, ontbrekendeVelden, teVersturen } from '../acties';
import { VeldInvoer } from '../components/ActieFormulier';
import { PaginaKop } from '../components/PaginaKop';
import { DATUM_FOUT } from '../datum-invoer';
import { useOphalen } from '../hooks';
import { SOORTEN_PER_SECTOR, soortLabel } from '../labels';
import { AppLink, useRouter } from '../router';
import { laatsteWerkvoorraad } from '../zoeken';

const FORM = 'nieuw';

/** Every field the indienen check needs, in the order a school's request reads. */
function velden(account: Account, scholen: School[]): Array<Veld & { groep: string }> {
  const v = (groep: string, veld: Veld) => ({ ...veld, groep });
  return [
    v('Leerling', { naam: 'leerling.soortNummer', label: 'Soort nummer', soort: 'keuze', verplicht: true, standaard: 'bsn', opties: [{ waarde: 'bsn', label: 'BSN' }, { waarde: 'onderwijsnummer', label: 'Onderwijsnummer' }] }),
    v('Leerling', { naam: 'leerling.nummer', label: 'BSN of onderwijsnummer', soort: 'tekst', verplicht: true, beschrijving: 'Negen cijfers. Wordt versleuteld bewaard en nooit getoond.' }),
    v('Leerling', { naam: 'leerling.voornaam', label: 'Voornaam', soort: 'tekst', verplicht: true }),
    v('Leerling', { naam: 'leerling.tussenvoegsel', label: 'Tussenvoegsel', soort: 'tekst' }),
    v('Leerling', { naam: 'leerling.achternaam', label: 'Achternaam', soort: 'tekst', verplicht: true }),
    v('Leerling', { naam: 'leerling.geboortedatum', label: 'Geboortedatum', soort: 'datum', verplicht: true, beschrijving: 'Als dd-mm-jjjj.' }),
    v('School', {
      naam: 'aanvrager.schoolId',
      label: 'Huidige school (aanvrager)',
      soort: 'keuze',
      verplicht: true,
      standaard: '',
      beschrijving: 'Het bevoegd gezag van deze school vraagt de TLV aan.',
      opties: [{ waarde: '', label: 'Kies een school' }, ...scholen.map((s) => ({ waarde: s.id, label: s.naam }))],
    }),
    v('Aanvraag', {
      naam: 'dossier.gevraagdeSoort',
      label: 'Gevraagde soort TLV',
      soort: 'keuze',
      verplicht: true,
      standaard: '',
      opties: [{ waarde: '', label: 'Kies een soort' }, ...(account.sector ? SOORTEN_PER_SECTOR[account.sector] : []).map((s) => ({ waarde: s, label: soortLabel(s) }))],
    }),
    v('Aanvraag', { naam: 'dossier.ondersteuningsbehoefte', label: 'Ondersteuningsbehoefte', soort: 'tekstvak', verplicht: true, beschrijving: 'Wat is geprobeerd en wat is nodig?' }),
    v('Aanvraag', { naam: 'document.opp', label: 'Ontwikkelingsperspectiefplan (OPP)', soort: 'bestand', verplicht: true, document: { onderdeel: 'aanvraag', soort: 'opp' }, beschrijving: 'PDF, Word (DOCX), PNG of JPEG.' }),
    v('Aanvraag', { naam: 'document.tlo-verslag', label: 'Verslag toelaatbaarheidsoverleg', soort: 'bestand', verplicht: true, document: { onderdeel: 'aanvraag', soort: 'tlo-verslag' }, beschrijving: 'Het verslag van het overleg met de ouders.' }),
    v('Gewenste duur', { naam: 'dossier.gewensteDuur.einddatum', label: 'Gewenste einddatum', soort: 'datum', beschrijving: 'Een 31 juli. Alleen als de school een bepaalde duur vraagt.' }),
    v('Gewenste duur', { naam: 'dossier.gewensteDuur.onderbouwing', label: 'Onderbouwing van de duur', soort: 'tekstvak' }),
  ];
}

/** The server's field names as this form's: one field for the number, the documents as files. */
function naarFormulier(field: string): string {
  if (field === 'leerling.bsn' || field === 'leerling.onderwijsnummer') return 'leerling.nummer';
  return { 'dossier.oppRef': 'document.opp', 'dossier.tloVerslagRef': 'document.tlo-verslag' }[field] ?? field;
}

/**
 * "Nieuwe aanvraag": a consulent registers a school's request with every field the
 * indienen check needs; saved as a concept (editable on the case page until indienen) or
 * submitted at once. Errors appear next to the field they concern, in words.
 */
export function NieuweAanvraag({ account }: { account: Account }) {
  const { navigeer } = useRouter();
  const scholen = useOphalen('/toeleiding/scholen');
  const regulier = useMemo(() => (scholen.data?.items ?? []).filter((s) => s.soort === 'regulier'), [scholen.data]);
  const lijst = useMemo(() => velden(account, regulier), [account, regulier]);
  const [waarden, setWaarden] = useState<Waarden>(() => beginWaarden(velden(account, [])));
  const [fouten, setFouten] = useState<Record<string, string>>({});
  const [algemeen, setAlgemeen] = useState<string[]>([]);
  const [ongeldig, setOngeldig] = useState<Set<string>>(new Set());
  const [bestanden, setBestanden] = useState<Record<string, File | undefined>>({});
  // Documents already stored with the concept (a retry does not upload them twice).
  const [opgeslagen, setOpgeslagen] = useState<Record<string, File>>({});
  const [bezig, setBezig] = useState(false);
  // Once the concept exists, saving again changes it instead of making a second one.
  const [conceptId, setConceptId] = useState<string>();
  const samenvatting = useRef<HTMLDivElement>(null);

  if (account.rol !== 'consulent') {
    return (
      <>
        <PaginaKop titel="Nieuwe aanvraag" />
        <Paragraph>Alleen een consulent registreert een nieuwe aanvraag.</Paragraph>
      </>
    );
  }

  const toon = (f: Record<string, string>, a: string[]) => {
    setFouten(f);
    setAlgemeen(a);
    requestAnimationFrame(() => samenvatting.current?.focus());
  };

  const verstuur = async (e: FormEvent, indienen: boolean) => {
    e.preventDefault();
    const ontbreekt = indienen ? ontbrekendeVelden(lijst, waarden) : ontbrekendeVelden(lijst.filter((v) => v.groep === 'Leerling' || v.naam === 'aanvrager.schoolId'), waarden);
    for (const naam of ongeldig) ontbreekt[naam] = DATUM_FOUT;
    const duur = [waarden['dossier.gewensteDuur.einddatum'], waarden['dossier.gewensteDuur.onderbouwing']].map((x) => (typeof x === 'string' ? x.trim() : ''));
    if (duur[0] && !duur[1]) ontbreekt['dossier.gewensteDuur.onderbouwing'] = 'Onderbouw de gewenste duur';
    if (duur[1] && !duur[0]) ontbreekt['dossier.gewensteDuur.einddatum'] = 'Vul de gewenste einddatum in';
    if (Object.keys(ontbreekt).length > 0) return toon(ontbreekt, []);
    const body = nest(teVersturen(lijst.filter((v) => v.soort !== 'bestand'), waarden)) as { leerling: Record<string, string>; aanvrager: { schoolId: string }; dossier?: Record<string, unknown> };
    const { soortNummer, nummer, ...personalia } = body.leerling;
    const school = regulier.find((s) => s.id === body.aanvrager.schoolId);
    setBezig(true);
    try {
      let id = conceptId;
      if (!id) {
        const nieuw = await api('/toeleiding/aanvragen', {
          method: 'POST',
          // From the form's fields: a number of either kind, a school that may be missing; the service checks it field by field.
          body: alsFormulierbody({ leerling: { [soortNummer]: nummer.replace(/\D/g, ''), ...personalia }, aanvrager: { schoolId: school?.id, bevoegdGezagId: school?.bevoegdGezagId }, dossier: body.dossier }),
        });
        id = nieuw.id;
        setConceptId(id);
      } else if (body.dossier) {
        await api('/toeleiding/aanvragen/{id}/acties/{commando}', { method: 'POST', params: { id, commando: 'conceptWijzigen' }, body: { dossier: body.dossier } });
      }
      // The OPP and the verslag are stored with the concept; each completes its part of the dossier.
      for (const v of lijst.filter((x) => x.soort === 'bestand' && x.document)) {
        const bestand = bestanden[v.naam];
        if (!bestand || opgeslagen[v.naam] === bestand) continue;
        await uploadBestand('/toeleiding/aanvragen/{id}/documenten', bestand, { params: { id }, query: { onderdeel: v.document!.onderdeel, soort: v.document!.soort } });
        setOpgeslagen((o) => ({ ...o, [v.naam]: bestand }));
      }
      if (indienen) await api('/toeleiding/aanvragen/{id}/acties/{commando}', { method: 'POST', params: { id, commando: 'indienen' }, body: {} });
      navigeer(`/aanvragen/${id}`, { staat: { melding: indienen ? 'De aanvraag is geregistreerd en ingediend.' : 'De aanvraag is opgeslagen als concept. U kunt haar wijzigen tot het indienen.' } });
    } catch (err) {
      setBezig(false);
      if (!(err instanceof ApiError)) return toon({}, ['Er ging iets mis. Probeer het opnieuw.']);
      const labels = Object.fromEntries(lijst.map((v) => [v.naam, v.label]));
      const mapped = mapFieldErrors(err.problem.errors?.map((f) => ({ ...f, field: naarFormulier(f.field) })), labels);
      const gemarkeerd = Object.keys(mapped.fields).length > 0;
      toon(mapped.fields, [...(!gemarkeerd || mapped.general.length ? [describeProblem(err.problem, gemarkeerd)] : []), ...mapped.general]);
    }
  };

  const groepen = [...new Set(lijst.map((v) => v.groep))];
  const aantal = Object.keys(fouten).length + algemeen.length;
  return (
    <>
      <Paragraph className="terug">
        <AppLink href={laatsteWerkvoorraad()}>← Terug naar de werkvoorraad</AppLink>
      </Paragraph>
      <PaginaKop titel="Nieuwe aanvraag" />
      <Paragraph lead>Registreer de aanvraag toelaatbaarheidsverklaring van de school. Verplichte velden zijn nodig om in te dienen; een concept kan eerder worden opgeslagen.</Paragraph>
      {aantal > 0 && (
        <div className="fout-samenvatting" role="alert" tabIndex={-1} ref={samenvatting} aria-labelledby="nieuw-fouten-titel">
          <p className="fout-samenvatting__titel" id="nieuw-fouten-titel">
            <strong>Er {aantal === 1 ? 'is een probleem' : 'zijn problemen'} met uw invoer</strong>
          </p>
          <UnorderedList>
            {algemeen.map((m) => (
              <UnorderedListItem key={m}>{m}</UnorderedListItem>
            ))}
            {Object.entries(fouten).map(([naam, m]) => (
              <UnorderedListItem key={naam}>
                <a className="utrecht-link" href={`#${FORM}-${naam.replace(/\./g, '-')}`}>
                  {m}
                </a>
              </UnorderedListItem>
            ))}
          </UnorderedList>
        </div>
      )}
      <form className="formulier nieuwe-aanvraag" noValidate onSubmit={(e) => void verstuur(e, true)}>
        {groepen.map((g) => (
          <section key={g} className="sectie" aria-labelledby={`groep-${g.replace(/\W/g, '')}`}>
            <Heading2 id={`groep-${g.replace(/\W/g, '')}`}>{g}</Heading2>
            {lijst
              .filter((v) => v.groep === g)
              .map((v) => (
                <VeldInvoer
                  key={v.naam}
                  commando={FORM}
                  veld={v}
                  waarde={waarden[v.naam] ?? ''}
                  fout={fouten[v.naam]}
                  onChange={(w) => setWaarden((oud) => ({ ...oud, [v.naam]: w }))}
                  onBestand={(b) => setBestanden((oud) => ({ ...oud, [v.naam]: b }))}
                  onOngeldig={(o) =>
                    setOngeldig((oud) => {
                      const nieuw = new Set(oud);
                      if (o) nieuw.add(v.naam);
                      else nieuw.delete(v.naam);
                      return nieuw;
                    })
                  }
                />
              ))}
          </section>
        ))}
        <div className="knoppen">
          <Button type="submit" appearance="primary-action-button" busy={bezig} disabled={bezig}>
            Indienen
          </Button>
          <Button type="button" appearance="secondary-action-button" disabled={bezig} onClick={(e) => void verstuur(e, false)}>
            Opslaan als concept
          </Button>
        </div>
      </form>
    </>
  );
}
