// Builds elements from text only: nothing the APIs return is parsed as HTML.
import { query } from './api.js';

export function el(tag, attributes = {}, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value === null || value === undefined || value === false) {
            continue;
        }
        if (name.startsWith('on')) {
            node.addEventListener(name.substring(2), value);
        } else {
            node.setAttribute(name, value === true ? '' : value);
        }
    }
    append(node, children);
    return node;
}

function append(node, children) {
    for (const child of children.flat()) {
        if (child === null || child === undefined || child === false) {
            continue;
        }
        node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
}

/** A search snippet: the service escapes the text and marks matches with <mark>; only those marks become elements. */
export function snippet(text) {
    const node = el('p', { class: 'snippet' });
    const parts = (text || '').split(/(<mark>|<\/mark>)/);
    let marked = false;
    for (const part of parts) {
        if (part === '<mark>') {
            marked = true;
        } else if (part === '</mark>') {
            marked = false;
        } else if (part) {
            const plain = unescape(part);
            node.append(marked ? el('mark', {}, plain) : document.createTextNode(plain));
        }
    }
    return node;
}

function unescape(text) {
    return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&');
}

/** Replaces the page's main region and moves focus there, so that keyboard and screen reader users follow. */
export function show(title, ...children) {
    const main = document.getElementById('main');
    main.replaceChildren(el('h1', { id: 'page-title' }, title), ...children);
    document.title = `${title} — Minutebook`;
    main.focus();
    return main;
}

export function date(iso) {
    if (!iso) {
        return '';
    }
    const [y, m, d] = iso.split('-').map(Number);
    return new Date(Date.UTC(y, m - 1, d)).toLocaleDateString('en-GB', { day: 'numeric', month: 'long',
        year: 'numeric', timeZone: 'UTC' });
}

export function cell(label, ...children) {
    return el('td', { 'data-label': label }, ...children);
}

export function message(text, kind = 'error') {
    return el('p', { class: kind, role: kind === 'error' ? 'alert' : 'status' }, text);
}

/**
 * A form whose fields become the query of a hash route, so that a filtered view can be bookmarked and shared.
 * @param fields [name, label, type] each; type 'checkbox' sends true or nothing
 */
export function filterForm(route, label, idPrefix, fields, params, button) {
    const inputs = fields.map(([name, text, type = 'search']) => el('div', {},
        el('label', { for: `${idPrefix}-${name}` }, text),
        el('input', type === 'checkbox'
            ? { id: `${idPrefix}-${name}`, name, type, checked: params[name] === 'true' }
            : { id: `${idPrefix}-${name}`, name, type, value: params[name] || '' })));
    return el('form', {
        class: 'filters', role: 'search', 'aria-label': label,
        onsubmit: (event) => {
            event.preventDefault();
            const data = new FormData(event.target);
            location.hash = route + query(Object.fromEntries(fields.map(([name, , type]) =>
                [name, type === 'checkbox' ? (data.get(name) ? 'true' : null) : data.get(name)])));
        },
    }, inputs, el('button', { type: 'submit', id: `${idPrefix}-apply` }, button));
}
