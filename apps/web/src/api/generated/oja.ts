// Generated from the oja OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/arrangementen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Werkvoorraad: open arrangementen, of de lijst beoordeling / evaluatie / einde / budget; een gemeente ziet alleen die van haar gemeente */
        get: operations["Arrangementen_werkvoorraad"];
        put?: never;
        /** Een individueel arrangement aanvragen (doelen, plan, jeugdhulpaanbieder, gewenste periode met einddatum) */
        post: operations["Arrangementen_aanvragen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/arrangementen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het arrangement met plan, geld, evaluaties, termijnen, tijdlijn en toegestane acties (één regel in de toegangslog) */
        get: operations["Arrangementen_bekijk"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/arrangementen/{id}/acties/{commando}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een stap uitvoeren; antwoord: het arrangement zoals GET. If-Match: "<versie>" voorkomt dubbel werk. */
        post: operations["Arrangementen_actie"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/arrangementen/collectief": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een collectief arrangement inrichten: voorziening, plaatsen, periode en geld in één besluit */
        post: operations["Arrangementen_inrichten"];
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
    "/budgetten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Budgetoverzicht per betaler voor een jaar: budget, vastgelegd, gerealiseerd, resterend (een gemeente: haar eigen budgetten) */
        get: operations["Budget_overzicht"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/budgetten/{betaler}/{budgetperiode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Een budget vaststellen voor een betaler en budgetperiode (teamleider; een gemeente voor haar eigen budgetten) */
        put: operations["Budget_vaststellen"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/configuratie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De OJA-regels die vandaag gelden: arrangementtypes met standaardverdeling, betalers, gemeenten, voorzieningen, termijnen */
        get: operations["Configuratie_configuratie"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kwartaalrapportages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Vastgestelde kwartaalrapportages, nieuwste eerst */
        get: operations["Rapportage_lijst"];
        put?: never;
        /** Een kwartaalrapportage vaststellen op haar rapportagedatum (normaal doet de termijnmotor dit); al vastgesteld: 409 */
        post: operations["Rapportage_vaststellen"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kwartaalrapportages/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Een kwartaalrapportage (een gemeente: haar eigen cijfers) */
        get: operations["Rapportage_lees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kwartaalrapportages/{id}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De kwartaalrapportage als CSV (puntkomma, decimale komma, UTF-8) */
        get: operations["Rapportage_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kwartaalrapportages/{id}/xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De kwartaalrapportage als Excel-werkmap */
        get: operations["Rapportage_xlsx"];
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
        Arrangement: {
            aanvraag: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                aangevraagdOp: string;
                aanvrager: {
                    soort: string;
                };
                /** @description Eurocent */
                begrootKostenCent?: number;
                doelen: string[];
                gevraagdePeriode: {
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
                jeugdhulpaanbieder: string;
                plan: string;
            } | null;
            aanZet: string | null;
            afsluiting: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                /** @enum {string} */
                resultaat: "doel-bereikt" | "deels-bereikt" | "niet-bereikt";
                toelichting: string | null;
                /** @enum {string} */
                vervolg: "regulier-onderwijs" | "speciaal-onderwijs" | "mbo-of-arbeid" | "jeugdhulp-zonder-onderwijs" | "anders";
            } | null;
            beoordeling: {
                jeugdhulp: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    /** @enum {string} */
                    oordeel: "akkoord" | "niet-akkoord";
                    referentie: {
                        kenmerk: string;
                        /** @enum {string} */
                        soort: "beschikking" | "toewijzing" | "indicatie";
                    } | null;
                    toegezegd: {
                        /** @description Eurocent */
                        bedragCent: number;
                        betaler: string;
                        naam: string;
                    }[];
                    toelichting: string | null;
                } | null;
                onderwijs: {
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    datum: string;
                    /** @enum {string} */
                    oordeel: "akkoord" | "niet-akkoord";
                    toelichting: string | null;
                } | null;
            };
            bezetting: number | null;
            deelnames: {
                gemeente: string;
                id: string;
                leerling: string | null;
                resultaat: ("doel-bereikt" | "deels-bereikt" | "niet-bereikt") | null;
                tot: string | null;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                van: string;
            }[];
            einde: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                /** @enum {string} */
                reden: "einde-looptijd" | "doel-bereikt" | "voortijdig" | "verhuizing" | "overig";
                toelichting: string | null;
            } | null;
            evaluaties: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                id: string;
                /** @enum {string} */
                uitkomst: "voortzetten" | "bijstellen" | "afbouwen" | "beeindigen";
                /** @description Niet voor een gemeente */
                verslag?: string;
            }[];
            geld: {
                boekingen: {
                    /** @description Eurocent */
                    bedragCent: number;
                    betaler: string;
                    budgetperiode: string;
                    /**
                     * Format: date
                     * @description JJJJ-MM-DD
                     */
                    geboektOp: string;
                    id: string;
                    naam: string;
                    periode?: {
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
                    /** @enum {string} */
                    soort: "verplichting" | "vrijval" | "correctie" | "realisatie";
                    toekenningId?: string;
                    toelichting?: string;
                }[];
                perBetaler: {
                    betaler: string;
                    budgetperiode: string;
                    /** @description Eurocent */
                    gerealiseerdCent: number;
                    naam: string;
                    /** @description Eurocent */
                    vastgelegdCent: number;
                }[];
            };
            gemeente: {
                code: string;
                naam: string;
            };
            /** Format: uuid */
            id: string;
            ingetrokken: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                reden: string | null;
            } | null;
            leerling: {
                weergave: string | null;
            } | null;
            periode: {
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
            plaatsen: number | null;
            regelVersie: string;
            startdatum: string | null;
            /** @enum {string} */
            status: "in-beoordeling" | "beoordeeld" | "toegekend" | "lopend" | "beeindigd" | "afgesloten" | "afgewezen" | "ingetrokken";
            swv: string;
            termijnen: {
                regelVersie: string;
                soort: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vervaltOp: string;
            }[];
            tijdlijn: {
                actie: string;
                door: {
                    rol: string;
                };
                reden?: string;
                status: string | null;
                /** Format: date-time */
                tijdstip: string;
            }[];
            toegestaneActies: ("onderwijsBeoordelen" | "jeugdhulpBeoordelen" | "toekennen" | "intrekken" | "starten" | "evalueren" | "verlengen" | "beeindigen" | "einddatumBereikt" | "afsluiten" | "realisatieBoeken" | "correctieBoeken" | "leerlingPlaatsen" | "leerlingUitschrijven")[];
            toekenningen: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                datum: string;
                id: string;
                /** @description Eurocent */
                kostenCent: number;
                motivering: string | null;
                overschrijding: {
                    betalers: string[];
                    reden?: string;
                } | null;
                periode: {
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
                referentie: {
                    kenmerk: string;
                    /** @enum {string} */
                    soort: "beschikking" | "toewijzing" | "indicatie";
                } | null;
                regelVersie: string;
                /** @enum {string} */
                soort: "toekenning" | "verlenging";
                verdeling: {
                    /** @description Eurocent */
                    bedragCent: number;
                    betaler: string;
                    naam: string;
                    /** @enum {string} */
                    soort: "onderwijs" | "jeugdwet" | "wmo" | "wlz" | "participatiewet";
                }[];
            }[];
            type: {
                code: string;
                evaluatieIntervalMaanden: number | null;
                /** @enum {string} */
                leiding: "OJA" | "JOA";
                naam: string;
                normduurMaanden: number | null;
            };
            versie: number;
            volgendeEvaluatie: string | null;
            voorstel: {
                /** @description Eurocent */
                kostenCent: number;
                verdeling: {
                    /** @description Eurocent */
                    bedragCent: number;
                    betaler: string;
                    naam: string;
                    /** @enum {string} */
                    soort: "onderwijs" | "jeugdwet" | "wmo" | "wlz" | "participatiewet";
                }[];
            } | null;
            voorziening: {
                code: string;
                naam: string;
            };
            /** @enum {string} */
            vorm: "individueel" | "collectief";
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
        Budgetoverzicht: {
            items: {
                betaler: string;
                budgetCent: number | null;
                budgetperiode: string;
                gemeente: string | null;
                /** @description Eurocent */
                gerealiseerdCent: number;
                naam: string;
                overschreden: boolean;
                /** @description Budget min vastgelegd; null zonder budget; negatief: boven budget */
                resterendCent: number | null;
                /** @enum {string} */
                soort: "onderwijs" | "jeugdwet" | "wmo" | "wlz" | "participatiewet";
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
                /** @description Eurocent */
                vastgelegdCent: number;
            }[];
            jaar: number;
        };
        BudgetVastgesteld: {
            /** @description Eurocent */
            bedragCent: number;
            betaler: string;
            budgetperiode: string;
        };
        Configuratie: {
            alleVersies: {
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                geldigVanaf: string;
                versie: string;
            }[];
            betalers: {
                /** @enum {string} */
                budgetperiode: "kalenderjaar" | "schooljaar";
                code: string;
                gemeente?: string;
                naam: string;
                /** @enum {string} */
                soort: "onderwijs" | "jeugdwet" | "wmo" | "wlz" | "participatiewet";
            }[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            geldigVanaf: string;
            gemeenten: {
                code: string;
                naam: string;
                organisatie: string;
            }[];
            gemeenteVanLezer: string | null;
            swv: string;
            termijnen: {
                afsluitenWeken: number;
                beoordelingWeken: number;
                einddatumWaarschuwingWeken: number;
                evaluatieWaarschuwingDagen: number;
                rapportageDag: number;
            };
            types: {
                code: string;
                evaluatieIntervalMaanden: number;
                /** @enum {string} */
                leiding: "OJA" | "JOA";
                naam: string;
                normduurMaanden: number;
                plaatsen?: number;
                verdeling: {
                    basispunten: number;
                    /** @enum {string} */
                    soort: "onderwijs" | "jeugdwet" | "wmo" | "wlz" | "participatiewet";
                }[];
                voorziening: string;
                /** @enum {string} */
                vorm: "individueel" | "collectief";
            }[];
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            vandaag: string;
            versie: string;
            voorzieningen: {
                code: string;
                naam: string;
            }[];
        };
        Kwartaalrapportage: {
            /** Format: uuid */
            id: string;
            inhoud: {
                geld: {
                    betaler: string;
                    budgetperiode: string;
                    gemeente: string;
                    /** @description Eurocent */
                    gerealiseerdCent: number;
                    /** @description Eurocent */
                    gerealiseerdKwartaalCent: number;
                    /** @description Eurocent */
                    vastgelegdCent: number;
                }[];
                jaar: number;
                kwartaal: number;
                leerlingen: {
                    gemeente: string;
                    instroom: number;
                    lopend: number;
                    typeCode: string;
                    uitstroom: number;
                    voorziening: string;
                }[];
                namen: {
                    betalers: {
                        [key: string]: string;
                    };
                    gemeenten: {
                        [key: string]: string;
                    };
                    types: {
                        [key: string]: string;
                    };
                    voorzieningen: {
                        [key: string]: string;
                    };
                };
                periode: {
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
                regelVersie: string;
                resultaten: {
                    aantal: number;
                    gemeente: string;
                    /** @enum {string} */
                    resultaat: "doel-bereikt" | "deels-bereikt" | "niet-bereikt";
                    typeCode: string;
                }[];
                swv: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vastgesteldOp: string;
            };
            jaar: number;
            kwartaal: number;
            swv: string;
            /**
             * Format: date
             * @description JJJJ-MM-DD
             */
            vastgesteldOp: string;
            /** Format: date-time */
            vastgesteldTijd: string;
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
        Rapportages: {
            items: {
                /** Format: uuid */
                id: string;
                jaar: number;
                kwartaal: number;
                swv: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                vastgesteldOp: string;
                /** Format: date-time */
                vastgesteldTijd: string;
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
        Werkvoorraad: {
            items: {
                /** @description Wie nu aan zet is, bv. 'beoordeling:onderwijs+gemeente' */
                aanZet: string | null;
                bezet: number | null;
                bovenBudget: boolean;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                einddatum: string;
                gemeente: string;
                /** @description Eurocent */
                gerealiseerdCent: number;
                /** Format: uuid */
                id: string;
                /**
                 * Format: date
                 * @description JJJJ-MM-DD
                 */
                ingangsdatum: string;
                /** @description Gemaskeerd leerlingnummer */
                leerling: string | null;
                plaatsen: number | null;
                /** @description Wat aandacht vraagt, in woorden */
                signalen: ("evaluatie-verlopen" | "evaluatie-binnenkort" | "einde-binnenkort" | "boven-budget")[];
                /** @enum {string} */
                status: "in-beoordeling" | "beoordeeld" | "toegekend" | "lopend" | "beeindigd" | "afgesloten" | "afgewezen" | "ingetrokken";
                typeCode: string;
                /** @description Eurocent */
                vastgelegdCent: number;
                volgendeEvaluatie: string | null;
                voorziening: string;
                /** @enum {string} */
                vorm: "individueel" | "collectief";
            }[];
            /** @description Het aantal per lijst; evaluatie en einde geteld tot 10.000 */
            tellers: {
                beoordeling: number;
                budget: number;
                einde: number;
                evaluatie: number;
            };
            /** @description Per lijst: het tellen is bij 10.000 gestopt, er zijn er meer (het aantal is dan 10000) */
            tellersBegrensd: {
                beoordeling: boolean;
                budget: boolean;
                einde: boolean;
                evaluatie: boolean;
            };
            /** @description Hoeveel arrangementen in de lijst staan; met totaalBegrensd: ten minste zoveel */
            totaal: number;
            /** @description Het tellen is bij 10.000 gestopt (de lijsten evaluatie en einde): er zijn er meer */
            totaalBegrensd: boolean;
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
    Arrangementen_werkvoorraad: {
        parameters: {
            query?: {
                gemeente?: string;
                lijst?: "alle" | "beoordeling" | "evaluatie" | "einde" | "budget";
                limit?: number;
                na?: string;
                offset?: number;
                typeCode?: string;
                voor?: string;
                vorm?: "individueel" | "collectief";
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
            /** @description Een pagina van de werkvoorraad met de tellers per lijst */
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
    Arrangementen_aanvragen: {
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
                    /** @description Euro cents, whole number */
                    begrootKostenCent?: number;
                    doelen: string[];
                    /** @description CBS-gemeentecode (woongemeente) */
                    gemeente: string;
                    gevraagdePeriode: {
                        /** @description Einddatum: verplicht, een arrangement is altijd tijdelijk */
                        tot?: string;
                        /** @description Datum JJJJ-MM-DD */
                        van: string;
                    };
                    jeugdhulpaanbieder: string;
                    /** @description BSN of onderwijsnummer (elfproef); nooit opgeslagen of gelogd in leesbare vorm */
                    leerling: {
                        bsn: string;
                    } | {
                        onderwijsnummer: string;
                    };
                    plan: string;
                    typeCode: string;
                };
            };
        };
        responses: {
            /** @description Het nieuwe arrangement */
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
    Arrangementen_bekijk: {
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
            /** @description Het arrangement; ETag = versie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Arrangement"];
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
    Arrangementen_actie: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                commando: "onderwijsBeoordelen" | "jeugdhulpBeoordelen" | "toekennen" | "starten" | "evalueren" | "verlengen" | "beeindigen" | "afsluiten" | "intrekken" | "realisatieBoeken" | "correctieBoeken" | "leerlingPlaatsen" | "leerlingUitschrijven";
                id: string;
            };
            cookie?: never;
        };
        /** @description De velden van de stap, zonder type */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @enum {string} */
                    oordeel: "akkoord" | "niet-akkoord";
                    toelichting?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @enum {string} */
                    oordeel: "akkoord" | "niet-akkoord";
                    /** @description Kenmerk van de jeugdhulpbeschikking, -toewijzing of Wlz-indicatie */
                    referentie?: {
                        kenmerk: string;
                        /** @enum {string} */
                        soort: "beschikking" | "toewijzing" | "indicatie";
                    };
                    /** @description Wat de gemeente per eigen betaler toezegt (bij akkoord) */
                    toegezegd?: {
                        /** @description Euro cents, whole number */
                        bedragCent: number;
                        betaler: string;
                    }[];
                    toelichting?: string;
                } | {
                    /** @description Euro cents, whole number */
                    kostenCent: number;
                    motivering?: string;
                    /** @description Alleen de teamleider: bewust boven het budget beslissen, met motivering */
                    overschrijding?: {
                        reden: string;
                    };
                    periode: {
                        /** @description Einddatum: verplicht, een arrangement is altijd tijdelijk */
                        tot?: string;
                        /** @description Datum JJJJ-MM-DD */
                        van: string;
                    };
                    /** @description Standaard: de verdeling van het type die geldt op de ingangsdatum */
                    verdeling?: {
                        /** @description Euro cents, whole number */
                        bedragCent: number;
                        betaler: string;
                    }[];
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @enum {string} */
                    uitkomst: "voortzetten" | "bijstellen" | "afbouwen" | "beeindigen";
                    verslag: string;
                } | {
                    /** @description Euro cents, whole number */
                    kostenCent: number;
                    motivering: string;
                    /** @description Alleen de teamleider: bewust boven het budget beslissen, met motivering */
                    overschrijding?: {
                        reden: string;
                    };
                    /** @description Kenmerk van de jeugdhulpbeschikking, -toewijzing of Wlz-indicatie */
                    referentie?: {
                        kenmerk: string;
                        /** @enum {string} */
                        soort: "beschikking" | "toewijzing" | "indicatie";
                    };
                    /** @description Datum JJJJ-MM-DD */
                    tot: string;
                    verdeling?: {
                        /** @description Euro cents, whole number */
                        bedragCent: number;
                        betaler: string;
                    }[];
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum: string;
                    /** @enum {string} */
                    reden: "doel-bereikt" | "voortijdig" | "verhuizing" | "overig";
                    toelichting?: string;
                } | {
                    /** @enum {string} */
                    resultaat: "doel-bereikt" | "deels-bereikt" | "niet-bereikt";
                    toelichting?: string;
                    /** @enum {string} */
                    vervolg: "regulier-onderwijs" | "speciaal-onderwijs" | "mbo-of-arbeid" | "jeugdhulp-zonder-onderwijs" | "anders";
                } | {
                    reden: string;
                } | {
                    bedragen: {
                        /** @description Euro cents, whole number */
                        bedragCent: number;
                        betaler: string;
                    }[];
                    periode: {
                        /** @description Einddatum: verplicht, een arrangement is altijd tijdelijk */
                        tot?: string;
                        /** @description Datum JJJJ-MM-DD */
                        van: string;
                    };
                    toelichting?: string;
                } | {
                    /** @description Euro cents, whole number */
                    bedragCent: number;
                    betaler: string;
                    budgetperiode: string;
                    toelichting: string;
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** @description CBS-gemeentecode (woongemeente) */
                    gemeente: string;
                    /** @description BSN of onderwijsnummer (elfproef); nooit opgeslagen of gelogd in leesbare vorm */
                    leerling: {
                        bsn: string;
                    } | {
                        onderwijsnummer: string;
                    };
                } | {
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
                    /** Format: uuid */
                    deelnameId: string;
                    /** @enum {string} */
                    resultaat: "doel-bereikt" | "deels-bereikt" | "niet-bereikt";
                };
            };
        };
        responses: {
            /** @description Het arrangement zoals GET */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Arrangement"];
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
    Arrangementen_inrichten: {
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
                    /** @description Cofinancierende gemeente */
                    gemeente: string;
                    /** @description Euro cents, whole number */
                    kostenCent: number;
                    motivering?: string;
                    /** @description Alleen de teamleider: bewust boven het budget beslissen, met motivering */
                    overschrijding?: {
                        reden: string;
                    };
                    periode: {
                        /** @description Einddatum: verplicht, een arrangement is altijd tijdelijk */
                        tot?: string;
                        /** @description Datum JJJJ-MM-DD */
                        van: string;
                    };
                    plaatsen?: number;
                    /** @description Kenmerk van de jeugdhulpbeschikking, -toewijzing of Wlz-indicatie */
                    referentie: {
                        kenmerk: string;
                        /** @enum {string} */
                        soort: "beschikking" | "toewijzing" | "indicatie";
                    };
                    typeCode: string;
                    verdeling?: {
                        /** @description Euro cents, whole number */
                        bedragCent: number;
                        betaler: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Het nieuwe collectieve arrangement */
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
    Budget_overzicht: {
        parameters: {
            query: {
                jaar: number;
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
            /** @description Per betaler en budgetperiode: budget, vastgelegd, gerealiseerd, resterend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Budgetoverzicht"];
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
    Budget_vaststellen: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                betaler: string;
                /** @description '2025' (kalenderjaar) of '2025-2026' (schooljaar), zoals de betaler budgetteert */
                budgetperiode: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Euro cents, whole number */
                    bedragCent: number;
                    motivering: string;
                };
            };
        };
        responses: {
            /** @description Het vastgestelde budget */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BudgetVastgesteld"];
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
            /** @description Onbekende betaler */
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
    Configuratie_configuratie: {
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
            /** @description De regels die vandaag gelden, met de datum van vandaag en alle versies */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Configuratie"];
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
            /** @description Geen OJA-regels voor dit samenwerkingsverband */
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
    Rapportage_lijst: {
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
            /** @description De vastgestelde kwartaalrapportages (zonder inhoud) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rapportages"];
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
    Rapportage_vaststellen: {
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
                    /** @description De rapportagedatum (normaal doet de termijnmotor dit op die dag) */
                    datum: string;
                };
            };
        };
        responses: {
            /** @description De vastgestelde kwartaalrapportage */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kwartaalrapportage"];
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
            /** @description Deze kwartaalrapportage is al vastgesteld (conflict, met id) */
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
    Rapportage_lees: {
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
            /** @description De kwartaalrapportage */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Kwartaalrapportage"];
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
    Rapportage_csv: {
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
            /** @description De kwartaalrapportage als CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
    Rapportage_xlsx: {
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
            /** @description De kwartaalrapportage als Excel-werkmap */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
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
