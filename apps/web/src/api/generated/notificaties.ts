// Generated from the notificaties OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/abonnementen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Abonnementen: een partner ziet die van de eigen organisatie, de beheerder alle van het SWV */
        get: operations["Abonnementen_lijst"];
        put?: never;
        /** Abonneren (partnersysteem). Het antwoord bevat eenmalig het ondertekeningsgeheim. */
        post: operations["Abonnementen_maak"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Eén abonnement */
        get: operations["Abonnementen_lees"];
        put?: never;
        post?: never;
        /** Opzeggen: er komen geen nieuwe bezorgingen meer; het logboek blijft */
        delete: operations["Abonnementen_zegOp"];
        options?: never;
        head?: never;
        /** Callback-URL, auth, kanalen of gemeenten wijzigen (partnersysteem) */
        patch: operations["Abonnementen_wijzig"];
        trace?: never;
    };
    "/abonnementen/{id}/bezorgingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bezorgingen van een abonnement met hun stand (wachtend, bezorgd, opgegeven) en volgende poging */
        get: operations["Bezorglog_bezorgingen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen/{id}/geheim-roteren": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nieuw ondertekeningsgeheim; het vorige blijft overlapUren geldig (twee handtekeningen per bericht) */
        post: operations["Abonnementen_roteer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen/{id}/hervatten": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Een falend abonnement hervatten: alles wat wacht wordt meteen (opnieuw) geprobeerd */
        post: operations["Abonnementen_hervat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/abonnementen/{id}/opnieuw-bezorgen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Opnieuw bezorgen: één gebeurtenis (eventId) of alles vanaf een moment (vanaf); met dezelfde id, dus ontdubbelbaar */
        post: operations["Abonnementen_opnieuw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/gebeurtenissen/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De gebeurtenis achter een dataref (CloudEvent, gemeentevelden); elke raadpleging staat in de toegangslog */
        get: operations["Gebeurtenissen_lees"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/kanalen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kanalen met hun gebeurtenistypen en filterkenmerken (zoals KANAAL in de Notificaties API) */
        get: operations["Bezorglog_kanalen"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/pogingen": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bezorglog: elke poging (wanneer, uitkomst, statuscode, duur, fragment van het antwoord, volgende poging), nieuwste eerst */
        get: operations["Bezorglog_pogingen"];
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
        Abonnement: {
            /** Format: date-time */
            aangemaaktOp: string;
            /** @description "********" wanneer ingesteld; de waarde wordt nooit getoond */
            auth: "********" | null;
            callbackUrl: string;
            falendGemeldOp: string | null;
            falendSinds: string | null;
            gemeenten: string[];
            /** @description Na een fout: tot dit moment wordt niets verstuurd */
            gepauzeerdTot: string | null;
            /** Format: date-time */
            gewijzigdOp: string;
            /** Format: uuid */
            id: string;
            kanalen: {
                /** @description type en/of gemeente */
                filters: {
                    [key: string]: string;
                };
                naam: string;
            }[];
            laatstBezorgdOp: string | null;
            maxGelijktijdig: number;
            opeenvolgendeFouten: number;
            /** @description Bezorgingen die na een dag zijn opgegeven (opnieuw te bezorgen) */
            opgegeven: number;
            organisatie: string;
            /**
             * @description falend: een dag zonder geslaagde bezorging; niets gaat verloren, hervat om door te gaan
             * @enum {string}
             */
            status: "actief" | "falend" | "opgezegd";
            /** @description Het SWV (uit het SWV-register) */
            swv: string;
            /**
             * Format: uri
             * @description URL van dit abonnement (via de gateway)
             */
            url: string;
            vorigGeheimGeldigTot: string | null;
            /** @description Bezorgingen die nog moeten */
            wachtend: number;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    Abonnementen_lijst: {
        parameters: {
            query?: {
                metOpgezegd?: "true" | "false";
            };
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De abonnementen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: date-time */
                            aangemaaktOp: string;
                            /** @description "********" wanneer ingesteld; de waarde wordt nooit getoond */
                            auth: "********" | null;
                            callbackUrl: string;
                            falendGemeldOp: string | null;
                            falendSinds: string | null;
                            gemeenten: string[];
                            /** @description Na een fout: tot dit moment wordt niets verstuurd */
                            gepauzeerdTot: string | null;
                            /** Format: date-time */
                            gewijzigdOp: string;
                            /** Format: uuid */
                            id: string;
                            kanalen: {
                                /** @description type en/of gemeente */
                                filters: {
                                    [key: string]: string;
                                };
                                naam: string;
                            }[];
                            laatstBezorgdOp: string | null;
                            maxGelijktijdig: number;
                            opeenvolgendeFouten: number;
                            /** @description Bezorgingen die na een dag zijn opgegeven (opnieuw te bezorgen) */
                            opgegeven: number;
                            organisatie: string;
                            /**
                             * @description falend: een dag zonder geslaagde bezorging; niets gaat verloren, hervat om door te gaan
                             * @enum {string}
                             */
                            status: "actief" | "falend" | "opgezegd";
                            /** @description Het SWV (uit het SWV-register) */
                            swv: string;
                            /**
                             * Format: uri
                             * @description URL van dit abonnement (via de gateway)
                             */
                            url: string;
                            vorigGeheimGeldigTot: string | null;
                            /** @description Bezorgingen die nog moeten */
                            wachtend: number;
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
    Abonnementen_maak: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
                    /** @description Waarde van de Authorization-header bij elke bezorging, bijv. "Bearer …" (wordt versleuteld bewaard en nooit getoond) */
                    auth?: string;
                    /** @description https-URL die de notificaties ontvangt (POST, CloudEvent, Standard Webhooks-handtekening) */
                    callbackUrl: string;
                    /** @description CBS-codes; standaard alle gemeenten van uw organisatie binnen uw SWV */
                    gemeenten?: string[];
                    kanalen: {
                        /** @description Kenmerken: type (CloudEvents type) en/of gemeente (CBS-code). Alle genoemde moeten kloppen. */
                        filters?: {
                            [key: string]: string;
                        };
                        /** @description Kanaal: toeleiding, thuiszitters, oja of overdracht (GET /kanalen) */
                        naam: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Het abonnement, met eenmalig het geheim */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        aangemaaktOp: string;
                        /** @description "********" wanneer ingesteld; de waarde wordt nooit getoond */
                        auth: "********" | null;
                        callbackUrl: string;
                        falendGemeldOp: string | null;
                        falendSinds: string | null;
                        /** @description Ondertekeningsgeheim; alleen nu getoond */
                        geheim: string;
                        gemeenten: string[];
                        /** @description Na een fout: tot dit moment wordt niets verstuurd */
                        gepauzeerdTot: string | null;
                        /** Format: date-time */
                        gewijzigdOp: string;
                        /** Format: uuid */
                        id: string;
                        kanalen: {
                            /** @description type en/of gemeente */
                            filters: {
                                [key: string]: string;
                            };
                            naam: string;
                        }[];
                        laatstBezorgdOp: string | null;
                        maxGelijktijdig: number;
                        opeenvolgendeFouten: number;
                        /** @description Bezorgingen die na een dag zijn opgegeven (opnieuw te bezorgen) */
                        opgegeven: number;
                        organisatie: string;
                        /**
                         * @description falend: een dag zonder geslaagde bezorging; niets gaat verloren, hervat om door te gaan
                         * @enum {string}
                         */
                        status: "actief" | "falend" | "opgezegd";
                        /** @description Het SWV (uit het SWV-register) */
                        swv: string;
                        /**
                         * Format: uri
                         * @description URL van dit abonnement (via de gateway)
                         */
                        url: string;
                        vorigGeheimGeldigTot: string | null;
                        /** @description Bezorgingen die nog moeten */
                        wachtend: number;
                    };
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description conflict: uw organisatie heeft het maximale aantal abonnementen */
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
    Abonnementen_lees: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
            /** @description Het abonnement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
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
    Abonnementen_zegOp: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
            /** @description Opgezegd */
            204: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition: het abonnement is opgezegd (huidigeStatus) */
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
    Abonnementen_wijzig: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
                    auth?: string | null;
                    /** @description https-URL die de notificaties ontvangt (POST, CloudEvent, Standard Webhooks-handtekening) */
                    callbackUrl?: string;
                    /** @description CBS-codes; standaard alle gemeenten van uw organisatie binnen uw SWV */
                    gemeenten?: string[];
                    kanalen?: {
                        /** @description Kenmerken: type (CloudEvents type) en/of gemeente (CBS-code). Alle genoemde moeten kloppen. */
                        filters?: {
                            [key: string]: string;
                        };
                        /** @description Kanaal: toeleiding, thuiszitters, oja of overdracht (GET /kanalen) */
                        naam: string;
                    }[];
                };
            };
        };
        responses: {
            /** @description Het abonnement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition: het abonnement is opgezegd (huidigeStatus) */
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
    Bezorglog_bezorgingen: {
        parameters: {
            query?: {
                eventId?: string;
                limit?: number;
                offset?: number;
                status?: "wachtend" | "bezorgd" | "opgegeven";
                tot?: string;
                type?: string;
                van?: string;
            };
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
            /** @description Een pagina van de bezorgingen, nieuwste eerst */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            abonnementId: string;
                            bezorgdOp: string | null;
                            /** Format: uuid */
                            eventId: string;
                            id: string;
                            laatsteStatuscode: number | null;
                            laatsteUitkomst: ("bezorgd" | "http-fout" | "time-out" | "netwerkfout" | "geweigerd") | null;
                            /** Format: date-time */
                            ontvangenOp: string;
                            pogingen: number;
                            /** @enum {string} */
                            status: "wachtend" | "bezorgd" | "opgegeven";
                            subject: string;
                            type: string;
                            /** @description Alleen bij wachtend */
                            volgendePogingOp: string | null;
                        }[];
                        totaal: number;
                    };
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
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
    Abonnementen_roteer: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
                    /**
                     * @description Zo lang blijft het vorige geheim ook geldig (er gaan dan twee handtekeningen mee)
                     * @default 24
                     */
                    overlapUren?: number;
                };
            };
        };
        responses: {
            /** @description Het nieuwe geheim (alleen nu getoond) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        geheim: string;
                        /** Format: date-time */
                        vorigGeheimGeldigTot: string;
                    };
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition: het abonnement is opgezegd (huidigeStatus) */
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
    Abonnementen_hervat: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
            /** @description Het abonnement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Abonnement"];
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition: het abonnement is opgezegd (huidigeStatus) */
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
    Abonnementen_opnieuw: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
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
                    /**
                     * Format: uuid
                     * @description Eén gebeurtenis opnieuw bezorgen
                     */
                    eventId?: string;
                    /**
                     * Format: date-time
                     * @description Alles wat vanaf dit moment is ontvangen opnieuw bezorgen
                     */
                    vanaf?: string;
                };
            };
        };
        responses: {
            /** @description Hoeveel bezorgingen opnieuw klaarstaan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Bezorgingen die opnieuw klaarstaan */
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description invalid-state-transition: het abonnement is opgezegd (huidigeStatus) */
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
    Gebeurtenissen_lees: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path: {
                /** @description De CloudEvent id */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De CloudEvent in de gemeenteweergave, byte voor byte zoals bezorgd en ondertekend */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/cloudevents+json": string;
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
            /** @description Unknown id, or a subscription of another organisation or SWV */
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
    Bezorglog_kanalen: {
        parameters: {
            query?: never;
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De kanalen met hun gebeurtenistypen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Kenmerken waarop een abonnement kan filteren */
                            filters: string[];
                            naam: string;
                            typen: {
                                beschrijving: string;
                                type: string;
                                /** @description Velden van de gemeenteweergave */
                                velden: string[];
                            }[];
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
    Bezorglog_pogingen: {
        parameters: {
            query?: {
                abonnementId?: string;
                eventId?: string;
                limit?: number;
                offset?: number;
                tot?: string;
                type?: string;
                uitkomst?: "bezorgd" | "http-fout" | "time-out" | "netwerkfout" | "geweigerd";
                van?: string;
            };
            header: {
                /** @description Actor, signed by the gateway (partners call the gateway with their API key) */
                "x-pao-actor": string;
                /** @description HMAC of x-pao-actor */
                "x-pao-actor-signature": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Een pagina van het bezorglog, nieuwste eerst */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** Format: uuid */
                            abonnementId: string;
                            /** @description Hoogstens 200 tekens van het antwoord */
                            antwoord: string | null;
                            callbackUrl: string;
                            duurMs: number;
                            /** Format: uuid */
                            eventId: string;
                            fout: string | null;
                            id: string;
                            organisatie: string;
                            poging: number;
                            statuscode: number | null;
                            /** Format: date-time */
                            tijdstip: string;
                            type: string;
                            /** @enum {string} */
                            uitkomst: "bezorgd" | "http-fout" | "time-out" | "netwerkfout" | "geweigerd";
                            volgendePogingOp: string | null;
                        }[];
                        totaal: number;
                    };
                };
            };
            /** @description Validation failed (errors: [{field, message}]) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
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
