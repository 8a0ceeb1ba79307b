// Builders for the review form: labelled controls bound to one field of the record, editable lists, and the notes
// (the parser's warnings, the service's violations) shown next to the field they name.
import { el } from './dom.js';

/** The element id of a record path: "items[3].title" is rf-items-3-title. */
export function fieldId(path) {
    return 'rf-' + path.replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '');
}

/** "items[3].resolutions[0]" → "items[3].resolutions"; "date" → "". */
export function parentPath(path) {
    const parent = path.replace(/(\.[^.[\]]*|\[[^\]]*\])$/, '');
    return parent === path ? '' : parent;
}

/** The element a path's notes attach to: the field itself, or the nearest enclosing one that is on the form. */
export function fieldElement(root, path) {
    for (let p = path || ''; p; p = parentPath(p)) {
        const found = root.querySelector(`[data-field="${CSS.escape(p)}"]`);
        if (found) {
            return found;
        }
    }
    return null;
}

/**
 * A labelled control whose edits go straight into the record. Its wrapper carries data-field, the path that
 * warnings and violations use.
 */
export function control(path, label, value, set, { type = 'text', rows, options, required } = {}) {
    const id = fieldId(path);
    const common = { id, name: id, 'aria-required': required ? 'true' : null };
    let input;
    if (options) {
        input = el('select', { ...common, onchange: e => set(e.target.value) },
            options.map(([v, text]) => el('option', { value: v, selected: v === (value ?? '') }, text)));
    } else if (rows) {
        input = el('textarea', { ...common, rows, oninput: e => set(e.target.value) });
        input.value = value ?? '';
    } else if (type === 'checkbox') {
        input = el('input', { ...common, type, checked: Boolean(value), onchange: e => set(e.target.checked) });
    } else {
        input = el('input', { ...common, type, value: value ?? '', oninput: e => set(e.target.value) });
    }
    return el('div', { class: type === 'checkbox' ? 'field check' : 'field', 'data-field': path },
        el('label', { for: id }, label), input);
}

/**
 * An editable list: each entry in a fieldset of its own with a Remove button, and an Add button after them.
 * Adding focuses the new entry; removing focuses the Add button, and moves the notes of later entries up one.
 */
export function list(form, path, entries, { legend, noun, entryLegend }, renderEntry, make) {
    const id = fieldId(path);
    const entryName = entryLegend || ((entry, i) => `${noun} ${i + 1}`);
    return el('fieldset', { class: 'list', 'data-field': path, id },
        el('legend', {}, legend),
        entries.length === 0 ? el('p', { class: 'empty' }, 'None.') : null,
        entries.map((entry, i) => el('fieldset', { class: 'entry', 'data-field': `${path}[${i}]` },
            el('legend', {}, entryName(entry, i)),
            renderEntry(entry, `${path}[${i}]`, i),
            el('button', {
                type: 'button', class: 'secondary remove', id: `${id}-${i}-remove`,
                'aria-label': `Remove ${entryName(entry, i)} from ${legend}`,
                onclick: () => {
                    entries.splice(i, 1);
                    form.notes.removed(path, i);
                    form.render({ id: `${id}-add` });
                },
            }, 'Remove'))),
        el('button', {
            type: 'button', class: 'secondary', id: `${id}-add`,
            onclick: () => {
                entries.push(make());
                form.render({ path: `${path}[${entries.length - 1}]` });
            },
        }, `Add ${noun.toLowerCase()} to ${legend}`));
}

/** What the form says about its fields: { path, kind: 'warning' | 'error', message, line }. */
export class Notes {
    constructor() {
        this.entries = [];
    }

    add(path, kind, message, line = null) {
        const note = { path: path || '', kind, message, line };
        this.entries.push(note);
        return note;
    }

    clear(kind) {
        this.entries = this.entries.filter(n => n.kind !== kind);
    }

    /** Entry {@code index} of the list at {@code path} was removed: its notes go, later entries' move up. */
    removed(path, index) {
        const prefix = `${path}[`;
        for (const note of this.entries) {
            const match = note.path.startsWith(prefix) && /^(\d+)\](.*)$/.exec(note.path.substring(prefix.length));
            if (!match) {
                continue;
            }
            const i = Number(match[1]);
            if (i === index) {
                note.gone = true;
            } else if (i > index) {
                note.path = `${prefix}${i - 1}]${match[2]}`;
            }
        }
        this.entries = this.entries.filter(n => !n.gone);
    }
}

/**
 * Puts each note next to its field (or the nearest enclosing one, or else the form's general notes), links it to
 * the control for screen readers, and marks errors invalid. {@code showLine} makes a note's line number a button.
 */
export function placeNotes(root, notes, general, showLine) {
    general.replaceChildren();
    notes.entries.forEach((note, n) => {
        const target = fieldElement(root, note.path);
        const id = `note-${n}`;
        const node = el('p', { class: `field-note ${note.kind}`, id, 'data-note-field': note.path },
            el('strong', {}, note.kind === 'warning' ? 'Warning: ' : 'Not saved: '), note.message,
            note.line && showLine ? [' ', el('button', {
                type: 'button', class: 'link', onclick: () => showLine(note.line),
            }, `Show line ${note.line}`)] : null);
        if (!target) {
            general.append(node);
            return;
        }
        target.classList.add(note.kind === 'warning' ? 'has-warning' : 'has-error');
        const legend = target.querySelector(':scope > legend');
        if (legend) {
            legend.after(node);
            return;
        }
        target.append(node);
        const input = target.querySelector('input, select, textarea');
        if (input) {
            const described = input.getAttribute('aria-describedby');
            input.setAttribute('aria-describedby', described ? `${described} ${id}` : id);
            if (note.kind === 'error') {
                input.setAttribute('aria-invalid', 'true');
            }
        }
    });
}
