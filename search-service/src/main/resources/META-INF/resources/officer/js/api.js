// The three services' APIs. search-service serves this page and says where the other two are.

const TOKEN_KEY = 'minutebook.token';
let config = null;

export async function loadConfig() {
    config = await request('', '/api/web/config');
    return config;
}

export function token() {
    return sessionStorage.getItem(TOKEN_KEY);
}

export function signIn(value) {
    sessionStorage.setItem(TOKEN_KEY, value.trim());
}

export function signOut() {
    sessionStorage.removeItem(TOKEN_KEY);
}

/** The signed-in person from the token's claims (unverified here: the services verify it on every call). */
export function caller() {
    const value = token();
    if (!value) {
        return null;
    }
    try {
        const payload = value.split('.')[1].replaceAll('-', '+').replaceAll('_', '/');
        const bytes = Uint8Array.from(atob(payload), c => c.charCodeAt(0));
        const claims = JSON.parse(new TextDecoder().decode(bytes));
        return { name: claims.upn || claims.sub, roles: claims.groups || [], organisation: claims.organisation };
    } catch (e) {
        return { name: 'unknown', roles: [] };
    }
}

export const meetings = (path, options) => request(config.meetingsUrl, path, options);
export const actions = (path, options) => request(config.actionsUrl, path, options);
export const search = (path, options) => request('', path, options);

/** A failed call, with the RFC 9457 problem the service returned. */
export class ApiError extends Error {
    constructor(status, problem) {
        super(problem.detail || problem.title || `HTTP ${status}`);
        this.status = status;
        this.problem = problem;
    }
}

export function query(params) {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(params)) {
        if (value !== null && value !== undefined && value !== '' && value !== false) {
            search.set(name, value);
        }
    }
    const text = search.toString();
    return text ? `?${text}` : '';
}

async function request(base, path, { method = 'GET', body, contentType } = {}) {
    const headers = { Accept: 'application/json' };
    const value = token();
    if (value) {
        headers.Authorization = `Bearer ${value}`;
    }
    let payload = body;
    if (body !== undefined && !(body instanceof FormData)) {
        headers['Content-Type'] = contentType || 'application/json';
        payload = contentType ? body : JSON.stringify(body);
    }
    const response = await fetch(base + path, { method, headers, body: payload });
    const text = await response.text();
    const json = text ? safeJson(text) : null;
    if (!response.ok) {
        throw new ApiError(response.status, json || { title: response.statusText });
    }
    return json;
}

function safeJson(text) {
    try {
        return JSON.parse(text);
    } catch (e) {
        return { detail: text };
    }
}
