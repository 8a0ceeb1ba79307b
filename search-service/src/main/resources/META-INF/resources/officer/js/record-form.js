// The meeting record as a form the clerk corrects in place: committee, date, attendance and items. Edits go into the
// model at once; adding or removing an entry renders the form again from the model, so nothing typed is lost.
import { el } from './dom.js';
import { control, fieldElement, list, placeNotes } from './form-kit.js';
import { itemFields, newItem } from './item-form.js';

const GROUPS = [['present', 'Present', 'Person'], ['officers', 'Officers', 'Officer'],
    ['inAttendance', 'In attendance', 'Person'], ['apologies', 'Apologies', 'Person']];

/** The editable copy of a parsed record: without what the service adds (id, status, warnings, lines). */
export function fromRecord(record) {
    const { id, status, warnings, lines, ...model } = structuredClone(record);
    model.attendance = model.attendance || {};
    for (const [key] of GROUPS) {
        model.attendance[key] = model.attendance[key] || [];
    }
    model.items = (model.items || []).map(item => ({
        ...item, resolutions: item.resolutions || [], actions: item.actions || [], declarations: item.declarations || [],
    }));
    return model;
}

/** The record as POST /api/meetings takes it. */
export function toPayload(model) {
    const record = structuredClone(model);
    for (const field of ['date', 'startTime', 'location']) {
        record[field] = record[field] || null;
    }
    for (const item of record.items) {
        for (const action of item.actions) {
            // Initials the clerk took out no longer name anyone; new ones are kept as written.
            action.assignees = (action.assignees || []).filter(a => action.owners.includes(a.initials)
                || action.owners.includes(a.name));
        }
        if (item.deferral) {
            item.deferral.date = item.deferral.until === 'DATE' ? item.deferral.date || null : null;
            item.deferral.note = item.deferral.note || null;
        }
    }
    return record;
}

/**
 * @param notes the warnings and violations to show beside their fields (form-kit's Notes)
 * @param showLine called with a line number when the clerk asks to see a note's line in the document
 */
export function recordForm(model, notes, showLine) {
    const general = el('div', { class: 'general-notes' });
    const body = el('div', { class: 'record-fields' });
    const form = {
        model, notes,
        node: el('div', { class: 'record-form' }, general, body),
        /** Renders the form from the model, then focuses what {@code focus} names ({ id } or { path }). */
        render(focus) {
            body.replaceChildren(meetingFields(form), attendanceFields(form), itemsFields(form));
            placeNotes(body, notes, general, showLine);
            const target = focus && (focus.id ? document.getElementById(focus.id) : fieldElement(body, focus.path));
            const control = target && (target.matches('input, select, textarea, button')
                ? target : target.querySelector('input, select, textarea'));
            if (control) {
                control.focus();
            }
        },
        /** Focuses the field a path names (or the nearest enclosing one) and says whether there was one. */
        focusField(path) {
            const target = fieldElement(body, path);
            const control = target && target.querySelector('input, select, textarea, button');
            if (control) {
                target.scrollIntoView({ block: 'center' });
                control.focus();
            }
            return Boolean(control);
        },
    };
    form.render();
    return form;
}

function meetingFields(form) {
    const m = form.model;
    return el('fieldset', { class: 'meeting-fields' }, el('legend', {}, 'Meeting'),
        control('committee', 'Committee', m.committee, v => { m.committee = v; }, { required: true }),
        control('date', 'Date', m.date, v => { m.date = v; }, { type: 'date', required: true }),
        control('startTime', 'Start time', m.startTime, v => { m.startTime = v; }, { type: 'time' }),
        control('location', 'Location', m.location, v => { m.location = v; }));
}

function attendanceFields(form) {
    const a = form.model.attendance;
    return el('fieldset', { class: 'attendance-fields', 'data-field': 'attendance' }, el('legend', {}, 'Attendance'),
        GROUPS.map(([key, legend, noun]) => list(form, `attendance.${key}`, a[key], { legend, noun },
            (person, path) => [
                control(`${path}.name`, 'Name', person.name, v => { person.name = v; }, { required: true }),
                control(`${path}.organisation`, 'Organisation', person.organisation,
                    v => { person.organisation = v || null; }),
            ],
            () => ({ name: '', honorific: null, organisation: null, role: null }))));
}

function itemsFields(form) {
    const items = form.model.items;
    return list(form, 'items', items, { legend: 'Items', noun: 'Item', entryLegend: item => `Item ${item.number}` },
        (item, path) => itemFields(form, item, path),
        () => newItem(items));
}
