// One agenda item of the review form: number, title, restricted, text, its resolutions, actions and deferral.
import { el } from './dom.js';
import { control, list } from './form-kit.js';

const OUTCOMES = ['NOTED', 'APPROVED', 'AGREED', 'DEFERRED', 'OTHER'].map(o => [o, o.toLowerCase()]);
const UNTIL = [['', 'Not deferred'], ['NEXT_MEETING', 'Until the next meeting'], ['DATE', 'Until a date'],
    ['UNSPECIFIED', 'Deferred, no date given']];

/** A new item at the end, numbered one after the last when that was a plain number. */
export function newItem(items) {
    const last = items.length > 0 ? items[items.length - 1].number : '0';
    const number = /^\d+$/.test(last || '') ? String(Number(last) + 1) : '';
    return { number, title: '', restricted: false, text: '', resolutions: [], declarations: [], actions: [],
        deferral: null };
}

export function itemFields(form, item, path) {
    return [
        el('div', { class: 'row' },
            control(`${path}.number`, 'Number', item.number, v => { item.number = v; }, { required: true }),
            control(`${path}.title`, 'Title', item.title, v => { item.title = v; }, { required: true })),
        control(`${path}.restricted`, 'Restricted (exempt) item', item.restricted, v => { item.restricted = v; },
            { type: 'checkbox' }),
        control(`${path}.text`, 'Text', item.text, v => { item.text = v; }, { rows: 4 }),
        list(form, `${path}.resolutions`, item.resolutions, { legend: `Resolutions of item ${item.number}`,
            noun: 'Resolution' },
        (resolution, at) => [
            control(`${at}.text`, 'Text', resolution.text, v => { resolution.text = v; }, { rows: 2, required: true }),
            control(`${at}.outcome`, 'Outcome', resolution.outcome || 'OTHER', v => { resolution.outcome = v; },
                { options: OUTCOMES }),
        ],
        () => ({ text: '', outcome: 'AGREED' })),
        list(form, `${path}.actions`, item.actions, { legend: `Actions of item ${item.number}`, noun: 'Action' },
            (action, at) => [
                control(`${at}.description`, 'Description', action.description,
                    v => { action.description = v; }, { rows: 2 }),
                control(`${at}.owners`, 'Owners (initials or names, separated by /)', (action.owners || []).join('/ '),
                    v => { action.owners = v.split(/[/,]/).map(o => o.trim()).filter(Boolean); }),
            ],
            () => ({ description: '', owners: [], assignees: [], dueDate: null, source: 'ACTION_COLUMN' })),
        deferralFields(form, item, path),
    ];
}

function deferralFields(form, item, path) {
    const at = `${path}.deferral`;
    const deferral = item.deferral;
    return el('fieldset', { class: 'deferral', 'data-field': at }, el('legend', {}, `Deferral of item ${item.number}`),
        control(`${at}.until`, 'Deferred', deferral ? deferral.until : '', v => {
            item.deferral = v ? { until: v, date: deferral ? deferral.date : null, note: deferral ? deferral.note : null }
                : null;
            form.render({ path: `${at}.until` });
        }, { options: UNTIL }),
        deferral && deferral.until === 'DATE'
            ? control(`${at}.date`, 'Until', deferral.date, v => { deferral.date = v; }, { type: 'date' })
            : null,
        deferral ? control(`${at}.note`, 'Note', deferral.note, v => { deferral.note = v; }) : null);
}
