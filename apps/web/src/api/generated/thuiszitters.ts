// Generated from the thuiszitters OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/actietafel/agenda": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De agenda van de Actietafel: casussen aan tafel, langst thuis eerst */
        get: operations["Vergaderingen_agenda"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
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
    "/casussen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkvoorraad: open casussen, langst thuis en dichtstbijzijnde termijn eerst (de Actietafel ziet alleen wat naar haar is geëscaleerd) */
        get: operations["Casussen_werkvoorraad"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/casussen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De casus met tijdlijn, plan, termijnen en toegestane acties (één regel in de toegangslog) */
        get: operations["Casussen_bekijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/casussen/{id}/acties/{commando}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een commando uitvoeren; antwoord: de casus zoals GET. If-Match: "<versie>" voorkomt dubbel werk. */
        post: operations["Casussen_actie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/casussen/{id}/leerplicht": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Leerplichtgegevens van een melding (dataref van de events): leerling, school, soort en data */
        get: operations["Leerplicht_leerplicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figuren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cijfers van een kwartaal: meldingen, thuiszitters, afgesloten, duur thuis (mediaan, p90), uitkomsten, per bestuur */
        get: operations["Figuren_cijfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/figuren/inspectie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thuiszittersregister voor de inspectie: cumulatief in het schooljaar tot het einde van het kwartaal, geanonimiseerd, vrijstellingen inbegrepen (CSV of XLSX) */
        get: operations["Figuren_inspectie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/meldingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een (dreigende) thuiszitter of crisis melden; leerplicht, bestuur en SWV worden direct geïnformeerd (event) */
        post: operations["Casussen_melden"];
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
        /** Scholen van het samenwerkingsverband, te filteren op expertise (SOP) en naam */
        get: operations["Scholen_zoek"];
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
    "/vergaderingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vergaderingen van de Actietafel (komende eerst, dan de laatste 20) */
        get: operations["Vergaderingen_lijst"];
        put?: never;
        /** Een vergadering van de Actietafel plannen */
        post: operations["Vergaderingen_plannen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vergaderingen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een vergadering met haar agenda en wat per casus besproken is */
        get: operations["Vergaderingen_bekijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vergaderingen/{id}/acties/{commando}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Vergadering verplaatsen, afronden (aanwezigen) of annuleren */
        post: operations["Vergaderingen_actie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/vrijstellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een vrijstelling (Leerplichtwet art. 5) registreren naast de meldingen */
        post: operations["Casussen_vrijstelling"];
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
        Agenda: {
            items: {
                aandachtTeamleider: boolean;
                actietafelSinds: string | null;
                /** @description Deze vergadering heeft de casus besproken */
                besproken: boolean;
                dagenThuis: number | null;
                /** Format: uuid */
                id: string;
                leerling: {
                    /** @description Gemaskeerd leerlingnummer */
                    weergave: string;
                } | null;
                /** @enum {string} */
                niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                openActies: number;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                /** @enum {string} */
                soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
                thuisSinds: string | null;
                versie: number;
                volgendeTermijn: {
                    soort: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    vervaltOp: string;
                } | null;
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
        /** @description De casus zoals een medewerker hem ziet */
        Casus: {
            aanbod: {
                betrokkenheid: {
                    /** @enum {string} */
                    leerling: "betrokken" | "geinformeerd" | "niet-passend";
                    /** @enum {string} */
                    ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                };
                crisisplaatsing: boolean;
                /** @enum {string} */
                niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                omschrijving?: string;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                schoolId?: string;
                startKlok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                startOp: string;
                /** @enum {string} */
                uitkomst: "plaatsing-onderwijs" | "plaatsing-jeugdhulp" | "arbeidstoeleiding";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vastgelegdOp: string;
                vergaderingId?: string;
            } | null;
            aandachtTeamleiderSinds: string | null;
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            aangemaaktOp: string;
            aanmeldingen: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                aanmeldingOp: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                afgerondOp?: string;
                id: string;
                klok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                schoolId: string;
                /** @enum {string} */
                status: "loopt" | "geplaatst" | "afgewezen" | "termijn-verstreken";
                verlengd: boolean;
            }[];
            acties: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                afgerondOp?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                afgesprokenOp: string;
                /** @enum {string} */
                eigenaar: "school" | "steunpunt" | "leerplicht" | "jeugdhulp" | "ouders" | "bestuur";
                id: string;
                klok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                omschrijving: string;
                ouderBetrokken: boolean;
                resultaat?: string;
                /** @enum {string} */
                status: "open" | "afgerond" | "verlopen";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                uiterlijkOp: string;
                vergaderingId?: string;
            }[];
            actietafelSinds: string | null;
            afsluiting: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                gestartOp?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                /** @enum {string} */
                reden: "passend-aanbod" | "teruggekeerd" | "verhuisd" | "geen-thuiszitter" | "vrijstelling-beeindigd" | "overig";
                toelichting?: string;
            } | null;
            besprekingen: {
                afspraken: string;
                betrokkenheid: {
                    /** @enum {string} */
                    leerling: "betrokken" | "geinformeerd" | "niet-passend";
                    /** @enum {string} */
                    ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                vergaderingId: string;
            }[];
            bron: {
                /** @enum {string} */
                bron: "overdracht" | "toeleiding";
                bronId: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ontvangenOp: string;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                sinds: string;
            } | null;
            crisis: {
                overlegKlok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                overlegOp?: string;
                stappen: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    op: string;
                    /** @enum {string} */
                    stap: "bestuur-geinformeerd" | "orthopedagoog-geraadpleegd" | "steunpunt-gecontacteerd";
                }[];
            } | null;
            dagenThuis: number | null;
            doorzettingskracht: {
                afspraak: string;
                betrokkenheid: {
                    /** @enum {string} */
                    leerling: "betrokken" | "geinformeerd" | "niet-passend";
                    /** @enum {string} */
                    ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                };
                klok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                partijen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                plaatsingUiterlijk: string;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                schoolId?: string;
                vergaderingId?: string;
            } | null;
            doorzettingsmacht: {
                aangewezenSchool: {
                    id: string;
                    naam: string | null;
                } | null;
                aangewezenSchoolId: string;
                besluitId: string;
                genomenDoor: string;
                kaders: string;
                klok: {
                    regelVersie: string;
                    /**
                     * Format: date
                     * @description Laatste dag
                     */
                    vervaltOp: string;
                    waarschuwingDagen: number;
                };
                motivering: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                uiterlijkAanbodOp: string;
            } | null;
            escalaties: {
                /** @enum {string} */
                naar: "steunpunt" | "actietafel" | "teamleider" | "doorzettingskracht" | "doorzettingsmacht";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                /** @enum {string} */
                reden: "handmatig" | "termijn" | "thuiszitter" | "besluit" | "terug";
                termijn?: string;
                toelichting?: string;
                /** @enum {string} */
                van: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
            }[];
            /** @description CBS-gemeentecode */
            gemeente: string;
            /** Format: uuid */
            id: string;
            leerling: {
                /** @description Gemaskeerd leerlingnummer */
                weergave: string;
            } | null;
            melding: {
                betrokkenen: {
                    omschrijving?: string;
                    /** @enum {string} */
                    partij: "ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig";
                }[];
                betrokkenheid: {
                    /** @enum {string} */
                    leerling: "betrokken" | "geinformeerd" | "niet-passend";
                    /** @enum {string} */
                    ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                };
                bevoegdGezagId?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                gemeldOp: string;
                melder: {
                    organisatieId?: string;
                    /** @enum {string} */
                    soort: "school" | "steunpunt" | "leerplicht" | "gemeente" | "jeugdhulp";
                };
                onderwijsNog?: string;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                schoolId?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                thuisSinds?: string;
                toelichting?: string;
            } | null;
            /** @enum {string} */
            niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            niveauSinds: string;
            overleggen: {
                afspraken: string;
                betrokkenheid: {
                    /** @enum {string} */
                    leerling: "betrokken" | "geinformeerd" | "niet-passend";
                    /** @enum {string} */
                    ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                };
                deelnemers: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                id: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
            }[];
            pactVerstrekenOp: string | null;
            /** @enum {string} */
            soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
            /** @enum {string} */
            status: "signaal" | "gemeld" | "thuiszitter" | "aanbod" | "vrijstelling" | "afgesloten";
            termijnen: {
                aanmeldingId?: string;
                actieId?: string;
                dagenResterend: number;
                regelVersie: string;
                soort: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vervaltOp: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                waarschuwOp: string;
            }[];
            thuiszitterSinds: string | null;
            tijdlijn: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                op: string;
                soort: string;
                tekst: string;
            }[];
            toegestaneActies: ("signaalBeoordelen" | "signaalAfwijzen" | "verzuimVastleggen" | "uitkomstVastleggen" | "afsluiten" | "vrijstellingBeeindigen" | "escaleren" | "besprekingVastleggen" | "doorzettingskrachtInzetten" | "doorzettingsmachtInzetten" | "terugNaarSteunpunt" | "actieToevoegen" | "actieAfronden" | "actieBijstellen" | "overlegVastleggen" | "crisisstapVastleggen" | "aanmeldingVastleggen" | "zorgplichtVerlengen" | "aanmeldingAfronden")[];
            versie: number;
            vrijstelling: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                einddatum?: string;
                /** @enum {string} */
                grond: "art-5-onder-a" | "art-5-onder-b" | "art-5-onder-c";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ingangsdatum: string;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                schoolId?: string;
            } | null;
        };
        Figuren: {
            duurThuis: {
                aantal: number;
                mediaan: number | null;
                p90: number | null;
            };
            kwartaal: {
                jaar: number;
                kwartaal: 1 | 2 | 3 | 4;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                schooljaarStart: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                tot: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                van: string;
            };
            perBestuur: {
                afgesloten: number;
                bestuur: {
                    id: string | null;
                    naam: string | null;
                };
                gemeld: number;
                gemeldPerSoort: {
                    [key: string]: number;
                };
                langerDanDrieMaandenOpPeildatum: number;
                thuisOpPeildatum: number;
                thuiszitterGeworden: number;
                vrijstellingenOpPeildatum: number;
            }[];
            swv: {
                afgesloten: number;
                gemeld: number;
                gemeldPerSoort: {
                    [key: string]: number;
                };
                langerDanDrieMaandenOpPeildatum: number;
                thuisOpPeildatum: number;
                thuiszitterGeworden: number;
                vrijstellingenOpPeildatum: number;
            };
            uitkomsten: {
                aantal: number;
                uitkomst: string;
            }[];
        };
        Leerplichtgegevens: {
            afgeslotenOp: string | null;
            /** Format: uuid */
            casusId: string;
            gemeente: string;
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            gemeldOp: string;
            leerling: {
                nummer: string;
                soort: string;
            } | null;
            school: {
                bevoegdGezag: string;
                brin: string;
                id: string;
                naam: string;
            } | null;
            /** @enum {string} */
            soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
            /**
             * @description 'passend-aanbod' waar de casus 'aanbod' heet
             * @enum {string}
             */
            status: "signaal" | "gemeld" | "thuiszitter" | "vrijstelling" | "afgesloten" | "passend-aanbod";
            thuisSinds: string | null;
            thuiszitterSinds: string | null;
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
            expertises: string[];
            items: {
                bevoegdGezagId: string;
                bevoegdGezagNaam: string;
                brin: string;
                /** @description Wat de school kan bieden (SOP) */
                expertise: string[];
                id: string;
                naam: string;
                soort: string;
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
        Vergadering: {
            aanwezigen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            datum: string;
            /** Format: uuid */
            id: string;
            locatie?: string;
            notities?: string;
            /** @enum {string} */
            status: "gepland" | "gehouden" | "geannuleerd";
            swv: string;
            versie: number;
        };
        VergaderingMetAgenda: {
            aanwezigen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
            agenda: {
                items: {
                    aandachtTeamleider: boolean;
                    actietafelSinds: string | null;
                    /** @description Deze vergadering heeft de casus besproken */
                    besproken: boolean;
                    dagenThuis: number | null;
                    /** Format: uuid */
                    id: string;
                    leerling: {
                        /** @description Gemaskeerd leerlingnummer */
                        weergave: string;
                    } | null;
                    /** @enum {string} */
                    niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                    openActies: number;
                    school: {
                        id: string;
                        naam: string | null;
                    } | null;
                    /** @enum {string} */
                    soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
                    thuisSinds: string | null;
                    versie: number;
                    volgendeTermijn: {
                        soort: string;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        vervaltOp: string;
                    } | null;
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
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            datum: string;
            /** Format: uuid */
            id: string;
            locatie?: string;
            notities?: string;
            /** @enum {string} */
            status: "gepland" | "gehouden" | "geannuleerd";
            swv: string;
            toegestaneActies: ("vergaderingVerplaatsen" | "vergaderingAfronden" | "vergaderingAnnuleren")[];
            versie: number;
        };
        Werkvoorraad: {
            items: {
                aandachtTeamleider: boolean;
                dagenThuis: number | null;
                /** Format: uuid */
                id: string;
                leerling: {
                    /** @description Gemaskeerd leerlingnummer */
                    weergave: string;
                } | null;
                /** @enum {string} */
                niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                openActies: number;
                pactVerstreken: boolean;
                school: {
                    id: string;
                    naam: string | null;
                } | null;
                /** @enum {string} */
                soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
                /** @enum {string} */
                status: "signaal" | "gemeld" | "thuiszitter" | "aanbod" | "vrijstelling" | "afgesloten";
                thuisSinds: string | null;
                verlopenActies: number;
                volgendeTermijn: {
                    dagenResterend: number;
                    soort: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    vervaltOp: string;
                } | null;
            }[];
            /** @description Meer dan 1.000 treffers */
            meer: boolean;
            /** @description Hoeveel casussen aan het filter voldoen, geteld tot 1.000 */
            totaal: number;
            /** @description Cursor voor de volgende pagina (parameter na), of null aan het eind */
            volgende: string | null;
            /** @description Cursor voor de vorige pagina (parameter voor), of null aan het begin */
            vorige: string | null;
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
    Vergaderingen_agenda: {
        parameters: {
            query?: {
                limit?: number;
                na?: string;
                offset?: number;
                vergaderingId?: string;
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
            /** @description De casussen aan tafel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agenda"];
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
    Casussen_werkvoorraad: {
        parameters: {
            query?: {
                aandacht?: "ja";
                limit?: number;
                na?: string;
                niveau?: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                offset?: number;
                schoolId?: string;
                soort?: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
                sorteer?: "thuis" | "termijn";
                status?: ("signaal" | "gemeld" | "thuiszitter" | "aanbod" | "vrijstelling" | "afgesloten")[];
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
            /** @description Een pagina van de werkvoorraad */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Werkvoorraad"];
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
    Casussen_bekijk: {
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
            /** @description De casus */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Casus"];
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
    Casussen_actie: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                commando: "signaalBeoordelen" | "signaalAfwijzen" | "verzuimVastleggen" | "uitkomstVastleggen" | "afsluiten" | "vrijstellingBeeindigen" | "escaleren" | "besprekingVastleggen" | "doorzettingskrachtInzetten" | "doorzettingsmachtInzetten" | "terugNaarSteunpunt" | "actieToevoegen" | "actieAfronden" | "actieBijstellen" | "overlegVastleggen" | "crisisstapVastleggen" | "aanmeldingVastleggen" | "zorgplichtVerlengen" | "aanmeldingAfronden";
                id: string;
            };
            cookie?: never;
        };
        /** @description De velden van het commando, zonder type */
        requestBody: {
            content: {
                "application/json": {
                    betrokkenen?: {
                        omschrijving?: string;
                        /** @enum {string} */
                        partij: "ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig";
                    }[];
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    /** Format: uuid */
                    bevoegdGezagId?: string;
                    gemeente?: string;
                    /** @description Datum JJJJ-MM-DD */
                    gemeldOp?: string;
                    /** @description BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard die van het SWV */
                    leerling: {
                        bsn: string;
                        gemeente?: string;
                    } | {
                        gemeente?: string;
                        onderwijsnummer: string;
                    };
                    melder: {
                        /** Format: uuid */
                        organisatieId?: string;
                        /** @enum {string} */
                        soort: "school" | "steunpunt" | "leerplicht" | "gemeente" | "jeugdhulp";
                    };
                    /** @description Welk onderwijs de leerling nog krijgt */
                    onderwijsNog?: string;
                    /**
                     * Format: uuid
                     * @description School van inschrijving; verplicht behalve bij absoluut verzuim
                     */
                    schoolId?: string;
                    /** @enum {string} */
                    soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis";
                    /** @description Eerste dag thuis; verplicht bij verzuim */
                    thuisSinds?: string;
                    toelichting?: string;
                } | {
                    toelichting: string;
                } | {
                    /** @enum {string} */
                    soort: "langdurig-relatief-verzuim" | "absoluut-verzuim";
                    /** @description Datum JJJJ-MM-DD */
                    thuisSinds: string;
                } | {
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    crisisplaatsing?: boolean;
                    omschrijving?: string;
                    /** Format: uuid */
                    schoolId?: string;
                    /** @description Datum JJJJ-MM-DD */
                    startOp: string;
                    /** @enum {string} */
                    uitkomst: "plaatsing-onderwijs" | "plaatsing-jeugdhulp" | "arbeidstoeleiding";
                    /** Format: uuid */
                    vergaderingId?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    gestartOp?: string;
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                    /** @enum {string} */
                    reden?: "teruggekeerd" | "verhuisd" | "overig";
                    toelichting?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                } | {
                    toelichting: string;
                } | {
                    afspraken: string;
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                    /** Format: uuid */
                    vergaderingId: string;
                } | {
                    afspraak: string;
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    partijen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                    /** @description Datum JJJJ-MM-DD */
                    plaatsingUiterlijk: string;
                    /** Format: uuid */
                    schoolId?: string;
                    /** Format: uuid */
                    vergaderingId?: string;
                } | {
                    /** Format: uuid */
                    aangewezenSchoolId: string;
                    kaders: string;
                    motivering: string;
                    /** @description Datum JJJJ-MM-DD */
                    uiterlijkAanbodOp?: string;
                } | {
                    acties: {
                        /** @enum {string} */
                        eigenaar: "school" | "steunpunt" | "leerplicht" | "jeugdhulp" | "ouders" | "bestuur";
                        omschrijving: string;
                        ouderBetrokken?: boolean;
                        /** @description Datum JJJJ-MM-DD */
                        uiterlijkOp: string;
                    }[];
                    afspraken: string;
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    /** Format: uuid */
                    vergaderingId?: string;
                } | {
                    /** @enum {string} */
                    eigenaar: "school" | "steunpunt" | "leerplicht" | "jeugdhulp" | "ouders" | "bestuur";
                    omschrijving: string;
                    ouderBetrokken?: boolean;
                    /** @description Datum JJJJ-MM-DD */
                    uiterlijkOp: string;
                    /** Format: uuid */
                    vergaderingId?: string;
                } | {
                    /** Format: uuid */
                    actieId: string;
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                    resultaat: string;
                } | {
                    /** Format: uuid */
                    actieId: string;
                    toelichting: string;
                    /** @description Datum JJJJ-MM-DD */
                    uiterlijkOp: string;
                } | {
                    afspraken: string;
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    deelnemers: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                    /** @enum {string} */
                    stap: "bestuur-geinformeerd" | "orthopedagoog-geraadpleegd" | "steunpunt-gecontacteerd";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    aanmeldingOp: string;
                    /** Format: uuid */
                    schoolId: string;
                } | {
                    /** Format: uuid */
                    aanmeldingId: string;
                } | {
                    /** Format: uuid */
                    aanmeldingId: string;
                    /** @description Datum JJJJ-MM-DD */
                    op?: string;
                    /** @enum {string} */
                    uitkomst: "geplaatst" | "afgewezen";
                };
            };
        };
        responses: {
            /** @description De casus zoals GET; leerplicht (gemeente) krijgt alleen id en versie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aanbod: {
                            betrokkenheid: {
                                /** @enum {string} */
                                leerling: "betrokken" | "geinformeerd" | "niet-passend";
                                /** @enum {string} */
                                ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                            };
                            crisisplaatsing: boolean;
                            /** @enum {string} */
                            niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                            omschrijving?: string;
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            schoolId?: string;
                            startKlok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            startOp: string;
                            /** @enum {string} */
                            uitkomst: "plaatsing-onderwijs" | "plaatsing-jeugdhulp" | "arbeidstoeleiding";
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            vastgelegdOp: string;
                            vergaderingId?: string;
                        } | null;
                        aandachtTeamleiderSinds: string | null;
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        aangemaaktOp: string;
                        aanmeldingen: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            aanmeldingOp: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            afgerondOp?: string;
                            id: string;
                            klok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            schoolId: string;
                            /** @enum {string} */
                            status: "loopt" | "geplaatst" | "afgewezen" | "termijn-verstreken";
                            verlengd: boolean;
                        }[];
                        acties: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            afgerondOp?: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            afgesprokenOp: string;
                            /** @enum {string} */
                            eigenaar: "school" | "steunpunt" | "leerplicht" | "jeugdhulp" | "ouders" | "bestuur";
                            id: string;
                            klok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            omschrijving: string;
                            ouderBetrokken: boolean;
                            resultaat?: string;
                            /** @enum {string} */
                            status: "open" | "afgerond" | "verlopen";
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            uiterlijkOp: string;
                            vergaderingId?: string;
                        }[];
                        actietafelSinds: string | null;
                        afsluiting: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            gestartOp?: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            /** @enum {string} */
                            reden: "passend-aanbod" | "teruggekeerd" | "verhuisd" | "geen-thuiszitter" | "vrijstelling-beeindigd" | "overig";
                            toelichting?: string;
                        } | null;
                        besprekingen: {
                            afspraken: string;
                            betrokkenheid: {
                                /** @enum {string} */
                                leerling: "betrokken" | "geinformeerd" | "niet-passend";
                                /** @enum {string} */
                                ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                            };
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            vergaderingId: string;
                        }[];
                        bron: {
                            /** @enum {string} */
                            bron: "overdracht" | "toeleiding";
                            bronId: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            ontvangenOp: string;
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            sinds: string;
                        } | null;
                        crisis: {
                            overlegKlok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            overlegOp?: string;
                            stappen: {
                                /**
                                 * Format: date
                                 * @description JJJJ-MM-DD
                                 */
                                op: string;
                                /** @enum {string} */
                                stap: "bestuur-geinformeerd" | "orthopedagoog-geraadpleegd" | "steunpunt-gecontacteerd";
                            }[];
                        } | null;
                        dagenThuis: number | null;
                        doorzettingskracht: {
                            afspraak: string;
                            betrokkenheid: {
                                /** @enum {string} */
                                leerling: "betrokken" | "geinformeerd" | "niet-passend";
                                /** @enum {string} */
                                ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                            };
                            klok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            partijen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            plaatsingUiterlijk: string;
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            schoolId?: string;
                            vergaderingId?: string;
                        } | null;
                        doorzettingsmacht: {
                            aangewezenSchool: {
                                id: string;
                                naam: string | null;
                            } | null;
                            aangewezenSchoolId: string;
                            besluitId: string;
                            genomenDoor: string;
                            kaders: string;
                            klok: {
                                regelVersie: string;
                                /**
                                 * Format: date
                                 * @description Laatste dag
                                 */
                                vervaltOp: string;
                                waarschuwingDagen: number;
                            };
                            motivering: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            uiterlijkAanbodOp: string;
                        } | null;
                        escalaties: {
                            /** @enum {string} */
                            naar: "steunpunt" | "actietafel" | "teamleider" | "doorzettingskracht" | "doorzettingsmacht";
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            /** @enum {string} */
                            reden: "handmatig" | "termijn" | "thuiszitter" | "besluit" | "terug";
                            termijn?: string;
                            toelichting?: string;
                            /** @enum {string} */
                            van: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                        }[];
                        /** @description CBS-gemeentecode */
                        gemeente: string;
                        /** Format: uuid */
                        id: string;
                        leerling: {
                            /** @description Gemaskeerd leerlingnummer */
                            weergave: string;
                        } | null;
                        melding: {
                            betrokkenen: {
                                omschrijving?: string;
                                /** @enum {string} */
                                partij: "ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig";
                            }[];
                            betrokkenheid: {
                                /** @enum {string} */
                                leerling: "betrokken" | "geinformeerd" | "niet-passend";
                                /** @enum {string} */
                                ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                            };
                            bevoegdGezagId?: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            gemeldOp: string;
                            melder: {
                                organisatieId?: string;
                                /** @enum {string} */
                                soort: "school" | "steunpunt" | "leerplicht" | "gemeente" | "jeugdhulp";
                            };
                            onderwijsNog?: string;
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            schoolId?: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            thuisSinds?: string;
                            toelichting?: string;
                        } | null;
                        /** @enum {string} */
                        niveau: "school" | "steunpunt" | "actietafel" | "doorzettingskracht" | "doorzettingsmacht";
                        /**
                         * Format: date
                         * @description JJJJ-MM-DD
                         */
                        niveauSinds: string;
                        overleggen: {
                            afspraken: string;
                            betrokkenheid: {
                                /** @enum {string} */
                                leerling: "betrokken" | "geinformeerd" | "niet-passend";
                                /** @enum {string} */
                                ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                            };
                            deelnemers: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                            id: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                        }[];
                        pactVerstrekenOp: string | null;
                        /** @enum {string} */
                        soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis" | "vrijstelling";
                        /** @enum {string} */
                        status: "signaal" | "gemeld" | "thuiszitter" | "aanbod" | "vrijstelling" | "afgesloten";
                        termijnen: {
                            aanmeldingId?: string;
                            actieId?: string;
                            dagenResterend: number;
                            regelVersie: string;
                            soort: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            vervaltOp: string;
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            waarschuwOp: string;
                        }[];
                        thuiszitterSinds: string | null;
                        tijdlijn: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            op: string;
                            soort: string;
                            tekst: string;
                        }[];
                        toegestaneActies: ("signaalBeoordelen" | "signaalAfwijzen" | "verzuimVastleggen" | "uitkomstVastleggen" | "afsluiten" | "vrijstellingBeeindigen" | "escaleren" | "besprekingVastleggen" | "doorzettingskrachtInzetten" | "doorzettingsmachtInzetten" | "terugNaarSteunpunt" | "actieToevoegen" | "actieAfronden" | "actieBijstellen" | "overlegVastleggen" | "crisisstapVastleggen" | "aanmeldingVastleggen" | "zorgplichtVerlengen" | "aanmeldingAfronden")[];
                        versie: number;
                        vrijstelling: {
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            einddatum?: string;
                            /** @enum {string} */
                            grond: "art-5-onder-a" | "art-5-onder-b" | "art-5-onder-c";
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            ingangsdatum: string;
                            school: {
                                id: string;
                                naam: string | null;
                            } | null;
                            schoolId?: string;
                        } | null;
                    } | {
                        /** Format: uuid */
                        id: string;
                        versie: number;
                    };
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
            /** @description invalid-state-transition (huidigeStatus, commando) of conflict (versie) */
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
    Leerplicht_leerplicht: {
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
            /** @description Wat leerplicht van de melding mag weten */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Leerplichtgegevens"];
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
    Figuren_cijfers: {
        parameters: {
            query: {
                jaar: number;
                kwartaal: number;
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
            /** @description De cijfers van het kwartaal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Figuren"];
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
    Figuren_inspectie: {
        parameters: {
            query: {
                formaat?: "csv" | "xlsx";
                jaar: number;
                kwartaal: number;
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
            /** @description Het register als CSV of XLSX (X-Kolommen-Versie: de versie van de kolommen) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
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
    Casussen_melden: {
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
                    betrokkenen?: {
                        omschrijving?: string;
                        /** @enum {string} */
                        partij: "ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig";
                    }[];
                    /** @description Ouders (altijd) en waar mogelijk de leerling: betrokken, geïnformeerd, niet bereikt / niet passend */
                    betrokkenheid: {
                        /** @enum {string} */
                        leerling: "betrokken" | "geinformeerd" | "niet-passend";
                        /** @enum {string} */
                        ouders: "betrokken" | "geinformeerd" | "niet-bereikt";
                    };
                    /** Format: uuid */
                    bevoegdGezagId?: string;
                    gemeente?: string;
                    /** @description Datum JJJJ-MM-DD */
                    gemeldOp?: string;
                    /** @description BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard die van het SWV */
                    leerling: {
                        bsn: string;
                        gemeente?: string;
                    } | {
                        gemeente?: string;
                        onderwijsnummer: string;
                    };
                    melder: {
                        /** Format: uuid */
                        organisatieId?: string;
                        /** @enum {string} */
                        soort: "school" | "steunpunt" | "leerplicht" | "gemeente" | "jeugdhulp";
                    };
                    /** @description Welk onderwijs de leerling nog krijgt */
                    onderwijsNog?: string;
                    /**
                     * Format: uuid
                     * @description School van inschrijving; verplicht behalve bij absoluut verzuim
                     */
                    schoolId?: string;
                    /** @enum {string} */
                    soort: "dreigend" | "langdurig-relatief-verzuim" | "absoluut-verzuim" | "crisis";
                    /** @description Eerste dag thuis; verplicht bij verzuim */
                    thuisSinds?: string;
                    toelichting?: string;
                };
            };
        };
        responses: {
            /** @description De nieuwe casus */
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
    Scholen_zoek: {
        parameters: {
            query?: {
                expertise?: string[];
                naam?: string;
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
            /** @description De scholen en alle expertises van het samenwerkingsverband */
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
    Vergaderingen_lijst: {
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
            /** @description De vergaderingen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            aanwezigen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                            /**
                             * Format: date
                             * @description JJJJ-MM-DD
                             */
                            datum: string;
                            /** Format: uuid */
                            id: string;
                            locatie?: string;
                            notities?: string;
                            /** @enum {string} */
                            status: "gepland" | "gehouden" | "geannuleerd";
                            swv: string;
                            versie: number;
                        }[];
                    };
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
    Vergaderingen_plannen: {
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
                    /** @description Datum JJJJ-MM-DD */
                    datum: string;
                    locatie?: string;
                };
            };
        };
        responses: {
            /** @description De nieuwe vergadering */
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
    Vergaderingen_bekijk: {
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
            /** @description De vergadering met haar agenda */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VergaderingMetAgenda"];
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
    Vergaderingen_actie: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                commando: "vergaderingVerplaatsen" | "vergaderingAfronden" | "vergaderingAnnuleren";
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Datum JJJJ-MM-DD */
                    datum: string;
                } | {
                    aanwezigen: ("ouders" | "leerling" | "school" | "bestuur" | "steunpunt" | "leerplicht" | "jeugdhulp" | "wijkteam" | "zorgaanbieder" | "overig")[];
                    notities?: string;
                } | {
                    reden: string;
                };
            };
        };
        responses: {
            /** @description De vergadering na het commando */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vergadering"];
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
            /** @description invalid-state-transition of conflict (versie) */
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
    Casussen_vrijstelling: {
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
                    /** @description Datum JJJJ-MM-DD */
                    einddatum?: string;
                    gemeente?: string;
                    /** @enum {string} */
                    grond: "art-5-onder-a" | "art-5-onder-b" | "art-5-onder-c";
                    /** @description Datum JJJJ-MM-DD */
                    ingangsdatum: string;
                    /** @description BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard die van het SWV */
                    leerling: {
                        bsn: string;
                        gemeente?: string;
                    } | {
                        gemeente?: string;
                        onderwijsnummer: string;
                    };
                    /** Format: uuid */
                    schoolId?: string;
                };
            };
        };
        responses: {
            /** @description De nieuwe casus */
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
