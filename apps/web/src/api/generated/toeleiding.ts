// Generated from the toeleiding OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/aanvragen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkvoorraad: open aanvragen met volgende stap en termijn */
        get: operations["Aanvragen_werkvoorraad"];
        put?: never;
        /** Nieuwe aanvraag (concept); een school alleen voor een eigen leerling (aanvrager = de eigen school) */
        post: operations["Aanvragen_aanmaken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De aanvraag met tijdlijn, termijnen en toegestane acties (één regel in de toegangslog) */
        get: operations["Aanvragen_bekijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/acties/{commando}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een commando uitvoeren; antwoord: de aanvraag zoals GET. If-Match: "<versie>" voorkomt dubbel werk. */
        post: operations["Aanvragen_actie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/behandelaar": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Behandelaar toewijzen (teamleider: iedereen; consulent: zelf oppakken of de eigen zaak overdragen) */
        put: operations["Aanvragen_behandelaar"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/besluitbrief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Besluitbrief opstellen (PDF) voor een verzenddatum; een nieuwe versie bij elke keer */
        post: operations["Besluitbrief_opstellen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/besluitbrief/verzenden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** De opgestelde brief verzenden: de bekendmaking op de verzenddatum (Awb 3:41); de bezwaartermijn loopt vanaf de dag erna */
        post: operations["Besluitbrief_verzenden"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/documenten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Document toevoegen (PDF, DOCX, PNG, JPEG; het type wordt aan de inhoud herkend). Body: het bestand; header x-bestandsnaam. */
        post: operations["Documenten_toevoegen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/{id}/documenten/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Document downloaden (laatste versie, of ?versie=n); één regel in de toegangslog */
        get: operations["Documenten_download"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkvoorraad exporteren als CSV of XLSX (zonder leerlinggegevens; één regel in de toegangslog) */
        get: operations["Aanvragen_exporteren"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/aanvragen/zoeken": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Zoeken op kenmerk, naam, geboortedatum, BSN/onderwijsnummer of school (één regel in de toegangslog) */
        post: operations["Aanvragen_zoeken"];
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
    "/bulk/einddatum-wijzigen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Einddatum wijzigen van alle lopende TLVs met een gegeven einddatum (één auditregel per TLV) */
        post: operations["Overig_bulkEinddatum"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportage/doorlooptijden": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Doorlooptijden ingediend → besluit → plaatsing per school en maand */
        get: operations["Rapportage_doorlooptijden"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/rapportage/overzicht/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Overzicht (doorlooptijden en laatste telling) exporteren als CSV of XLSX */
        get: operations["Rapportage_overzichtExporteren"];
        put?: never;
        post?: never;
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
        /** Scholen van het samenwerkingsverband */
        get: operations["Overig_scholen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tellingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Telling vaststellen voor een teldatum (normaal doet de termijnmotor dit op de teldatum) */
        post: operations["Rapportage_tellingVaststellen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tellingen/laatste": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De laatste teldatum-telling */
        get: operations["Rapportage_laatsteTelling"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/tlvs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** TLVs geldig op een peildatum (gemeente: alleen aantallen) */
        get: operations["Rapportage_tlvs"];
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
        Aanvraag: {
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            aangemaaktOp: string;
            adviezen: {
                /** @enum {string} */
                advies: "toelaatbaar" | "niet-toelaatbaar";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                deskundige: {
                    deskundigeId: string;
                    /** @enum {string} */
                    discipline: "orthopedagoog" | "psycholoog" | "jeugdpsycholoog" | "pedagoog" | "jeugdpsychiater" | "arts" | "maatschappelijk-werker";
                    /** @enum {string} */
                    rol: "eerste" | "tweede";
                };
                documentRef: string | null;
                motivering: string | null;
                soort: ("PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog") | null;
            }[];
            afgeslotenOp: string | null;
            /** @description Andere open aanvragen van dezelfde leerling */
            andereOpenAanvragen: {
                /** Format: uuid */
                id: string;
                kenmerk: string;
                /** @enum {string} */
                status: "concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling";
            }[];
            behandelaar: {
                id: string;
                naam: string | null;
            } | null;
            bekendgemaaktOp: string | null;
            beroepen: {
                beroepId: string;
                besluitId: string;
                /** @enum {string} */
                indiener: "ouders" | "bevoegd-gezag";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ontvangenOp: string;
                /** @enum {string} */
                tijdigheid: "awb-6:9-lid-1" | "awb-6:9-lid-2" | "te-laat";
                uitspraak?: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    hogerBeroepstermijn: {
                        /**
                         * Format: date
                         * @description Laatste dag
                         */
                        datum: string;
                        regelVersie: string;
                    };
                    /** @enum {string} */
                    uitkomst: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                };
                vernietigdeBeslissing?: {
                    beroepstermijn: {
                        /**
                         * Format: date
                         * @description Laatste dag
                         */
                        datum: string;
                        regelVersie: string;
                    };
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    genomenDoor: string;
                    motivering: string;
                    /** @enum {string} */
                    uitkomst: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                verzondenOp?: string;
            }[];
            besluit: ({
                besluitId: string;
                /** @description De rechtspersoon van het samenwerkingsverband: het besluit is in zijn naam genomen */
                bestuursorgaan: {
                    naam: string;
                    urn: string;
                };
                einddatum: string | "onbepaald";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                genomenOp: string;
                /** @enum {string} */
                grondslag: "aanvraag" | "beslissing-op-bezwaar" | "wijziging-einddatum";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ingangsdatum: string;
                motivering: string;
                onbepaaldReden?: string;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                tlvId: string | null;
                /** @constant */
                uitkomst: "toelaatbaar";
            } | {
                besluitId: string;
                /** @description De rechtspersoon van het samenwerkingsverband: het besluit is in zijn naam genomen */
                bestuursorgaan: {
                    naam: string;
                    urn: string;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                genomenOp: string;
                /** @enum {string} */
                grondslag: "aanvraag" | "beslissing-op-bezwaar" | "wijziging-einddatum";
                motivering: string;
                tlvId: string | null;
                /** @constant */
                uitkomst: "niet-toelaatbaar";
            }) | null;
            bevoegdGezagId: string;
            bezwaar: {
                beslissing?: {
                    beroepstermijn: {
                        /**
                         * Format: date
                         * @description Laatste dag
                         */
                        datum: string;
                        regelVersie: string;
                    };
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    genomenDoor: string;
                    motivering: string;
                    /** @enum {string} */
                    uitkomst: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                };
                besluitId: string;
                bezwaarId: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                doorgestuurdNaarLbtOp?: string;
                /** @enum {string} */
                indiener: "ouders" | "bevoegd-gezag";
                lbtAdvies?: {
                    /** @enum {string} */
                    advies: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ontvangenOp: string;
                telaat: boolean;
                /**
                 * @description Welke regel van Awb 6:9 besliste
                 * @enum {string}
                 */
                tijdigheid?: "awb-6:9-lid-1" | "awb-6:9-lid-2" | "te-laat";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                verdaagdOp?: string;
                verschoonbaarheid?: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    door: string;
                    reden: string;
                    verschoonbaar: boolean;
                };
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                verzondenOp?: string;
            } | null;
            bezwaartermijn: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                eindigtOp: string;
                regelVersie: string;
                /** @description Verschuivingen door de Algemene termijnenwet */
                verschoven: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    naar: string;
                    reden: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    van: string;
                }[];
            } | null;
            documenten: {
                bestandsnaam: string;
                /** @description Bytes */
                grootte: number;
                /** Format: uuid */
                id: string;
                /** @description Het type zoals de inhoud het toont (application/pdf, …) */
                inhoudstype: string;
                onderdeel: string;
                soort: string;
                /** @description Id van de medewerker */
                toegevoegdDoor: string;
                /** Format: date-time */
                toegevoegdOp: string;
                versie: number;
            }[];
            dossier: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                eersteSignaalOp?: string;
                /** @enum {string} */
                gevraagdeSoort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                gewensteDuur?: {
                    einddatum: string | "onbepaald";
                    onderbouwing: string;
                };
                ondersteuningsbehoefte?: string;
                oppRef?: string;
                tloVerslagRef?: string;
            };
            einde: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                /** @enum {string} */
                reden: "terugplaatsing-regulier" | "overplaatsing" | "verhuizing" | "uitstroom" | "overig" | "herroepen" | "verlopen";
            } | null;
            /** Format: uuid */
            id: string;
            ingediendOp: string | null;
            kenmerk: string;
            leerling: {
                geboortedatum?: string;
                naam?: string;
                /** @description Gemaskeerd leerlingnummer */
                weergave: string;
            };
            onherroepelijkheid: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                nazendtermijnEindigdeOp: string;
                /** @enum {string} */
                regel: "bezwaartermijn-verstreken" | "beroepstermijn-verstreken" | "hoger-beroepstermijn-verstreken";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                termijnEindigdeOp: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vastgesteldOp: string;
            } | null;
            onherroepelijkOp: string | null;
            opschortingen: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                aanvullenVoor: string;
                ontbrekend: ("ondersteuningsbehoefte" | "opp" | "tlo-verslag" | "deskundigenadvies" | "tweede-deskundigenadvies" | "motivering-duur" | "overig")[];
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                tot?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                van: string;
            }[];
            overbrugging: {
                arrangementRef?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                tot?: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                van: string;
            } | null;
            plaatsing: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                schoolId: string;
                schoolNaam: string | null;
                wachtdagen: number;
            } | null;
            school: {
                id: string;
                naam: string | null;
            };
            /** @enum {string} */
            status: "concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling";
            swv: string;
            termijnen: {
                dagenResterend?: number;
                id: string;
                regelVersie: string;
                /** @enum {string} */
                signaal?: "verlopen" | "risico" | "op-tijd";
                soort: string;
                /**
                 * @description armed: loopt; fired: verstreken en afgehandeld
                 * @enum {string}
                 */
                status: "armed" | "fired";
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vervaltOp: string;
                /** @description Negatief: werkdagen verlopen */
                werkdagenResterend?: number;
            }[];
            tijdlijn: {
                actie: string;
                door: {
                    naam?: string;
                    rol: string;
                };
                status: string | null;
                /** Format: date-time */
                tijdstip: string;
                toelichting?: string;
                uitvoering: string | null;
            }[];
            /** @description De commando’s die deze rol nu mag geven */
            toegestaneActies: ("conceptWijzigen" | "indienen" | "intrekken" | "aanvullingVragen" | "aanvullen" | "buitenBehandelingStellen" | "inBehandelingNemen" | "adviesVastleggen" | "besluitNemen" | "bekendmaken" | "bezwaarRegistreren" | "doorsturenNaarLbt" | "lbtAdviesRegistreren" | "beslissingOpBezwaarVerdagen" | "beslissenOpBezwaar" | "termijnoverschrijdingBeoordelen" | "beroepRegistreren" | "uitspraakRegistreren" | "onherroepelijkVerklaren" | "overbruggingStarten" | "overbruggingBeeindigen" | "plaatsingRegistreren" | "einddatumWijzigen" | "jaarlijkseEvaluatieVastleggen" | "verlopen" | "beeindigen" | "verlengingAanvragen")[];
            uitvoering: ("niet-geplaatst" | "overbrugging" | "geplaatst" | "verlopen" | "beeindigd") | null;
            verlenging: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                aangevraagdOp: string;
                aanvraagId: string;
            } | null;
            verlengingVan: string | null;
            /** @description Ook de ETag; stuur als If-Match bij een commando */
            versie: number;
            volgendeStap: {
                actie: string;
                wat: string;
                /** @enum {string} */
                wie: "school" | "consulent" | "orthopedagoog" | "teamleider" | "ouders" | "lbt" | "rechtbank";
            } | null;
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
        BesluitbriefOpgesteld: {
            /**
             * Format: date
             * @description De laatste dag van de bezwaartermijn, zoals de brief hem noemt
             */
            bezwaarUiterlijk: string;
            document: {
                bestandsnaam: string;
                /** @description Bytes */
                grootte: number;
                /** Format: uuid */
                id: string;
                /** @description Het type zoals de inhoud het toont (application/pdf, …) */
                inhoudstype: string;
                onderdeel: string;
                soort: string;
                /** @description Id van de medewerker */
                toegevoegdDoor: string;
                /** Format: date-time */
                toegevoegdOp: string;
                versie: number;
            };
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            verzenddatum: string;
        };
        DocumentInfo: {
            bestandsnaam: string;
            /** @description Bytes */
            grootte: number;
            /** Format: uuid */
            id: string;
            /** @description Het type zoals de inhoud het toont (application/pdf, …) */
            inhoudstype: string;
            onderdeel: string;
            soort: string;
            /** @description Id van de medewerker */
            toegevoegdDoor: string;
            /** Format: date-time */
            toegevoegdOp: string;
            versie: number;
        };
        Doorlooptijden: {
            items: {
                aantal: number;
                /** @description Kalenderdagen; null zonder zaken */
                besluitTotPlaatsingDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description Kalenderdagen; null zonder zaken */
                ingediendTotBesluitDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description JJJJ-MM van het besluit */
                maand: string;
                schoolId: string;
                schoolNaam: string | null;
                /** @description Kalenderdagen; null zonder zaken */
                signaalTotBesluitDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description Kalenderdagen; null zonder zaken */
                signaalTotPlaatsingDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
            }[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            tot: string;
            /** @description Het hele samenwerkingsverband */
            totaal: {
                aantal: number;
                /** @description Kalenderdagen; null zonder zaken */
                besluitTotPlaatsingDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description Kalenderdagen; null zonder zaken */
                ingediendTotBesluitDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description Kalenderdagen; null zonder zaken */
                signaalTotBesluitDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
                /** @description Kalenderdagen; null zonder zaken */
                signaalTotPlaatsingDagen: {
                    mediaan: number | null;
                    p90: number | null;
                };
            };
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            van: string;
        };
        GeldigeTlvs: {
            items?: {
                /** Format: uuid */
                aanvraagId: string;
                /** @description null: onbepaald */
                einddatum: string | null;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ingangsdatum: string;
                leerlingWeergave: string;
                plaatsingDatum: string | null;
                plaatsingSchoolId: string | null;
                schoolId: string;
                schoolNaam: string | null;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                tlvId: string;
                uitvoering: ("niet-geplaatst" | "overbrugging" | "geplaatst" | "verlopen" | "beeindigd") | null;
            }[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            peildatum: string;
            perSoort: {
                aantal: number;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
            }[];
            totaal: number;
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
                /** Format: uuid */
                bevoegdGezagId: string;
                bevoegdGezagNaam: string;
                brin: string;
                /** Format: uuid */
                id: string;
                naam: string;
                plaats: string | null;
                /** @enum {string} */
                soort: "regulier" | "SBO" | "SO" | "VSO" | "PrO";
            }[];
        };
        Telling: {
            perSchool: {
                aantal: number;
                plaatsingen: number;
                schoolId: string;
                schoolNaam: string | null;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
            }[];
            perSoort: {
                aantal: number;
                plaatsingen: number;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
            }[];
            /** @description De soorten die op deze teldatum geteld zijn */
            soorten: ("PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog")[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            teldatum: string;
            tellingId: string;
            totaalGeldigeTlvs: number;
            totaalPlaatsingen: number;
            /** Format: date-time */
            vastgesteldOp: string;
        };
        TellingVastgesteld: {
            regels: {
                geldigeTlvs: number;
                plaatsingen: number;
                schoolId: string;
                /** @enum {string} */
                soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
            }[];
            soorten: ("PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog")[];
            swv: string;
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            teldatum: string;
            tellingId: string;
            totaalGeldigeTlvs: number;
            totaalPlaatsingen: number;
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
        Werkvoorraad: {
            items: {
                behandelaar: {
                    id: string;
                    naam: string | null;
                } | null;
                /** Format: uuid */
                id: string;
                ingediendOp: string | null;
                kenmerk: string;
                leerling: {
                    geboortedatum?: string;
                    naam?: string;
                    /** @description Gemaskeerd leerlingnummer */
                    weergave: string;
                };
                open: boolean;
                school: {
                    id: string;
                    naam: string | null;
                };
                soort: ("PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog") | null;
                /** @enum {string} */
                status: "concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling";
                uitvoering: ("niet-geplaatst" | "overbrugging" | "geplaatst" | "verlopen" | "beeindigd") | null;
                volgendeStap: {
                    actie: string;
                    wat: string;
                    /** @enum {string} */
                    wie: "school" | "consulent" | "orthopedagoog" | "teamleider" | "ouders" | "lbt" | "rechtbank";
                } | null;
                volgendeTermijn: {
                    dagenResterend: number;
                    /** @enum {string} */
                    signaal: "verlopen" | "risico" | "op-tijd";
                    soort: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    vervaltOp: string;
                    /** @description Negatief: werkdagen verlopen */
                    werkdagenResterend: number;
                } | null;
            }[];
            /** @description Hoeveel zaken aan het filter voldoen; met totaalBegrensd: ten minste zoveel */
            totaal: number;
            /** @description Het tellen is bij 10.000 gestopt: er zijn meer dan 10.000 zaken (totaal is dan 10000) */
            totaalBegrensd: boolean;
            /** @description Cursor voor de volgende pagina (parameter na), of null aan het eind */
            volgende: string | null;
            /** @description Cursor voor de vorige pagina (parameter voor), of null aan het begin */
            vorige: string | null;
        };
        Zoekresultaat: {
            /** @enum {string} */
            criterium: "kenmerk" | "leerlingnummer" | "geboortedatum" | "naam-of-school";
            items: {
                behandelaar: {
                    id: string;
                    naam: string | null;
                } | null;
                /** Format: uuid */
                id: string;
                ingediendOp: string | null;
                kenmerk: string;
                leerling: {
                    geboortedatum?: string;
                    naam?: string;
                    /** @description Gemaskeerd leerlingnummer */
                    weergave: string;
                };
                open: boolean;
                school: {
                    id: string;
                    naam: string | null;
                };
                soort: ("PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog") | null;
                /** @enum {string} */
                status: "concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling";
                uitvoering: ("niet-geplaatst" | "overbrugging" | "geplaatst" | "verlopen" | "beeindigd") | null;
                volgendeStap: {
                    actie: string;
                    wat: string;
                    /** @enum {string} */
                    wie: "school" | "consulent" | "orthopedagoog" | "teamleider" | "ouders" | "lbt" | "rechtbank";
                } | null;
                volgendeTermijn: {
                    dagenResterend: number;
                    /** @enum {string} */
                    signaal: "verlopen" | "risico" | "op-tijd";
                    soort: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    vervaltOp: string;
                    /** @description Negatief: werkdagen verlopen */
                    werkdagenResterend: number;
                } | null;
            }[];
            /** @description Er zijn meer treffers dan getoond */
            meer: boolean;
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
    Aanvragen_werkvoorraad: {
        parameters: {
            query?: {
                binnen?: "week";
                limit?: number;
                na?: string;
                offset?: number;
                schoolId?: string;
                soort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                sorteer?: "termijn" | "ingediend";
                status?: ("concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling")[];
                voor?: string;
                wie?: "mij" | "aan-zet" | "niemand";
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
            /** @description Een pagina van de werkvoorraad; totaal telt alle zaken die aan het filter voldoen */
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
    Aanvragen_aanmaken: {
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
        /** @description Leerling, aanvragende school en (een deel van) het dossier */
        requestBody: {
            content: {
                "application/json": {
                    aanvrager: {
                        /** Format: uuid */
                        bevoegdGezagId: string;
                        /** Format: uuid */
                        schoolId: string;
                    };
                    /** @description Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd */
                    dossier?: {
                        /** @description Wanneer de school de ondersteuningsbehoefte voor het eerst signaleerde (doorlooptijd signaal → ondersteuning) */
                        eersteSignaalOp?: string;
                        /** @enum {string} */
                        gevraagdeSoort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        gewensteDuur?: {
                            einddatum: string | "onbepaald";
                            onderbouwing: string;
                        };
                        /** @description In HGW-termen: wat is geprobeerd, wat is nodig */
                        ondersteuningsbehoefte?: string;
                        oppRef?: string;
                        tloVerslagRef?: string;
                    };
                    /** @description BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard GM0034; naam en geboortedatum (versleuteld bewaard) samen of niet */
                    leerling: {
                        achternaam?: string;
                        bsn: string;
                        /** @description JJJJ-MM-DD */
                        geboortedatum?: string;
                        gemeente?: string;
                        tussenvoegsel?: string;
                        voornaam?: string;
                    } | {
                        achternaam?: string;
                        /** @description JJJJ-MM-DD */
                        geboortedatum?: string;
                        gemeente?: string;
                        onderwijsnummer: string;
                        tussenvoegsel?: string;
                        voornaam?: string;
                    };
                };
            };
        };
        responses: {
            /** @description De nieuwe aanvraag (concept) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id: string;
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
    Aanvragen_bekijk: {
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
            /** @description De aanvraag (docs/api/toeleiding.md, "Case"); ETag = versie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanvraag"];
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
    Aanvragen_actie: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                commando: "conceptWijzigen" | "indienen" | "aanvullingVragen" | "aanvullen" | "inBehandelingNemen" | "adviesVastleggen" | "besluitNemen" | "bekendmaken" | "bezwaarRegistreren" | "termijnoverschrijdingBeoordelen" | "beroepRegistreren" | "uitspraakRegistreren" | "doorsturenNaarLbt" | "lbtAdviesRegistreren" | "beslissingOpBezwaarVerdagen" | "beslissenOpBezwaar" | "plaatsingRegistreren" | "overbruggingStarten" | "overbruggingBeeindigen" | "einddatumWijzigen" | "beeindigen" | "jaarlijkseEvaluatieVastleggen" | "verlengingAanvragen" | "intrekken" | "buitenBehandelingStellen";
                id: string;
            };
            cookie?: never;
        };
        /** @description De velden van het commando, zonder type en swv */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd */
                    dossier: {
                        /** @description Wanneer de school de ondersteuningsbehoefte voor het eerst signaleerde (doorlooptijd signaal → ondersteuning) */
                        eersteSignaalOp?: string;
                        /** @enum {string} */
                        gevraagdeSoort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        gewensteDuur?: {
                            einddatum: string | "onbepaald";
                            onderbouwing: string;
                        };
                        /** @description In HGW-termen: wat is geprobeerd, wat is nodig */
                        ondersteuningsbehoefte?: string;
                        oppRef?: string;
                        tloVerslagRef?: string;
                    };
                } | {
                    /** @description Datum van ontvangst, standaard vandaag */
                    ontvangenOp?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    aanvullenVoor: string;
                    ontbrekend: ("ondersteuningsbehoefte" | "opp" | "tlo-verslag" | "deskundigenadvies" | "tweede-deskundigenadvies" | "motivering-duur" | "overig")[];
                } | {
                    /** @description Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd */
                    dossier?: {
                        /** @description Wanneer de school de ondersteuningsbehoefte voor het eerst signaleerde (doorlooptijd signaal → ondersteuning) */
                        eersteSignaalOp?: string;
                        /** @enum {string} */
                        gevraagdeSoort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        gewensteDuur?: {
                            einddatum: string | "onbepaald";
                            onderbouwing: string;
                        };
                        /** @description In HGW-termen: wat is geprobeerd, wat is nodig */
                        ondersteuningsbehoefte?: string;
                        oppRef?: string;
                        tloVerslagRef?: string;
                    };
                    /** @description Datum JJJJ-MM-DD */
                    ontvangenOp?: string;
                } | Record<string, never> | {
                    /** @enum {string} */
                    advies: "toelaatbaar" | "niet-toelaatbaar";
                    deskundige: {
                        /** @description Standaard de ingelogde orthopedagoog (eerste deskundige) */
                        deskundigeId?: string;
                        /** @enum {string} */
                        discipline: "orthopedagoog" | "psycholoog" | "jeugdpsycholoog" | "pedagoog" | "jeugdpsychiater" | "arts" | "maatschappelijk-werker";
                        /** @enum {string} */
                        rol: "eerste" | "tweede";
                    };
                    /** @description Het adviesdocument (id uit POST /aanvragen/:id/documenten) */
                    documentRef?: string;
                    /** @description De onderbouwing van het advies */
                    motivering?: string;
                    /** @description PrO: toetsing aan de landelijke criteria, vastgelegd door de eerste deskundige */
                    proGegevens?: {
                        /** @description Totaal-IQ */
                        iq: number;
                        /** @description Leerachterstand per domein in procenten */
                        leerachterstanden: {
                            [key: string]: number;
                        };
                    };
                    /** @enum {string} */
                    soort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                } | {
                    inhoud: {
                        /** @description 31 juli, of onbepaald met onbepaaldReden */
                        einddatum: string | "onbepaald";
                        /** @description Datum JJJJ-MM-DD */
                        ingangsdatum: string;
                        motivering: string;
                        onbepaaldReden?: string;
                        /** @enum {string} */
                        soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        /** @constant */
                        uitkomst: "toelaatbaar";
                    } | {
                        motivering: string;
                        /** @constant */
                        uitkomst: "niet-toelaatbaar";
                    };
                } | {
                    /** @description Datum van verzending van de besluitbrief (Awb 3:41); de bezwaartermijn loopt vanaf de dag erna */
                    datum: string;
                } | {
                    /** @enum {string} */
                    indiener: "ouders" | "bevoegd-gezag";
                    /** @description Datum van ontvangst */
                    ontvangenOp: string;
                    /** @description Datum poststempel bij verzending per post (Awb 6:9 lid 2) */
                    verzondenOp?: string;
                } | {
                    reden: string;
                    /** @description Awb 6:11: redelijkerwijs niet in verzuim */
                    verschoonbaar: boolean;
                } | {
                    /** @enum {string} */
                    indiener: "ouders" | "bevoegd-gezag";
                    /** @description Datum van ontvangst van het beroepschrift door de rechtbank */
                    ontvangenOp: string;
                    /** @description Datum poststempel bij verzending per post (Awb 6:9 lid 2) */
                    verzondenOp?: string;
                } | {
                    /** @description Datum van verzending van de uitspraak */
                    datum?: string;
                    /** @enum {string} */
                    uitkomst: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                } | {
                    /** @enum {string} */
                    advies: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                } | {
                    herzienBesluit?: {
                        /** @description 31 juli, of onbepaald met onbepaaldReden */
                        einddatum: string | "onbepaald";
                        /** @description Datum JJJJ-MM-DD */
                        ingangsdatum: string;
                        motivering: string;
                        onbepaaldReden?: string;
                        /** @enum {string} */
                        soort: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        /** @constant */
                        uitkomst: "toelaatbaar";
                    } | {
                        motivering: string;
                        /** @constant */
                        uitkomst: "niet-toelaatbaar";
                    };
                    motivering: string;
                    /** @enum {string} */
                    uitkomst: "gegrond" | "ongegrond" | "niet-ontvankelijk";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum: string;
                    /** Format: uuid */
                    schoolId: string;
                } | {
                    arrangementRef?: string;
                    /** @description Datum JJJJ-MM-DD */
                    van?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    tot?: string;
                } | {
                    einddatum: string | "onbepaald";
                    motivering: string;
                    onbepaaldReden?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @enum {string} */
                    reden: "terugplaatsing-regulier" | "overplaatsing" | "verhuizing" | "uitstroom" | "overig";
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description Het OPP is met ouders en leerling geëvalueerd (001:1571) */
                    oppGeevalueerd: boolean;
                    /**
                     * @description Past terug- of overplaatsing (001:2080-2082)?
                     * @enum {string}
                     */
                    uitkomst: "voortzetten" | "terugplaatsing-voorbereiden" | "overplaatsing-voorbereiden";
                } | {
                    /** Format: uuid */
                    bevoegdGezagId: string;
                    /** @description Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd */
                    dossier?: {
                        /** @description Wanneer de school de ondersteuningsbehoefte voor het eerst signaleerde (doorlooptijd signaal → ondersteuning) */
                        eersteSignaalOp?: string;
                        /** @enum {string} */
                        gevraagdeSoort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                        gewensteDuur?: {
                            einddatum: string | "onbepaald";
                            onderbouwing: string;
                        };
                        /** @description In HGW-termen: wat is geprobeerd, wat is nodig */
                        ondersteuningsbehoefte?: string;
                        oppRef?: string;
                        tloVerslagRef?: string;
                    };
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                } | {
                    motivering: string;
                };
            };
        };
        responses: {
            /** @description De aanvraag na het commando, zoals GET /aanvragen/:id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanvraag"];
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
            /** @description invalid-state-transition (huidigeStatus, commando) or conflict (versie) */
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
    Aanvragen_behandelaar: {
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
        /** @description De kaart uit GET /api/medewerkers, of null */
        requestBody: {
            content: {
                "application/json": {
                    /** @description De kaart van de medewerker uit GET /api/medewerkers (door de gateway ondertekend), of null: geen behandelaar */
                    kaart: string | null;
                    reden?: string;
                };
            };
        };
        responses: {
            /** @description De aanvraag met de nieuwe behandelaar, zoals GET /aanvragen/:id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanvraag"];
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
    Besluitbrief_opstellen: {
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
        /** @description De verzenddatum (bekendmaking) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description De dag waarop de brief wordt verzonden: de bekendmaking (Awb 3:41) */
                    verzenddatum: string;
                };
            };
        };
        responses: {
            /** @description De opgestelde brief (PDF, als document van de zaak) en de laatste dag van de bezwaartermijn die hij noemt */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BesluitbriefOpgesteld"];
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
            /** @description invalid-state-transition: het besluit is nog niet genomen of al bekendgemaakt */
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
    Besluitbrief_verzenden: {
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
        /** @description De verzenddatum (bekendmaking) */
        requestBody: {
            content: {
                "application/json": {
                    /** @description De dag waarop de brief wordt verzonden: de bekendmaking (Awb 3:41) */
                    verzenddatum: string;
                };
            };
        };
        responses: {
            /** @description De aanvraag na de bekendmaking, zoals GET /aanvragen/:id */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Aanvraag"];
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
            /** @description conflict: geen brief opgesteld, of opgesteld voor een andere verzenddatum */
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
    Documenten_toevoegen: {
        parameters: {
            query: {
                /** @description Een nieuwe versie van dit document */
                documentId?: unknown;
                onderdeel: "aanvraag" | "advies" | "besluit";
                soort: "opp" | "tlo-verslag" | "overig" | "advies" | "besluitbrief";
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
        requestBody?: never;
        responses: {
            /** @description Het document (de nieuwe versie) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentInfo"];
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
            /** @description Het bestand is te groot (maxBytes) */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Geen PDF, DOCX, PNG of JPEG (herkend aan de inhoud) */
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
    Documenten_download: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                documentId: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het document, als bijlage (Content-Type zoals de inhoud het toont) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": string;
                    "image/jpeg": string;
                    "image/png": string;
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
    Aanvragen_exporteren: {
        parameters: {
            query?: {
                binnen?: "week";
                formaat?: "csv" | "xlsx";
                limit?: number;
                offset?: number;
                schoolId?: string;
                soort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                sorteer?: "termijn" | "ingediend";
                status?: ("concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling")[];
                wie?: "mij" | "aan-zet" | "niemand";
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
            /** @description De werkvoorraad als bestand (formaat=csv of xlsx), als bijlage */
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
    Aanvragen_zoeken: {
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
        /** @description De zoektekst */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Kenmerk, naam, geboortedatum, BSN/onderwijsnummer of school */
                    q: string;
                };
            };
        };
        responses: {
            /** @description Hoe gezocht is (criterium) en de eerste 50 zaken */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Zoekresultaat"];
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
    Overig_bulkEinddatum: {
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
                    huidigeEinddatum: string;
                    motivering: string;
                    /** @description Een latere 31 juli */
                    nieuweEinddatum: string;
                };
            };
        };
        responses: {
            /** @description Hoeveel TLVs een nieuwe einddatum kregen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        aantal: number;
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
    Rapportage_doorlooptijden: {
        parameters: {
            query: {
                tot: string;
                van: string;
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
            /** @description Mediaan en 90e percentiel in kalenderdagen, per school en maand en voor het hele samenwerkingsverband */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Doorlooptijden"];
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
    Rapportage_overzichtExporteren: {
        parameters: {
            query: {
                formaat?: "csv" | "xlsx";
                tot: string;
                van: string;
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
            /** @description Het overzicht als bestand (formaat=csv of xlsx), als bijlage */
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
    Overig_scholen: {
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
            /** @description Het scholenregister, op naam */
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
    Rapportage_tellingVaststellen: {
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
                    teldatum: string;
                };
            };
        };
        responses: {
            /** @description De vastgestelde telling */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TellingVastgesteld"];
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
            /** @description conflict: de telling voor deze teldatum is al vastgesteld */
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
    Rapportage_laatsteTelling: {
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
            /** @description Geldige TLVs en plaatsingen op de teldatum, per soort en per school */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Telling"];
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
            /** @description Er is nog geen telling vastgesteld */
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
    Rapportage_tlvs: {
        parameters: {
            query: {
                limit?: number;
                offset?: number;
                peildatum: string;
                schoolId?: string;
                soort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
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
            /** @description Aantallen per soort en (niet voor een gemeente) de TLVs zelf */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["GeldigeTlvs"];
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
