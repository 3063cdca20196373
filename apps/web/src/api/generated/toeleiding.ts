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
        /** Nieuwe aanvraag (concept) */
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
                limit?: number;
                offset?: number;
                schoolId?: string;
                soort?: "PrO" | "SBO" | "SO-laag" | "SO-midden" | "SO-hoog" | "VSO-laag" | "VSO-midden" | "VSO-hoog";
                sorteer?: "termijn" | "ingediend";
                status?: ("concept" | "ingediend" | "aanvulling-gevraagd" | "in-behandeling" | "advies-compleet" | "besluit-genomen" | "bekendgemaakt" | "bezwaar-ingediend" | "bij-lbt" | "lbt-advies-ontvangen" | "beslist-op-bezwaar" | "beroep-ingesteld" | "beroep-gegrond" | "uitspraak-gedaan" | "onherroepelijk" | "ingetrokken" | "buiten-behandeling")[];
                wie?: "mij";
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
                    /** @description BSN of onderwijsnummer (elfproef); gemeente = CBS-code woongemeente, standaard GM0034 */
                    leerling: {
                        bsn: string;
                        gemeente?: string;
                    } | {
                        gemeente?: string;
                        onderwijsnummer: string;
                    };
                };
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: uuid */
                        id?: string;
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
                content?: never;
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
                commando: "conceptWijzigen" | "indienen" | "aanvullingVragen" | "aanvullen" | "inBehandelingNemen" | "adviesVastleggen" | "besluitNemen" | "bekendmaken" | "bezwaarRegistreren" | "termijnoverschrijdingBeoordelen" | "beroepRegistreren" | "uitspraakRegistreren" | "doorsturenNaarLbt" | "lbtAdviesRegistreren" | "beslissingOpBezwaarVerdagen" | "beslissenOpBezwaar" | "plaatsingRegistreren" | "overbruggingStarten" | "overbruggingBeeindigen" | "einddatumWijzigen" | "beeindigen" | "verlengingAanvragen" | "intrekken" | "buitenBehandelingStellen";
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
                    documentRef?: string;
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
                    /** @description Datum JJJJ-MM-DD */
                    datum?: string;
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
                    /** Format: uuid */
                    bevoegdGezagId: string;
                    /** @description Wat de school aanlevert; verplichte onderdelen worden bij indienen gecontroleerd */
                    dossier?: {
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
                content?: never;
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
    Logboek_audit: {
        parameters: {
            query?: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
