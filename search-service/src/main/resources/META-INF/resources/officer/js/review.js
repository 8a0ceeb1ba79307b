// Review before saving: a dry run of one document, the parsed record beside the text the parser read with its
// warnings marked, corrected in place by the clerk and then recorded through POST /api/meetings like any record.
import { meetings, query } from './api.js';
import { date, el, message } from './dom.js';
import { Notes } from './form-kit.js';
import { fromRecord, recordForm, toPayload } from './record-form.js';

export async function reviewDocument(file, committee, publish, area) {
    area.replaceChildren(el('p', { id: 'review-status', role: 'status' }, `Reading ${file.name}…`));
    const upload = new FormData();
    upload.append('file', file, file.name);
    if (committee) {
        upload.append('committee', committee);
    }
    let parsed;
    try {
        parsed = await meetings('/api/meetings/import' + query({ dryRun: 'true' }), { method: 'POST', body: upload });
    } catch (e) {
        area.replaceChildren(message(`Could not read ${file.name} (${e.status || 'network'}): ${e.message}`));
        return;
    }
    // Older services answer a dry run without warnings or lines: both are optional.
    const warnings = Array.isArray(parsed.warnings) ? parsed.warnings : [];
    const lines = Array.isArray(parsed.lines) ? parsed.lines : await plainTextLines(file);
    const notes = new Notes();
    for (const w of warnings) {
        notes.add(w.field, 'warning', w.message, Number.isInteger(w.line) ? w.line : null);
    }
    const text = documentText(lines, warnings);
    const form = recordForm(fromRecord(parsed), notes, line => showLine(text, line));
    area.replaceChildren(el('section', { id: 'review', 'aria-labelledby': 'review-heading' },
        el('h2', { id: 'review-heading', tabindex: '-1' }, `Review ${file.name}`),
        warningList(warnings, form, text),
        el('div', { class: 'review' }, text.node,
            el('section', { class: 'review-record', 'aria-labelledby': 'review-record-heading' },
                el('h3', { id: 'review-record-heading' }, 'Parsed record'),
                el('form', { id: 'review-form', novalidate: true, onsubmit: e => e.preventDefault() },
                    form.node, saveControls(form, publish))))));
    area.querySelector('#review-heading').focus();
}

/** For an older service that sends no lines: a text document's own lines; nothing for PDF or DOCX. */
async function plainTextLines(file) {
    return /\.(txt|md|markdown)$/i.test(file.name) || (file.type || '').startsWith('text/plain')
        ? (await file.text()).split(/\r?\n/) : [];
}

function documentText(lines, warnings) {
    const byLine = new Map();
    for (const w of warnings) {
        if (Number.isInteger(w.line)) {
            byLine.set(w.line, [...(byLine.get(w.line) || []), w.message]);
        }
    }
    // Focusable, so that the scrolled text can be read by keyboard too.
    const panel = el('div', { class: 'doc-lines', tabindex: '0', role: 'region',
        'aria-labelledby': 'review-text-heading' },
        lines.length === 0
            ? el('p', {}, 'The service did not send the document\'s text.')
            : el('ol', {}, lines.map((line, i) => {
                const number = i + 1;
                const said = byLine.get(number);
                return el('li', { id: `doc-line-${number}`, value: String(number), tabindex: '-1',
                    class: said ? 'warned' : null, 'data-line': String(number) },
                said ? el('mark', {}, line || ' ') : line || ' ',
                said ? el('span', { class: 'line-note' }, ` Warning: ${said.join('; ')}`) : null);
            })));
    return {
        panel,
        node: el('div', { class: 'review-text' },
            el('h3', { id: 'review-text-heading' }, 'Document text'), panel),
    };
}

function showLine(text, line) {
    const target = text.panel.querySelector(`#doc-line-${line}`);
    if (target) {
        target.scrollIntoView({ block: 'center' });
        target.focus();
    }
}

function warningList(warnings, form, text) {
    if (warnings.length === 0) {
        return el('p', { id: 'review-warnings', class: 'ok' }, 'The parser raised no warnings. Check the record '
            + 'against the text all the same.');
    }
    return el('div', { id: 'review-warnings', class: 'warnings' },
        el('p', {}, el('strong', {}, `${warnings.length} warning${warnings.length === 1 ? '' : 's'}`),
            ': check these before saving.'),
        el('ul', {}, warnings.map(w => el('li', { 'data-warning-field': w.field },
            el('span', { class: 'warning-message' }, w.message), ' — ', describe(w.field, form.model), ' ',
            el('button', { type: 'button', class: 'link', onclick: () => form.focusField(w.field) }, 'Go to field'),
            Number.isInteger(w.line) ? [' ', el('button', {
                type: 'button', class: 'link', onclick: () => showLine(text, w.line),
            }, `Show line ${w.line}`)] : null))));
}

/** "items[3].resolutions" → "item 4, resolutions", by the record's own item numbers. */
function describe(path, model) {
    const words = { attendance: 'attendance', present: 'present', officers: 'officers', inAttendance: 'in attendance',
        apologies: 'apologies', resolutions: 'resolutions', actions: 'actions', deferral: 'deferral' };
    const parts = [];
    let node = model;
    for (const [, name, index] of (path || '').matchAll(/([A-Za-z]+)(?:\[(\d+)\])?/g)) {
        node = node && node[name];
        if (index === undefined) {
            parts.push(words[name] || name);
            continue;
        }
        const entry = node && node[Number(index)];
        parts.push(name === 'items' && entry ? `item ${entry.number}`
            : `${words[name] || name}, entry ${Number(index) + 1}`);
        node = entry;
    }
    return parts.join(', ') || 'the record';
}

function saveControls(form, publish) {
    const box = el('input', { id: 'review-publish', name: 'publish', type: 'checkbox', checked: publish });
    const result = el('div', { id: 'review-result' });
    const save = el('button', {
        type: 'button', id: 'review-save',
        onclick: async () => {
            save.disabled = true;
            result.replaceChildren(el('p', { role: 'status' }, 'Saving…'));
            try {
                const stored = await meetings('/api/meetings' + query({ publish: box.checked ? 'true' : null }),
                    { method: 'POST', body: toPayload(form.model) });
                form.notes.clear('error');
                form.render();
                const link = el('a', { href: `#/meetings/${stored.id}` }, `${stored.committee}, ${date(stored.date)}`);
                result.replaceChildren(el('p', { id: 'review-saved', class: 'ok', role: 'status' }, 'Saved: ', link,
                    `, ${stored.items.length} items, ${stored.status.toLowerCase()}.`));
                link.focus();
            } catch (e) {
                save.disabled = false;
                result.replaceChildren(problem(e, form));
            }
        },
    }, 'Save');
    return el('div', { class: 'review-save' },
        el('div', { class: 'field check' }, el('label', { for: 'review-publish' }, 'Publish at once'), box),
        save, result);
}

/** A refusal: the problem's detail, and each violation beside its field (the clerk's edits stay as they are). */
function problem(e, form) {
    const p = e.problem || {};
    const violations = p.violations || [];
    form.notes.clear('error');
    for (const v of violations) {
        form.notes.add(v.field, 'error', v.message);
    }
    form.render();
    return el('div', { id: 'review-problem', class: 'error', role: 'alert' },
        el('p', {}, `Not saved (${e.status || 'network'}): ${e.message}`),
        p.existingMeetingId ? el('p', {}, el('a', { href: `#/meetings/${p.existingMeetingId}` },
            'The meeting already recorded for that committee and date')) : null,
        violations.length > 0 ? el('ul', {}, violations.map(v => el('li', {}, `${describe(v.field, form.model)}: `,
            v.message, ' ', el('button', { type: 'button', class: 'link', onclick: () => form.focusField(v.field) },
                'Go to field')))) : null);
}
