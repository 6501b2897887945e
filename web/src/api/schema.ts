// Generated from /api/openapi.json by scripts/generate-api-types.ts (openapi-typescript): do not
// edit. `npm run generate:api-types` writes it anew; a test fails when it is stale.
export interface paths {
    "/api/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Everyone's API keys, newest first */
        get: {
            parameters: {
                query?: {
                    /** @description user id or username */
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            api_keys: {
                                /** @description the public id (gk_…): the Basic username */
                                api_key: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                expires_at: string | null;
                                last_used_address: string | null;
                                /**
                                 * Format: date-time
                                 * @description recorded at most once a minute
                                 */
                                last_used_at: string | null;
                                name: string;
                                /** @description GET and HEAD only */
                                read_only: boolean;
                                user: {
                                    id: string;
                                    username: string;
                                };
                            }[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/api-keys/{api_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke anyone's API key, at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    api_key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: {
            parameters: {
                query?: {
                    before?: string;
                    limit?: string;
                    type?: string;
                    /** @description user id or username (actor or target) */
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            events: {
                                actor: {
                                    id: string | null;
                                    username: string | null;
                                } | null;
                                /** Format: date-time */
                                at: string;
                                client_address: string | null;
                                details: {
                                    [key: string]: unknown;
                                };
                                /** @description SHA-256 chain hash, hex */
                                hash: string;
                                id: number;
                                outcome: string;
                                /** @description its place in the hash chain */
                                sequence: number;
                                target: {
                                    id: string | null;
                                    username: string | null;
                                } | null;
                                type: string;
                                user_agent: string | null;
                            }[];
                            next_before: number | null;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download events as JSON lines or CSV, in chain order, with the checkpoints that cover them
         * @description from (inclusive) and to (exclusive): a date (midnight UTC) or an RFC 3339 time. Each record carries its sequence and hashes (docs/operations.md).
         */
        get: {
            parameters: {
                query?: {
                    format?: "jsonl" | "csv";
                    from?: string;
                    to?: string;
                    type?: string;
                    /** @description user id or username (actor or target) */
                    user?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description application/x-ndjson or text/csv */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": string;
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/types": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The event types the audit log records, in catalogue order */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            types: string[];
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit-events/verification": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Verify the audit chain and its signed checkpoints now */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            break: {
                                checkpoint: number | null;
                                /** @description changed_event, removed_event, reordered, checkpoint_signature_invalid, checkpoint_mismatch, removed_checkpoint or truncated */
                                kind: string;
                                message: string;
                                sequence: number;
                            } | null;
                            checkpoints: {
                                first: number;
                                last: number;
                                /** Format: date-time */
                                last_at: string;
                                last_sequence: number;
                            } | null;
                            /** @description events checked */
                            events: number;
                            first_sequence: number | null;
                            intact: boolean;
                            /** Format: date-time */
                            last_event_at: string | null;
                            last_sequence: number | null;
                            /** Format: date-time */
                            verified_at: string;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Forward auth for a reverse proxy: 204 with X-Gatehouse-User, -User-Id, -Role and -Auth, or 401 with a Basic challenge
         * @description Accepts the session cookie or Authorization: Basic (username:password, or api_key:api_token). Answers HEAD too. X-Forwarded-Method (sent by the proxy) is the method decided on: a read-only API key passes only for exactly GET or HEAD, and a state-changing method with a session cookie (or with Basic credentials from a browser) must come from this site (Origin or Sec-Fetch-Site), else 403 csrf_rejected. A value that is not one method answers 400.
         */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description allowed; the X-Gatehouse-* headers say who it is */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. · `password_change_required`: You must change your password before you continue. · `api_key_read_only`: This API key is read-only. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. · `server_busy`: The server is checking too many passwords right now. Try again in a moment. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My account */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change my e-mail address; my other sessions end and the old address is told
         * @description Needs a sign-in within 10 minutes, or `password`. When my one-time passwords go to this address, `password` and a current `code` (ask for one with POST /api/me/mfa/email-code, or a recovery code), always.
         */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code?: string;
                        email: string | null;
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `reauthentication_required`: Confirm your password to continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My API keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            api_keys: {
                                /** @description the public id (gk_…): the Basic username */
                                api_key: string;
                                /** Format: date-time */
                                created_at: string;
                                /** Format: date-time */
                                expires_at: string | null;
                                last_used_address: string | null;
                                /**
                                 * Format: date-time
                                 * @description recorded at most once a minute
                                 */
                                last_used_at: string | null;
                                name: string;
                                /** @description GET and HEAD only */
                                read_only: boolean;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Create an API key: the API token is in this answer only
         * @description A session that signed in more than 10 minutes ago must send `password` (else 403 reauthentication_required).
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description in the future; required when the administrator caps key lifetime
                         */
                        expires_at?: string | null;
                        /** @description 1 to 64 characters after trimming; unique among my keys */
                        name: string;
                        password?: string;
                        /** @description GET and HEAD only */
                        read_only?: boolean;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            api_key: string;
                            /** @description the secret: shown this once, never again */
                            api_token: string;
                            /** Format: date-time */
                            created_at: string;
                            /** Format: date-time */
                            expires_at: string | null;
                            name: string;
                            read_only: boolean;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. · `api_key_lifetime_exceeded`: The expiry date is later than the administrator allows. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `reauthentication_required`: Confirm your password to continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `api_key_name_taken`: An API key with this name exists already. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/api-keys/{api_key}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of my API keys, at once */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    api_key: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My authenticators, the most recently used first */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authenticators: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add an authenticator (MFA on): answers what to set it up with; then POST …/{id}/verify
         * @description Needs `password` and a current `code` from one of my authenticators (or a recovery code) in the same request. Up to 5 authenticator apps and one e-mail authenticator. Only this session can verify it; it expires after 15 minutes. With MFA off, use the enrollment wizard (POST /api/me/mfa/enrollment): the first authenticator comes with recovery codes.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code: string;
                        /** @enum {string} */
                        kind: "totp" | "email";
                        /** @description 1 to 64 characters after trimming; unique among my authenticators */
                        name?: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e-mail: where the code went */
                            email_masked?: string;
                            /** @description the authenticator being added */
                            id: string;
                            /** @enum {string} */
                            method: "totp" | "email";
                            name: string;
                            otpauth_uri?: string;
                            /** @description data:image/png;base64,… of the otpauth URI */
                            qr_code_png?: string;
                            resend_after_seconds?: number;
                            /** @description authenticator app: the Base32 secret, for typing in */
                            secret?: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `reauthentication_required`: Confirm your password to continue. · `mfa_method_not_allowed`: The administrator does not allow this authentication method. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `mfa_not_enabled`: Multifactor authentication is not on for this account. · `email_address_required`: Set an e-mail address on your account first. · `authenticator_limit_reached`: You have as many authenticators of this kind as an account may hold. Remove one first. · `authenticator_name_taken`: Another of your authenticators has this name. Choose another. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/authenticators/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove one of my authenticators (password and a current code); removing the last one turns MFA off
         * @description The code may come from any of my authenticators, the one being removed included, or be a recovery code. Refused with mfa_enforced for the last one while MFA is enforced.
         */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended_sessions: number;
                            mfa_enabled: boolean;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `mfa_enforced`: Multifactor authentication is enforced: change the method instead of disabling it. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `mfa_not_enabled`: Multifactor authentication is not on for this account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Rename one of my authenticators */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description 1 to 64 characters after trimming; unique among my authenticators */
                        name: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            id: string;
                            /** @enum {string} */
                            kind: "totp" | "email";
                            /** Format: date-time */
                            last_used_at: string | null;
                            name: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authenticator_name_taken`: Another of your authenticators has this name. Choose another. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/me/authenticators/{id}/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the setup code again, for an e-mail authenticator being added */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e-mail: where the code went */
                            email_masked?: string;
                            /** @description the authenticator being added */
                            id: string;
                            /** @enum {string} */
                            method: "totp" | "email";
                            name: string;
                            otpauth_uri?: string;
                            /** @description data:image/png;base64,… of the otpauth URI */
                            qr_code_png?: string;
                            resend_after_seconds?: number;
                            /** @description authenticator app: the Base32 secret, for typing in */
                            secret?: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. · `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/authenticators/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a first code from the authenticator being added: it is active from now on; my other sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authenticator: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            };
                            ended_sessions: number;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. · `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authenticator_limit_reached`: You have as many authenticators of this kind as an account may hold. Remove one first. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My MFA status and authenticators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed_methods: ("totp" | "email")[];
                            authenticators: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                            enabled: boolean;
                            enforced: boolean;
                            enrollment: {
                                expires_at: string;
                                /** @enum {string} */
                                method: "totp" | "email";
                                verified: boolean;
                            } | null;
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients)
                             * @enum {string|null}
                             */
                            method: "totp" | "email" | null;
                            recovery_codes_remaining: number;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn MFA off (every authenticator goes) with the password and a current code (or a recovery code) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended_sessions: number;
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `mfa_enforced`: Multifactor authentication is enforced: change the method instead of disabling it. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `mfa_not_enabled`: Multifactor authentication is not on for this account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a code by e-mail to confirm disabling MFA, new recovery codes, a removal or a policy change */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email_masked: string;
                            resend_after_seconds: number;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `mfa_not_enabled`: Multifactor authentication is not on for this account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/enrollment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start the enrollment wizard (or change the method): answers the secret, the otpauth URI and a QR code, or where the e-mail code went
         * @description Without MFA: a sign-in within 10 minutes, or `password`. With MFA (changing the method: at Finish the new authenticator replaces all the others, and new recovery codes replace the old): `password` and a current `code` (or a recovery code), always. Only the session or sign-in that started an enrollment can verify and finish it. To add another authenticator and keep the others, use POST /api/me/authenticators.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code?: string;
                        /** @enum {string} */
                        method: "totp" | "email";
                        password?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e-mail: where the code went */
                            email_masked?: string;
                            /** @description the authenticator being added */
                            id: string;
                            /** @enum {string} */
                            method: "totp" | "email";
                            name: string;
                            otpauth_uri?: string;
                            /** @description data:image/png;base64,… of the otpauth URI */
                            qr_code_png?: string;
                            resend_after_seconds?: number;
                            /** @description authenticator app: the Base32 secret, for typing in */
                            secret?: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `mfa_method_not_allowed`: The administrator does not allow this authentication method. · `reauthentication_required`: Confirm your password to continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_address_required`: Set an e-mail address on your account first. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/enrollment/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a new code for the e-mail enrollment in progress */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description e-mail: where the code went */
                            email_masked?: string;
                            /** @description the authenticator being added */
                            id: string;
                            /** @enum {string} */
                            method: "totp" | "email";
                            name: string;
                            otpauth_uri?: string;
                            /** @description data:image/png;base64,… of the otpauth URI */
                            qr_code_png?: string;
                            resend_after_seconds?: number;
                            /** @description authenticator app: the Base32 secret, for typing in */
                            secret?: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/enrollment/finish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Turn MFA on (or replace the other authenticators); in awaiting_enrollment this completes sign-in */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description other sessions of the user that ended */
                            ended_sessions: number;
                            /** @enum {string} */
                            state: "authenticated";
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `enrollment_not_verified`: Enter a code to verify the enrollment first. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/enrollment/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The wizard came back to its verified enrollment: a new set of the recovery codes Finish will install (the set shown before is forgotten) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/enrollment/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verify a first code; answers the 10 recovery codes */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `enrollment_not_found`: There is no enrollment in progress. Start again. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/mfa/recovery-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Replace my recovery codes (password and a current code); the old set stops working */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            recovery_codes: string[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `mfa_not_enabled`: Multifactor authentication is not on for this account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Change my password; my other sessions and sign-ins in progress end
         * @description With a session, or inside a sign-in that must change a reset password (state awaiting_password_change, with the sign-in cookie): then `state` says what comes next, awaiting_enrollment or authenticated (the session cookie is set).
         */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        current_password: string;
                        new_password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended_sessions: number;
                            /** @enum {string} */
                            state?: "awaiting_enrollment" | "authenticated";
                            user: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. · `weak_password`: The new password does not meet the password policy. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My sessions */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            sessions: {
                                client_address: string;
                                /** Format: date-time */
                                created_at: string;
                                current: boolean;
                                /** Format: date-time */
                                expires_at: string;
                                id: string;
                                /** Format: date-time */
                                last_seen_at: string;
                                /** @description true when the session passed a second factor (AAL 2) */
                                mfa: boolean;
                                user_agent: string;
                            }[];
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** End all my other sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/me/sessions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End one of my sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who am I: the signed-in user, or the sign-in step in progress */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description awaiting_enrollment: the methods the user may enroll */
                            allowed_methods?: string[];
                            /** @description awaiting_second_factor: the authenticators this sign-in may use, the one used last first */
                            authenticators?: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                            /** @description awaiting_enrollment: whether e-mail codes are allowed and the user has an address */
                            email_available?: boolean;
                            /** @description where an e-mail code would go (e-mail users) */
                            email_masked?: string;
                            /** @description awaiting_second_factor: their kinds, then recovery_code (kept for older clients) */
                            methods?: string[];
                            /**
                             * @description awaiting_enrollment: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed
                             * @enum {string}
                             */
                            reason?: "enforced" | "method_disallowed";
                            /** @description authenticated: this session */
                            session?: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                mfa: boolean;
                            };
                            /**
                             * @description awaiting_password_change: an administrator reset the password and an enrollment is due; PUT /api/me/password with the sign-in cookie
                             * @enum {string}
                             */
                            state: "authenticated" | "awaiting_second_factor" | "awaiting_password_change" | "awaiting_enrollment";
                            user?: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /** Start signing in with username and password */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        username: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description awaiting_enrollment: the methods the user may enroll */
                            allowed_methods?: string[];
                            /** @description awaiting_second_factor: the authenticators this sign-in may use, the one used last first */
                            authenticators?: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                            /** @description awaiting_enrollment: whether e-mail codes are allowed and the user has an address */
                            email_available?: boolean;
                            /** @description where an e-mail code would go (e-mail users) */
                            email_masked?: string;
                            /** @description awaiting_second_factor: their kinds, then recovery_code (kept for older clients) */
                            methods?: string[];
                            /**
                             * @description awaiting_enrollment: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed
                             * @enum {string}
                             */
                            reason?: "enforced" | "method_disallowed";
                            /**
                             * @description awaiting_password_change: an administrator reset the password and an enrollment is due; PUT /api/me/password with the sign-in cookie
                             * @enum {string}
                             */
                            state: "authenticated" | "awaiting_second_factor" | "awaiting_password_change" | "awaiting_enrollment";
                            user?: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `invalid_credentials`: The credentials are not correct. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        /** Sign out */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/email-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a sign-in code to the user's e-mail authenticator */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            email_masked: string;
                            resend_after_seconds: number;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/session/second-factor": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Answer the second-factor challenge with a code from one of my authenticators, or a recovery code
         * @description Name the authenticator the code is from (`authenticator_id`, one of those in the sign-in answer), or `method`: `recovery_code`, or a kind (the most recently used authenticator of that kind, as older clients send it). The code is checked against that authenticator only.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code: string;
                        /** @enum {string} */
                        method?: "totp" | "email" | "recovery_code";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description awaiting_enrollment: the methods the user may enroll */
                            allowed_methods?: string[];
                            /** @description awaiting_second_factor: the authenticators this sign-in may use, the one used last first */
                            authenticators?: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                            /** @description awaiting_enrollment: whether e-mail codes are allowed and the user has an address */
                            email_available?: boolean;
                            /** @description where an e-mail code would go (e-mail users) */
                            email_masked?: string;
                            /** @description awaiting_second_factor: their kinds, then recovery_code (kept for older clients) */
                            methods?: string[];
                            /**
                             * @description awaiting_enrollment: MFA is enforced and the user has none, or their authenticators are all of kinds no longer allowed
                             * @enum {string}
                             */
                            reason?: "enforced" | "method_disallowed";
                            /**
                             * @description awaiting_password_change: an administrator reset the password and an enrollment is due; PUT /api/me/password with the sign-in cookie
                             * @enum {string}
                             */
                            state: "authenticated" | "awaiting_second_factor" | "awaiting_password_change" | "awaiting_enrollment";
                            user?: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            };
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `invalid_credentials`: The credentials are not correct. · `sign_in_expired`: This sign-in has ended. Start again with your username and password. Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `csrf_rejected`: The request did not come from this site. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The API key policy: a cap on the lifetime of new keys */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description new keys must expire within this many days; null: no cap */
                            max_lifetime_days: number | null;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        /** Set or remove the cap on the lifetime of new keys (existing keys keep theirs) */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @description new keys must expire within this many days; null: no cap */
                        max_lifetime_days: number | null;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description new keys must expire within this many days; null: no cap */
                            max_lifetime_days: number | null;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/authentication": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The authentication policy */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed_methods: ("totp" | "email")[];
                            enforce_mfa: boolean;
                            impact: {
                                includes_you: boolean;
                                users_to_enroll: number;
                                users_with_disallowed_method: number;
                            };
                            saved: boolean;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        /** Change the policy; with ?preview=1 (or "preview": true) only tells how many users it affects */
        put: {
            parameters: {
                query?: {
                    preview?: "1" | "true" | "0" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        allowed_methods: ("totp" | "email")[];
                        /** @description which of the user's authenticators the code is from (default: the one used last) */
                        authenticator_id?: string;
                        code?: string;
                        enforce_mfa: boolean;
                        password?: string;
                        preview?: boolean;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            allowed_methods: ("totp" | "email")[];
                            enforce_mfa: boolean;
                            impact: {
                                includes_you: boolean;
                                users_to_enroll: number;
                                users_with_disallowed_method: number;
                            };
                            saved: boolean;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. · `reauthentication_required`: Confirm your password to continue. · `admin_mfa_required`: Turn on multifactor authentication for your own account first. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/smtp": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** E-mail delivery */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivering: boolean;
                            host: string | null;
                            notice: string | null;
                            password_set: boolean;
                            port: number | null;
                            /** @enum {string|null} */
                            security: "none" | "starttls" | "tls" | null;
                            sender: string | null;
                            /** @enum {string} */
                            source: "environment" | "settings" | "outbox";
                            username: string | null;
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        /** Set the SMTP server (password kept encrypted; omit it to keep the saved one), or null to go back to the outbox */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        host: string;
                        password?: string | null;
                        port: number;
                        /** @enum {string} */
                        security: "none" | "starttls" | "tls";
                        sender: string;
                        username?: string | null;
                    } | null;
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            delivering: boolean;
                            host: string | null;
                            notice: string | null;
                            password_set: boolean;
                            port: number | null;
                            /** @enum {string|null} */
                            security: "none" | "starttls" | "tls" | null;
                            sender: string | null;
                            /** @enum {string} */
                            source: "environment" | "settings" | "outbox";
                            username: string | null;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/settings/smtp/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a test message (to the admin's own address unless `to` is given) and report the SMTP server's answer */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        to?: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {boolean} */
                            ok: true;
                            response: string;
                            to: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_address_required`: Set an e-mail address on your account first. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `email_delivery_failed`: The e-mail could not be sent. */
                502: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All users, or the one with a given username */
        get: {
            parameters: {
                query?: {
                    /** @description the user of this name (compared without regard to case), or none */
                    username?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            users: {
                                /** Format: date-time */
                                created_at: string;
                                disabled: boolean;
                                email: string | null;
                                id: string;
                                mfa_enabled: boolean;
                                /** @description the kinds of the user's authenticators, the most recently used first */
                                mfa_kinds: ("totp" | "email")[];
                                /**
                                 * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                                 * @enum {string|null}
                                 */
                                mfa_method: "totp" | "email" | null;
                                must_change_password: boolean;
                                /** @enum {string} */
                                role: "admin" | "standard";
                                username: string;
                            }[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        /**
         * Add a user
         * @description The user must choose a new password at first sign-in unless must_change_password is false.
         */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email?: string | null;
                        /**
                         * @description ask for a new password at first sign-in (default true)
                         * @default true
                         */
                        must_change_password?: boolean;
                        password: string;
                        /** @enum {string} */
                        role: "admin" | "standard";
                        username: string;
                    };
                };
            };
            responses: {
                /** @description Created */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. · `weak_password`: The new password does not meet the password policy. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `username_taken`: A user with this name exists already. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        /** Delete a user */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `last_admin`: The last enabled administrator cannot be disabled, demoted or deleted. · `cannot_change_self`: Administrators cannot do this to their own account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        /** Change role, e-mail, or disable / enable */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        disabled?: boolean;
                        email?: string | null;
                        /** @enum {string} */
                        role?: "admin" | "standard";
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `last_admin`: The last enabled administrator cannot be disabled, demoted or deleted. · `cannot_change_self`: Administrators cannot do this to their own account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users/{id}/authenticators": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A user's authenticators */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            authenticators: {
                                /** Format: date-time */
                                created_at: string;
                                id: string;
                                /** @enum {string} */
                                kind: "totp" | "email";
                                /** Format: date-time */
                                last_used_at: string | null;
                                name: string;
                            }[];
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/authenticators/{authenticator_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove one of a user's authenticators: their sessions end and they are e-mailed (POST …/mfa/reset removes all) */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    authenticator_id: string;
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `cannot_change_self`: Administrators cannot do this to their own account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/mfa/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Remove a user's MFA: they enroll again when next required; their sessions end; they are e-mailed */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `cannot_change_self`: Administrators cannot do this to their own account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset the password; the user must change it at next sign-in and their sessions end */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                    };
                };
            };
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** Format: date-time */
                            created_at: string;
                            disabled: boolean;
                            email: string | null;
                            id: string;
                            mfa_enabled: boolean;
                            /** @description the kinds of the user's authenticators, the most recently used first */
                            mfa_kinds: ("totp" | "email")[];
                            /**
                             * @description the kind of the authenticator used most recently (kept for older clients; see mfa_kinds)
                             * @enum {string|null}
                             */
                            mfa_method: "totp" | "email" | null;
                            must_change_password: boolean;
                            /** @enum {string} */
                            role: "admin" | "standard";
                            username: string;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. · `weak_password`: The new password does not meet the password policy. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. · `api_key_not_allowed`: An API key cannot do this: sign in to the console. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `cannot_change_self`: Administrators cannot do this to their own account. */
                409: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** End all of a user's sessions */
        delete: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            ended: number;
                        };
                    };
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Clear throttling and lockout */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Done; no body */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
                /** @description `invalid_request`: The request is not valid. */
                400: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `authentication_required`: Sign in, or send HTTP Basic credentials. · `invalid_credentials`: The credentials are not correct. · `mfa_enabled_use_api_key`: Multifactor authentication is on for this account: username and password are refused on the REST API. Use an API key (the API key as username, the API token as password). Carries WWW-Authenticate: Basic unless the request has X-Requested-With. */
                401: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `password_change_required`: You must change your password before you continue. · `csrf_rejected`: The request did not come from this site. · `api_key_read_only`: This API key is read-only. · `forbidden`: You are not allowed to do this. */
                403: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `not_found`: There is nothing here. */
                404: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `payload_too_large`: The request body is too large. */
                413: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `unsupported_media_type`: The request body must be JSON. */
                415: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `too_many_requests`: Too many attempts. Wait before trying again. · `factor_locked`: Too many failed attempts. An administrator must unlock this account. Carries Retry-After. */
                429: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The process is up */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Storage answers */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description OK */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready";
                        };
                    };
                };
                /** @description `internal_error`: Something went wrong on the server. */
                500: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
                /** @description `service_unavailable`: The service is not available right now. Try again shortly. Carries Retry-After. */
                503: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            error: {
                                /** @description invalid_request: the wire names of the request fields at fault */
                                fields?: string[];
                                /** @description a sentence for people: what went wrong and what to do */
                                message: string;
                                /**
                                 * @description one of docs/error-codes.md: clients branch on it
                                 * @enum {string}
                                 */
                                type: "invalid_request" | "payload_too_large" | "unsupported_media_type" | "not_found" | "authentication_required" | "invalid_credentials" | "sign_in_expired" | "password_change_required" | "reauthentication_required" | "forbidden" | "csrf_rejected" | "too_many_requests" | "factor_locked" | "weak_password" | "username_taken" | "last_admin" | "cannot_change_self" | "mfa_enabled_use_api_key" | "mfa_not_enabled" | "mfa_method_not_allowed" | "mfa_enforced" | "admin_mfa_required" | "enrollment_not_found" | "enrollment_not_verified" | "email_address_required" | "email_delivery_failed" | "api_key_name_taken" | "authenticator_limit_reached" | "authenticator_name_taken" | "api_key_read_only" | "api_key_lifetime_exceeded" | "api_key_not_allowed" | "request_timeout" | "server_busy" | "service_unavailable" | "internal_error";
                            };
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
