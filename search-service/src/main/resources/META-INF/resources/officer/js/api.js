// The three services' APIs. search-service serves this page and says where the other two are.
import { token } from './auth.js';

let config = null;
let me = null;

export async function loadConfig() {
    config = await request('', '/api/web/config');
    return config;
}

/**
 * Asks the services who the caller is (name, organisation, Minutebook roles): null for the public, and for a token
 * they refuse.
 */
export async function refreshCaller() {
    me = null;
    if (!token()) {
        return null;
    }
    try {
        const answer = await request('', '/api/web/me');
        me = answer.signedIn ? answer : null;
    } catch (e) {
        me = null;
    }
    return me;
}

/** The signed-in person as the services see them, as of the last {@link refreshCaller}. */
export function caller() {
    return me;
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
