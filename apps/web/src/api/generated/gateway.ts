// Generated from the gateway OpenAPI document by scripts/api-types.ts (npm run api:types). Do not edit.

export type paths = {
    "/api/{service}/{path}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        get: operations["ServiceProxy_forward_get"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        put: operations["ServiceProxy_forward_put"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        post: operations["ServiceProxy_forward_post"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        delete: operations["ServiceProxy_forward_delete"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        options: operations["ServiceProxy_forward_options"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        head: operations["ServiceProxy_forward_head"];
        /** Naar de dienst met dit voorvoegsel; pad, query en body zoals in het OpenAPI-document van die dienst (hun /openapi.json) */
        patch: operations["ServiceProxy_forward_patch"];
        trace?: never;
    };
    "/api/medewerkers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Het team van het samenwerkingsverband, om een zaak aan toe te wijzen */
        get: operations["Medewerkers_team"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Terug van de provider: sessie starten, door naar de UI */
        get: operations["Oidc_callback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/oidc/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Naar de OpenID Connect-provider (AUTH_MODE=oidc) */
        get: operations["Oidc_login"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/sessie": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** De huidige sessie: account en CSRF-token */
        get: operations["Session_huidig"];
        put?: never;
        /** Inloggen met gebruikersnaam en wachtwoord (AUTH_MODE=local); zet het sessiecookie */
        post: operations["Session_inloggen"];
        /** Uitloggen: beëindigt de sessie en wist het cookie */
        delete: operations["Session_uitloggen"];
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
    ServiceProxy_forward_get: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_put: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_post: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_delete: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_options: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_head: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    ServiceProxy_forward_patch: {
        parameters: {
            query?: never;
            header?: {
                /** @description The session's CSRF token; required on every change (not GET/HEAD) */
                "x-csrf-token"?: string;
            };
            path: {
                /** @description The service's own path, e.g. aanvragen/{id}; percent-encoded per segment */
                path: string;
                service: "toeleiding" | "thuiszitters" | "oja" | "overdracht" | "notificaties";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The service's answer (status, body, content-type, ETag, Location and Retry-After passed back) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description CSRF token missing or wrong */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such service or path */
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
    Medewerkers_team: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Het team */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            id: string;
                            /** @description Door de gateway ondertekend; stuur mee bij toewijzen (PUT …/behandelaar) */
                            kaart: string;
                            naam: string;
                            /** @enum {string} */
                            rol: "consulent" | "orthopedagoog" | "teamleider" | "actietafel" | "gemeente" | "beheerder" | "school";
                        }[];
                    };
                };
            };
            /** @description Not signed in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Alleen voor medewerkers van het samenwerkingsverband */
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
    Oidc_callback: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed in; redirect to the UI */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The provider did not confirm the sign-in */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not signed in through OpenID Connect here (AUTH_MODE is not oidc) */
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
    Oidc_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect to the provider */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in through OpenID Connect here (AUTH_MODE is not oidc) */
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
    Session_huidig: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description De sessie */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            gebruikersnaam: string;
                            id: string;
                            organisatie: string;
                            /** @enum {string} */
                            rol: "consulent" | "orthopedagoog" | "teamleider" | "actietafel" | "gemeente" | "beheerder" | "school";
                            /** @description Null only for an SWV no longer in the register */
                            sector: ("PO" | "VO") | null;
                            /** @description The SWV (tenant) id in the SWV register, e.g. 'VO' */
                            swv: string;
                            swvNaam: string;
                            weergavenaam: string;
                        };
                        /** @description Send as x-csrf-token with every change */
                        csrfToken: string;
                    };
                };
            };
            /** @description Not signed in */
            401: {
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
    Session_inloggen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    gebruikersnaam: string;
                    wachtwoord: string;
                };
            };
        };
        responses: {
            /** @description Ingelogd */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        account: {
                            gebruikersnaam: string;
                            id: string;
                            organisatie: string;
                            /** @enum {string} */
                            rol: "consulent" | "orthopedagoog" | "teamleider" | "actietafel" | "gemeente" | "beheerder" | "school";
                            /** @description Null only for an SWV no longer in the register */
                            sector: ("PO" | "VO") | null;
                            /** @description The SWV (tenant) id in the SWV register, e.g. 'VO' */
                            swv: string;
                            swvNaam: string;
                            weergavenaam: string;
                        };
                        /** @description Send as x-csrf-token with every change */
                        csrfToken: string;
                    };
                };
            };
            /** @description Validation failed */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Unknown name, wrong password or deactivated account (answered alike) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Too many failed attempts from this device or address; Retry-After says how long to wait */
            429: {
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
    Session_uitloggen: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Uitgelogd */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Not signed in */
            401: {
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
