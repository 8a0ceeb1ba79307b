// "Outstanding": open actions and deferrals, filtered by person, organisation, committee and overdue.
import { actions, ApiError, caller, query } from './api.js';
import { cell, date, el, filterForm, message, show } from './dom.js';

const FILTERS = [
    ['assignee', 'Person'],
    ['organisation', 'Organisation'],
    ['committee', 'Committee'],
    ['overdue', 'Overdue only', 'checkbox'],
];

export async function board(params) {
    const form = filterForm('#/outstanding', 'Filter the board', 'filter', FILTERS, params, 'Show');
    const status = el('div', { id: 'board-status', role: 'status' });
    const actionsRegion = el('section', { 'aria-labelledby': 'actions-heading' },
        el('h2', { id: 'actions-heading' }, 'Actions'), el('p', {}, 'Loading…'));
    const deferralsRegion = el('section', { 'aria-labelledby': 'deferrals-heading' },
        el('h2', { id: 'deferrals-heading' }, 'Deferred items'), el('p', {}, 'Loading…'));
    show('Outstanding', form, status, actionsRegion, deferralsRegion);
    try {
        const [open, inProgress, deferrals] = await Promise.all([
            actions('/api/actions' + query({ ...filterValues(params), status: 'OPEN', size: 100 })),
            actions('/api/actions' + query({ ...filterValues(params), status: 'IN_PROGRESS', size: 100 })),
            actions('/api/deferrals' + query({ status: 'OUTSTANDING', committee: params.committee, size: 100 })),
        ]);
        actionsRegion.replaceChildren(actionsRegion.firstChild, actionsTable(open, inProgress, status));
        deferralsRegion.replaceChildren(deferralsRegion.firstChild, deferralsTable(deferrals, params.overdue));
    } catch (e) {
        status.replaceChildren(message(`Could not load the board: ${e.message}`));
    }
}

function filterValues(params) {
    return { assignee: params.assignee, organisation: params.organisation, committee: params.committee,
        overdue: params.overdue === 'true' ? 'true' : null };
}

function actionsTable(open, inProgress, status) {
    const rows = [...open.results, ...inProgress.results]
        .sort((a, b) => b.meetingDate.localeCompare(a.meetingDate));
    const total = open.total + inProgress.total;
    if (rows.length === 0) {
        return el('p', { id: 'actions-empty' }, 'No outstanding actions match.');
    }
    const who = caller();
    const mayChange = who && (who.roles.includes('officer') || who.roles.includes('clerk'));
    return el('div', {},
        el('p', { id: 'actions-count' }, `${total} outstanding action${total === 1 ? '' : 's'}`
            + (rows.length < total ? `, the newest ${rows.length} shown` : '')),
        el('table', { id: 'actions-table' },
            el('thead', {}, el('tr', {}, ['Meeting', 'Item', 'Action', 'Assigned to', 'Due', 'Status']
                .concat(mayChange ? ['Update'] : []).map(h => el('th', { scope: 'col' }, h)))),
            el('tbody', {}, rows.map(action => actionRow(action, mayChange, status)))));
}

function actionRow(action, mayChange, status) {
    const assignees = action.assignees.map(a => a.organisation ? `${a.name} (${a.organisation})` : a.name)
        .concat(action.unresolved.map(u => `${u} (unresolved)`));
    const row = el('tr', { 'data-action-id': action.id },
        cell('Meeting', el('a', { href: `#/meetings/${action.meetingId}` }, `${action.committee}, ${date(action.meetingDate)}`)),
        cell('Item', `${action.itemNumber} ${action.itemTitle}`),
        cell('Action', action.description),
        cell('Assigned to', assignees.join('; ') || (action.allAttendees ? 'All attendees' : '—')),
        cell('Due', action.dueDate ? date(action.dueDate) : '—',
            action.overdue ? el('span', { class: 'overdue' }, ' (overdue)') : null),
        cell('Status', el('span', { class: 'status' }, action.status.replace('_', ' ').toLowerCase())));
    if (mayChange) {
        row.append(cell('Update', updateControls(action, row, status)));
    }
    return row;
}

function updateControls(action, row, status) {
    let version = action.version;
    const done = el('button', {
        type: 'button', class: 'mark-done', 'aria-label': `Mark done: ${action.description}`,
        onclick: async () => {
            done.disabled = true;
            try {
                await actions(`/api/actions/${action.id}`, { method: 'PATCH', body: { status: 'DONE', version } });
                row.querySelector('.status').textContent = 'done';
                done.remove();
                status.replaceChildren(message(`Marked done: ${action.description}`, 'ok'));
            } catch (e) {
                done.disabled = false;
                status.replaceChildren(message(problemText('Could not mark it done', e)));
            }
        },
    }, 'Mark done');
    const noteId = `note-${action.id}`;
    const note = el('input', { id: noteId, name: 'note', maxlength: '2000' });
    const noteForm = el('form', {
        class: 'note-form',
        onsubmit: async (event) => {
            event.preventDefault();
            if (!note.value.trim()) {
                return;
            }
            try {
                const changed = await actions(`/api/actions/${action.id}`,
                    { method: 'PATCH', body: { note: note.value.trim(), version } });
                version = changed.version;
                note.value = '';
                status.replaceChildren(message(`Note added: ${action.description}`, 'ok'));
            } catch (e) {
                status.replaceChildren(message(problemText('Could not add the note', e)));
            }
        },
    }, el('label', { for: noteId }, 'Note'), note, el('button', { type: 'submit', class: 'secondary' }, 'Add note'));
    return [done, noteForm];
}

function problemText(what, e) {
    if (e instanceof ApiError && e.status === 403) {
        return `${what}: only the assignee, their organisation or a clerk may change this action.`;
    }
    if (e instanceof ApiError && e.status === 409) {
        return `${what}: it changed meanwhile; reload the board.`;
    }
    return `${what}: ${e.message}`;
}

function deferralsTable(page, overdueOnly) {
    const rows = overdueOnly === 'true' ? page.results.filter(d => d.overdue) : page.results;
    if (rows.length === 0) {
        return el('p', {}, 'No deferred items match.');
    }
    return el('table', { id: 'deferrals-table' },
        el('thead', {}, el('tr', {}, ['Meeting', 'Item', 'Deferred', 'Times carried forward']
            .map(h => el('th', { scope: 'col' }, h)))),
        el('tbody', {}, rows.map(d => el('tr', {},
            cell('Meeting', el('a', { href: `#/meetings/${d.meetingId}` }, `${d.committee}, ${date(d.meetingDate)}`)),
            cell('Item', `${d.itemNumber} ${d.itemTitle}`),
            cell('Deferred', d.note || d.until, d.overdue ? el('span', { class: 'overdue' }, ' (overdue)') : null),
            cell('Times carried forward', String(d.timesCarriedForward))))));
}
