// Generated from the overdracht OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Audittrail van een object of van het hele samenwerkingsverband */
        get: operations["Logboek_audit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cijfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cijfers per cohort en verzendende school: bestemming, op tijd geplaatst, afwijzingen, warme overdracht, niet gestart, vsv */
        get: operations["Rapportage_cijfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohorten van een schooljaar met wat nog openstaat en de eerstvolgende datum */
        get: operations["Cohorten_overzicht"];
        put?: never;
        /** Cohort van een verzendende school in een schooljaar (bestaat het al, dan dat cohort) */
        post: operations["Cohorten_aanmaken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cohortbord: tellingen en eerstvolgende datum (de leerlingen: GET /overdrachten?cohortId=…) */
        get: operations["Cohorten_bord"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorten/{id}/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cohort importeren uit een CSV-export (UTF-8, ; of ,). Elke rij wordt gecontroleerd; geweigerde rijen staan per rij en veld in het rapport; de rest gaat in één transactie. ?controle=ja controleert alleen. */
        post: operations["Cohorten_importeer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/cohorten/{id}/leerlingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Eén leerling aan het cohort toevoegen (dezelfde controles als een CSV-rij) */
        post: operations["Cohorten_leerling"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/nazorg": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Nazorg: geplaatste leerlingen rond de start (te bevestigen) en recent gestarte leerlingen */
        get: operations["Rapportage_nazorg"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overdrachten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leerlingen van een cohort, school of het hele SWV; open eerst, op eerstvolgende datum */
        get: operations["Overdrachten_lijst"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overdrachten/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De overdracht met tijdlijn, termijnen, signalen en toegestane acties (één regel in de toegangslog) */
        get: operations["Overdrachten_bekijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/overdrachten/{id}/acties/{commando}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een commando uitvoeren; antwoord: de overdracht zoals GET. If-Match: "<versie>" voorkomt dubbel werk. */
        post: operations["Overdrachten_actie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/scholen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Scholen (verzendend en ontvangend, ook mbo): openbare registergegevens */
        get: operations["Rapportage_scholen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/toegangslog": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Toegangslog van een object of van het hele samenwerkingsverband */
        get: operations["Logboek_toegangslog"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        Aangemaakt: {
            /** Format: uuid */
            id: string;
        };
        AuditPagina: {
            items: {
                actie: string;
                actorId: string;
                /** @description Naam van de medewerker, als de dienst die kent */
                actorNaam?: string | null;
                correlationId: string | null;
                id: string;
                /** @description Kenmerk van de zaak waar de regel over gaat */
                kenmerk?: string | null;
                nieuw: unknown;
                objectId: string;
                objectType: string;
                organisatie: string;
                oud: unknown;
                reden: string | null;
                rol: string;
                /** Format: date-time */
                tijdstip: string;
            }[];
            totaal: number;
        };
        Cijfers: {
            cohorten: {
                afwijzingen: number;
                /** @description Per soort ontvangende school, of arbeid/dagbesteding/elders */
                bestemming: {
                    [key: string]: number;
                };
                cohortId: string | null;
                derdeAfwijzingVoorgelegd: number;
                geplaatst: number;
                gestart: number;
                nietGestart: number;
                opTijdGeplaatst: number;
                totaal: number;
                tweeKeerAfgewezen: number;
                verzendendeSchool: string;
                vsv: number;
                warmeOverdrachtGehouden: number;
                zonderSchool: number;
            }[];
            schooljaar: string;
            totaal: {
                afwijzingen: number;
                /** @description Per soort ontvangende school, of arbeid/dagbesteding/elders */
                bestemming: {
                    [key: string]: number;
                };
                cohortId: string | null;
                derdeAfwijzingVoorgelegd: number;
                geplaatst: number;
                gestart: number;
                nietGestart: number;
                opTijdGeplaatst: number;
                totaal: number;
                tweeKeerAfgewezen: number;
                verzendendeSchool: string;
                vsv: number;
                warmeOverdrachtGehouden: number;
                zonderSchool: number;
            };
        };
        Cohort: {
            /** Format: uuid */
            id: string;
            /** @description 201: nieuw; 200: bestond al */
            nieuw: boolean;
            schooljaar: string;
            swv: string;
            /** Format: uuid */
            verzendendeSchoolId: string;
        };
        Cohorten: {
            items: {
                bijSteunpunt: number;
                geplaatst: number;
                gestart: number;
                /** Format: uuid */
                id: string;
                nietGestart: number;
                schooljaar: string;
                toelatingsrechtGemist: number;
                totaal: number;
                tweeKeerAfgewezen: number;
                vertrokken: number;
                verzendendeSchool: {
                    /** Format: uuid */
                    id: string;
                    naam: string;
                    /** @enum {string} */
                    soort: "po" | "sbo" | "so" | "vo" | "pro" | "vso" | "mbo";
                };
                volgendeDatum: string | null;
                waarschuwing: number;
                zonderSchool: number;
            }[];
        };
        CohortRegel: {
            bijSteunpunt: number;
            geplaatst: number;
            gestart: number;
            /** Format: uuid */
            id: string;
            nietGestart: number;
            schooljaar: string;
            toelatingsrechtGemist: number;
            totaal: number;
            tweeKeerAfgewezen: number;
            vertrokken: number;
            verzendendeSchool: {
                /** Format: uuid */
                id: string;
                naam: string;
                /** @enum {string} */
                soort: "po" | "sbo" | "so" | "vo" | "pro" | "vso" | "mbo";
            };
            volgendeDatum: string | null;
            waarschuwing: number;
            zonderSchool: number;
        };
        ImportRapport: {
            /** @description Alleen gecontroleerd: niets bewaard */
            controle: boolean;
            geimporteerd: number;
            /** @description Kolommen die genegeerd (en niet bewaard) zijn, zoals namen */
            genegeerdeKolommen: string[];
            geweigerd: {
                melding: string;
                rij: number;
                veld: string;
            }[];
            rijen: number;
        };
        Nazorg: {
            items: {
                controledatum: string | null;
                gestartOp: string | null;
                /** Format: uuid */
                id: string;
                leerling: string;
                ontvangendeSchool: string;
                /** @enum {string} */
                route: "po-vo" | "so-vo" | "vo-mbo" | "vo-vo";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                startdatum: string;
                /** @enum {string} */
                status: "aanmelding" | "steunpunt" | "geplaatst" | "gestart" | "niet-gestart" | "verhuisd" | "swv-verlaten";
                /** @description Voorbij de controledatum zonder bevestiging */
                teLaat: boolean;
                versie: number;
                verzendendeSchool: string;
            }[];
            /** @description Hoeveel regels aan het filter voldoen; met totaalBegrensd: ten minste zoveel */
            totaal: number;
            /** @description Het tellen is bij 10.000 gestopt: er zijn er meer (totaal is dan 10000) */
            totaalBegrensd: boolean;
            /** @description Cursor voor de volgende pagina (parameter na), of null aan het eind */
            volgende: string | null;
            /** @description Cursor voor de vorige pagina (parameter voor), of null aan het begin */
            vorige: string | null;
        };
        Overdracht: {
            aangemaaktOp: string;
            aanmeldingen: {
                aangemeldOp: string;
                besluitOp?: string;
                id: string;
                /** @enum {string} */
                reden?: "geen-plaats" | "ondersteuning-niet-te-bieden" | "niveau-past-niet" | "niet-toelaatbaar" | "overig";
                /** Format: uuid */
                schoolId: string;
                schoolNaam: string;
                /** @enum {string} */
                uitkomst: "open" | "geplaatst" | "afgewezen" | "ingetrokken" | "voorgelegd";
            }[];
            achttienPlus?: boolean;
            acties: ("adviesVastleggen" | "adviesBijstellen" | "ondersteuningVastleggen" | "voorzieningVastleggen" | "voorzieningGeregeld" | "toeleidingKoppelen" | "dossierVastleggen" | "perspectiefVastleggen" | "aanmelden" | "afwijzen" | "aanmeldingIntrekken" | "plaatsen" | "steunpuntBesluiten" | "plaatsingVervallen" | "startBevestigen" | "nietVerschenen" | "uitvalMelden" | "verhuizen" | "swvVerlaten" | "warmeOverdrachtPlannen" | "warmeOverdrachtVastleggen")[];
            advies: {
                bijgesteld?: {
                    datum: string;
                    /** @enum {string} */
                    niveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    /** @enum {string} */
                    toetsniveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    /** @enum {string} */
                    van: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                };
                definitief?: {
                    datum: string;
                    /** @enum {string} */
                    niveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                };
                voorlopig?: {
                    datum: string;
                    /** @enum {string} */
                    niveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                };
            };
            afloop?: {
                /** @enum {string} */
                nietGestart?: "niet-bevestigd" | "niet-verschenen" | "geen-ontvangende-school";
                op: string;
                /** @enum {string} */
                vertrek?: "school-buiten-swv" | "arbeid" | "dagbesteding" | "buitenland" | "overig";
            };
            afwijzingen: number;
            /** Format: uuid */
            cohortId: string;
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            controledatum: string;
            dossier?: {
                bijgewerktOp: string;
                referentie: string;
                /** @enum {string} */
                status: "klaargezet" | "opgehaald";
                /** @enum {string} */
                systeem: "oso" | "digidoor";
            };
            escalaties: {
                op: string;
                soort: string;
            }[];
            gestartOp?: string;
            /** Format: uuid */
            id: string;
            kalender: {
                aanmelding?: {
                    datum: string;
                    regelVersie: string;
                };
                definitiefAdvies?: {
                    datum: string;
                    regelVersie: string;
                };
                dossierGereed: {
                    datum: string;
                    regelVersie: string;
                };
                dossierOpgehaald: {
                    datum: string;
                    regelVersie: string;
                };
                eersteSchooldag: {
                    datum: string;
                    regelVersie: string;
                };
                mboAanmelding?: {
                    datum: string;
                    regelVersie: string;
                };
                nazorgRegelVersie: string;
                plaatsingsbevestiging?: {
                    datum: string;
                    regelVersie: string;
                };
                startcontroleWeken: number;
                uitvalMaanden: number;
                waarschuwingDagen: number;
            };
            kwetsbaar: boolean;
            leerling: {
                /** Format: uuid */
                id: string;
                /** @description Gemaskeerd leerlingnummer */
                weergave: string;
            };
            /** Format: uuid */
            leerlingId: string;
            ondersteuningsbehoefte?: string;
            perspectief?: {
                continuiteit?: string;
                /** @enum {string} */
                perspectief: "vervolgonderwijs" | "entree" | "arbeid" | "dagbesteding";
                warmeOverdrachtGemeente: boolean;
            };
            plaatsing?: {
                aanmeldingId: string;
                geplaatstOp: string;
                /** Format: uuid */
                schoolId: string;
                schoolNaam: string;
                startdatum: string;
            };
            /** @enum {string} */
            regie: "school" | "steunpunt";
            /** @enum {string} */
            route: "po-vo" | "so-vo" | "vo-mbo" | "vo-vo";
            schooljaar: string;
            /** @enum {string} */
            sector: "po" | "sbo" | "so" | "vo" | "pro" | "vso";
            signalen: ({
                /** @constant */
                soort: "waarschuwing";
                /** @enum {string} */
                termijn: "definitief-advies" | "aanmelding" | "plaatsingsbevestiging" | "aanmelding-mbo" | "overstapdossier-gereed" | "overstapdossier-opgehaald" | "startcontrole";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vervaltOp: string;
            } | {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                /** @constant */
                soort: "verstreken";
                /** @enum {string} */
                termijn: "definitief-advies" | "aanmelding" | "plaatsingsbevestiging" | "aanmelding-mbo" | "overstapdossier-gereed" | "overstapdossier-opgehaald" | "startcontrole";
            } | {
                /** @constant */
                soort: "twee-keer-afgewezen";
            } | {
                /** @constant */
                soort: "derde-afwijzing-bij-steunpunt";
            } | {
                /** @constant */
                soort: "regie-steunpunt";
            } | {
                /** @constant */
                soort: "toelatingsrecht-gemist";
            } | {
                /** @constant */
                soort: "voorziening-niet-geregeld";
                voorziening: string;
            } | {
                /** @constant */
                soort: "warme-overdracht-nodig";
            })[];
            /** @description Het schooljaar van de start, bv. '2026-2027' */
            startSchooljaar: string;
            /** @enum {string} */
            status: "aanmelding" | "steunpunt" | "geplaatst" | "gestart" | "niet-gestart" | "verhuisd" | "swv-verlaten";
            swv: string;
            termijnen: {
                regelVersie: string;
                /** @enum {string} */
                soort: "definitief-advies" | "aanmelding" | "plaatsingsbevestiging" | "aanmelding-mbo" | "overstapdossier-gereed" | "overstapdossier-opgehaald" | "startcontrole";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vervaltOp: string;
            }[];
            tijdlijn: {
                actie: string;
                rol: string;
                status?: string;
                /** @description Lokale tijd (Europe/Amsterdam), JJJJ-MM-DDTHH:MM:SS */
                tijdstip: string;
            }[];
            /** @enum {string} */
            toelatingsrecht?: "open" | "verworven" | "gemist";
            uitgevallenOp?: string;
            uitvalTot: string | null;
            versie: number;
            verzendendeSchool: {
                /** Format: uuid */
                id: string;
                naam: string;
            };
            /** Format: uuid */
            verzendendeSchoolId: string;
            volgendeDatum: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                /** @enum {string} */
                termijn: "definitief-advies" | "aanmelding" | "plaatsingsbevestiging" | "aanmelding-mbo" | "overstapdossier-gereed" | "overstapdossier-opgehaald" | "startcontrole";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                waarschuwingVanaf: string;
            } | null;
            voorgelegd?: {
                aanmeldingId: string;
                sinds: string;
            };
            voorzieningen: {
                aanvraagId?: string;
                geregeldOp?: string;
                sinds: string;
                /** @enum {string} */
                soort: "tlv-pro" | "tlv-vso" | "lwoo" | "lwa" | "opdc";
                /** @enum {string} */
                status: "nodig" | "aangevraagd" | "geregeld" | "afgewezen" | "vervallen";
                tlvId?: string;
            }[];
            warmeOverdracht?: {
                gehouden?: {
                    checklist: {
                        dossierBesproken: boolean;
                        evaluatieOp: string;
                        ondersteuningsafspraken: string;
                        oppBesproken: boolean;
                        wieVolgtOp: string;
                    };
                    datum: string;
                    deelnemers: ("verzendende-school" | "ontvangende-school" | "ouders" | "leerling" | "swv" | "jeugdhulp" | "gemeente")[];
                };
                geplandOp?: string;
                /** Format: uuid */
                schoolId: string;
            };
            warmeOverdrachtStatus: ("open" | "gepland" | "gehouden") | null;
        };
        Overdrachten: {
            items: {
                afwijzingen: number;
                controledatum: string | null;
                /** Format: uuid */
                id: string;
                kwetsbaar: boolean;
                leerling: string;
                ontvangendeSchool: string | null;
                /** @enum {string} */
                regie: "school" | "steunpunt";
                /** @enum {string} */
                route: "po-vo" | "so-vo" | "vo-mbo" | "vo-vo";
                startdatum: string | null;
                /** @enum {string} */
                status: "aanmelding" | "steunpunt" | "geplaatst" | "gestart" | "niet-gestart" | "verhuisd" | "swv-verlaten";
                toelatingsrecht: ("open" | "verworven" | "gemist") | null;
                versie: number;
                verzendendeSchool: string;
                volgendeDatum: string | null;
                volgendeSoort: ("definitief-advies" | "aanmelding" | "plaatsingsbevestiging" | "aanmelding-mbo" | "overstapdossier-gereed" | "overstapdossier-opgehaald" | "startcontrole") | null;
                voorzieningenOpen: number;
                waarschuwing: boolean;
                warmeOverdracht: ("open" | "gepland" | "gehouden") | null;
            }[];
            /** @description Hoeveel regels aan het filter voldoen; met totaalBegrensd: ten minste zoveel */
            totaal: number;
            /** @description Het tellen is bij 10.000 gestopt: er zijn er meer (totaal is dan 10000) */
            totaalBegrensd: boolean;
            /** @description Cursor voor de volgende pagina (parameter na), of null aan het eind */
            volgende: string | null;
            /** @description Cursor voor de vorige pagina (parameter voor), of null aan het begin */
            vorige: string | null;
        };
        /** @description application/problem+json (RFC 9457). Branch on `type`; `detail` explains this occurrence. */
        Problem: {
            detail?: string;
            /** @description Validation failed: one entry per field */
            errors?: {
                field: string;
                message: string;
            }[];
            /** @description The path of the request */
            instance?: string;
            /** @description Also in the Retry-After header */
            retryAfterSeconds?: number;
            status: number;
            title: string;
            /** @enum {string} */
            type: "urn:pao:problem:malformed-body" | "urn:pao:problem:malformed-request" | "urn:pao:problem:validation-failed" | "urn:pao:problem:unauthenticated" | "urn:pao:problem:forbidden" | "urn:pao:problem:not-found" | "urn:pao:problem:method-not-allowed" | "urn:pao:problem:invalid-state-transition" | "urn:pao:problem:conflict" | "urn:pao:problem:payload-too-large" | "urn:pao:problem:unsupported-media-type" | "urn:pao:problem:rate-limited" | "urn:pao:problem:internal" | "urn:pao:problem:unavailable" | "about:blank";
            /** @description Service unavailable (503): what is, e.g. database, redis, broker or a service name */
            unavailable?: string;
        };
        Scholen: {
            items: {
                brin: string;
                /** Format: uuid */
                id: string;
                naam: string;
                plaats: string | null;
                /** @enum {string} */
                soort: "po" | "sbo" | "so" | "vo" | "pro" | "vso" | "mbo";
                swv: string | null;
            }[];
        };
        ToegangPagina: {
            items: {
                actorId: string;
                /** @description Naam van de medewerker, als de dienst die kent */
                actorNaam?: string | null;
                correlationId: string | null;
                doel: string;
                /** @enum {string} */
                handeling: "raadplegen" | "zoeken" | "exporteren";
                id: string;
                /** @description Kenmerk van de zaak waar de regel over gaat */
                kenmerk?: string | null;
                objectId: string | null;
                objectType: string;
                organisatie: string;
                rol: string;
                /** Format: date-time */
                tijdstip: string;
            }[];
            totaal: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    Logboek_audit: {
        parameters: {
            query?: {
                kenmerk?: string;
                limit?: number;
                objectId?: string;
                offset?: number;
                tot?: string;
                van?: string;
                volgorde?: "oudste" | "nieuwste";
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina van de audittrail */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditPagina"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Rapportage_cijfers: {
        parameters: {
            query?: {
                schooljaar?: string;
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De cijfers per cohort en in totaal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cijfers"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cohorten_overzicht: {
        parameters: {
            query?: {
                schooljaar?: string;
                verzendendeSchoolId?: string;
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De cohorten met hun tellingen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohorten"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cohorten_aanmaken: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Schooljaar van vertrek, JJJJ-JJJJ */
                    schooljaar: string;
                    /** Format: uuid */
                    verzendendeSchoolId: string;
                };
            };
        };
        responses: {
            /** @description Bestaand cohort */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Nieuw cohort */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cohort"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cohorten_bord: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het cohort met zijn tellingen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CohortRegel"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown id or a case of another SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cohorten_importeer: {
        parameters: {
            query?: {
                controle?: "ja" | "nee";
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "text/csv": string;
            };
        };
        responses: {
            /** @description Rapport: rijen, geimporteerd, geweigerd per rij en veld, genegeerde kolommen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportRapport"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown id or a case of another SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Bestand te groot */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen text/csv */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Cohorten_leerling: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    definitiefAdvies?: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    gemeente?: string;
                    kwetsbaar?: boolean;
                    /** @description BSN of onderwijsnummer (elfproef) */
                    leerlingnummer: string;
                    ondersteuningsbehoefte?: string;
                    /** @enum {string} */
                    route?: "po-vo" | "so-vo" | "vo-mbo" | "vo-vo";
                    /** @enum {string} */
                    voorlopigAdvies?: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    voorzieningen?: ("tlv-pro" | "tlv-vso" | "lwoo" | "lwa" | "opdc")[];
                };
            };
        };
        responses: {
            /** @description De nieuwe overdracht */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aangemaakt"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown id or a case of another SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Rapportage_nazorg: {
        parameters: {
            query?: {
                limit?: number;
                na?: string;
                offset?: number;
                ontvangendeSchoolId?: string;
                voor?: string;
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina nazorg */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Nazorg"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Overdrachten_lijst: {
        parameters: {
            query?: {
                cohortId?: string;
                limit?: number;
                na?: string;
                offset?: number;
                ontvangendeSchoolId?: string;
                open?: "ja" | "nee";
                route?: "po-vo" | "so-vo" | "vo-mbo" | "vo-vo";
                schooljaar?: string;
                signaal?: "steunpunt" | "twee-keer-afgewezen" | "waarschuwing" | "toelatingsrecht-gemist" | "warme-overdracht-open" | "voorziening-open" | "nazorg";
                status?: "aanmelding" | "steunpunt" | "geplaatst" | "gestart" | "niet-gestart" | "verhuisd" | "swv-verlaten";
                verzendendeSchoolId?: string;
                voor?: string;
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina leerlingen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overdrachten"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Overdrachten_bekijk: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De overdracht; ETag = versie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overdracht"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown id or a case of another SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Overdrachten_actie: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                commando: "adviesVastleggen" | "adviesBijstellen" | "ondersteuningVastleggen" | "voorzieningVastleggen" | "voorzieningGeregeld" | "toeleidingKoppelen" | "dossierVastleggen" | "perspectiefVastleggen" | "aanmelden" | "afwijzen" | "aanmeldingIntrekken" | "plaatsen" | "steunpuntBesluiten" | "plaatsingVervallen" | "startBevestigen" | "nietVerschenen" | "uitvalMelden" | "verhuizen" | "swvVerlaten" | "warmeOverdrachtPlannen" | "warmeOverdrachtVastleggen";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    niveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    /** @enum {string} */
                    soort: "voorlopig" | "definitief";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    niveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                    /** @enum {string} */
                    toetsniveau: "pro" | "vmbo-b" | "vmbo-b-k" | "vmbo-k" | "vmbo-k-gt" | "vmbo-gt" | "vmbo-gt-havo" | "havo" | "havo-vwo" | "vwo";
                } | {
                    behoefte?: string;
                    kwetsbaar: boolean;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    nodig: boolean;
                    /** @enum {string} */
                    soort: "tlv-pro" | "tlv-vso" | "lwoo" | "lwa" | "opdc";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    soort: "tlv-pro" | "tlv-vso" | "lwoo" | "lwa" | "opdc";
                } | {
                    /**
                     * Format: uuid
                     * @description Id van de toeleidingsaanvraag
                     */
                    aanvraagId: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    soort: "tlv-pro" | "tlv-vso";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @description Kenmerk in OSO/Digidoor; nooit de inhoud */
                    referentie: string;
                    /** @enum {string} */
                    status: "klaargezet" | "opgehaald";
                    /** @enum {string} */
                    systeem: "oso" | "digidoor";
                } | {
                    continuiteit?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    perspectief: "vervolgonderwijs" | "entree" | "arbeid" | "dagbesteding";
                    warmeOverdrachtGemeente: boolean;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** Format: uuid */
                    schoolId: string;
                } | {
                    /** Format: uuid */
                    aanmeldingId: string;
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    reden: "geen-plaats" | "ondersteuning-niet-te-bieden" | "niveau-past-niet" | "niet-toelaatbaar" | "overig";
                } | {
                    /** Format: uuid */
                    aanmeldingId: string;
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** Format: uuid */
                    aanmeldingId: string;
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @description Datum JJJJ-MM-DD */
                    startdatum?: string;
                } | {
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    uitkomst: "afwijzing-bevestigd" | "afwijzing-ingetrokken";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                    /** @enum {string} */
                    reden: "school-buiten-swv" | "arbeid" | "dagbesteding" | "buitenland" | "overig";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum: string;
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                } | {
                    checklist: {
                        dossierBesproken: boolean;
                        /** @description Datum JJJJ-MM-DD */
                        evaluatieOp: string;
                        ondersteuningsafspraken: string;
                        oppBesproken: boolean;
                        wieVolgtOp: string;
                    };
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    deelnemers: ("verzendende-school" | "ontvangende-school" | "ouders" | "leerling" | "swv" | "jeugdhulp" | "gemeente")[];
                    /** @description Reden voor de audittrail */
                    motivering?: string;
                };
            };
        };
        responses: {
            /** @description De overdracht zoals GET */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Overdracht"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown id or a case of another SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition (huidigeStatus, commando, reden) of conflict (versie) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Rapportage_scholen: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alle scholen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Scholen"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    Logboek_toegangslog: {
        parameters: {
            query?: {
                kenmerk?: string;
                limit?: number;
                objectId?: string;
                offset?: number;
                tot?: string;
                van?: string;
                volgorde?: "oudste" | "nieuwste";
            };
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina van de toegangslog */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ToegangPagina"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:validation-failed",
                     *       "title": "Request validation failed",
                     *       "status": 400,
                     *       "detail": "One or more fields are invalid",
                     *       "errors": [
                     *         {
                     *           "field": "aanvrager.schoolId",
                     *           "message": "Invalid UUID"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid actor */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected error (logged; the request changed nothing it could not undo) */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:internal",
                     *       "title": "Internal error",
                     *       "status": 500,
                     *       "detail": "An unexpected error occurred"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database, Redis, message broker or a service); try again after Retry-After seconds */
            503: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "urn:pao:problem:unavailable",
                     *       "title": "Service unavailable",
                     *       "status": 503,
                     *       "detail": "The database is not available right now; try again shortly",
                     *       "unavailable": "database",
                     *       "retryAfterSeconds": 5
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
