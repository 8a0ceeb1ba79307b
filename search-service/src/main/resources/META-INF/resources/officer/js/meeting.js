// Meetings: the list (search-service's public archive) and one meeting's record (meetings-service, which shows
// restricted items and drafts to signed-in officers and clerks) with its actions' and deferrals' progress.
import { actions, caller, meetings, query, search } from './api.js';
import { cell, date, el, filterForm, message, show } from './dom.js';

export async function meetingList(params) {
    const form = filterForm('#/meetings', 'Filter meetings', 'meetings',
        [['committee', 'Committee'], ['from', 'From', 'date'], ['to', 'To', 'date']], params, 'Show');
    const list = el('div', { id: 'meeting-list' }, el('p', {}, 'Loading…'));
    show('Meetings', form, list);
    await renderList(list, params);
}

/** Also called when the live stream reports a new meeting, so that it appears without a reload. */
export async function renderList(list, params) {
    try {
        // Officers and clerks list from meetings-service, which includes drafts; the public reads the archive.
        const who = caller();
        const filters = { committee: params.committee, from: params.from, to: params.to, size: 100 };
        const page = who && (who.roles.includes('officer') || who.roles.includes('clerk'))
            ? await meetings('/api/meetings' + query(filters))
            : await search('/api/meetings' + query(filters));
        if (page.results.length === 0) {
            list.replaceChildren(el('p', {}, 'No meetings match.'));
            return;
        }
        list.replaceChildren(el('p', {}, `${page.total} meeting${page.total === 1 ? '' : 's'}`),
            el('table', { id: 'meetings-table' },
                el('thead', {}, el('tr', {}, ['Date', 'Committee', 'Items', 'Status']
                    .map(h => el('th', { scope: 'col' }, h)))),
                el('tbody', {}, page.results.map(m => el('tr', { 'data-meeting-id': m.id },
                    cell('Date', el('a', { href: `#/meetings/${m.id}` }, date(m.date))),
                    cell('Committee', m.committee),
                    cell('Items', String((m.items || []).length)),
                    cell('Status', (m.status || '').toLowerCase()))))));
    } catch (e) {
        list.replaceChildren(message(`Could not load the meetings: ${e.message}`));
    }
}

export async function meetingPage(id) {
    show('Meeting', el('p', {}, 'Loading…'));
    let record;
    try {
        record = await meetings(`/api/meetings/${encodeURIComponent(id)}`);
    } catch (e) {
        show('Meeting', message(e.status === 404
            ? 'No such meeting, or it is a draft: sign in as an officer or clerk to see drafts.'
            : `Could not load the meeting: ${e.message}`));
        return;
    }
    const [tracked, deferrals] = await Promise.all([
        actions('/api/actions' + query({ meeting: id, size: 100 })).catch(() => ({ results: [] })),
        actions('/api/deferrals' + query({ meeting: id, size: 100 })).catch(() => ({ results: [] })),
    ]);
    show(`${record.committee}, ${date(record.date)}`,
        el('p', {}, [record.startTime, record.location].filter(Boolean).join(', '),
            ' ', el('span', { class: 'badge', id: 'meeting-status' }, record.status.toLowerCase())),
        statusControls(record),
        attendance(record.attendance || {}),
        el('section', { 'aria-labelledby': 'items-heading' }, el('h2', { id: 'items-heading' }, 'Items'),
            (record.items || []).map(item => itemBlock(item, tracked.results, deferrals.results))));
}

/** A clerk publishes a draft, and approves published minutes as a true record. */
function statusControls(record) {
    const who = caller();
    const next = { DRAFT: ['publish', 'Publish'], PUBLISHED: ['approve', 'Approve as a true record'] }[record.status];
    if (!who || !who.roles.includes('clerk') || !next) {
        return null;
    }
    const status = el('span', { role: 'status' });
    const button = el('button', {
        type: 'button', id: `meeting-${next[0]}`,
        onclick: async () => {
            button.disabled = true;
            try {
                await meetings(`/api/meetings/${record.id}/${next[0]}`, { method: 'POST' });
                await meetingPage(record.id);
            } catch (e) {
                button.disabled = false;
                status.replaceChildren(message(e.status === 409
                    ? 'Its status changed meanwhile; reload the page.'
                    : `Could not ${next[0]} it: ${e.message}`));
            }
        },
    }, next[1]);
    return el('p', {}, button, ' ', status);
}

function attendance(a) {
    const groups = [['present', 'Present'], ['officers', 'Officers'], ['inAttendance', 'In attendance'],
        ['apologies', 'Apologies']];
    return el('section', { 'aria-labelledby': 'attendance-heading', id: 'attendance' },
        el('h2', { id: 'attendance-heading' }, 'Attendance'),
        groups.filter(([key]) => (a[key] || []).length > 0).map(([key, label]) => el('div', {},
            el('h3', {}, label),
            el('ul', {}, a[key].map(p => el('li', {}, [p.honorific, p.name].filter(Boolean).join(' ')
                + (p.role ? `, ${p.role}` : '') + (p.organisation ? ` (${p.organisation})` : '')))))));
}

function itemBlock(item, tracked, deferrals) {
    const block = el('article', { class: item.restricted ? 'item restricted' : 'item', 'data-item-number': item.number },
        el('h3', {}, `${item.number} ${item.title}`,
            item.restricted ? el('span', { class: 'badge' }, ' restricted') : null));
    if (item.restricted && !item.text && !(item.resolutions || []).length) {
        block.append(el('p', {}, 'Restricted (exempt) item: officers signed in can read it.'));
        return block;
    }
    if (item.text) {
        block.append(el('p', {}, item.text));
    }
    for (const r of item.resolutions || []) {
        block.append(el('p', {}, el('strong', {}, `${r.outcome}: `), r.text));
    }
    // The record numbers its items as printed; the register keeps the same number.
    const itemActions = tracked.filter(a => a.itemNumber === item.number);
    if (itemActions.length > 0) {
        block.append(el('ul', { 'aria-label': `Actions of item ${item.number}` }, itemActions.map(a => el('li', {},
            a.description, ' — ', a.assignees.map(p => p.name).concat(a.unresolved).join(', ') || 'unassigned', ' — ',
            el('span', { class: 'status' }, a.status.replace('_', ' ').toLowerCase()),
            a.overdue ? el('span', { class: 'overdue' }, ' (overdue)') : null))));
    } else if ((item.actions || []).length > 0) {
        block.append(el('ul', {}, item.actions.map(a => el('li', {}, a.description, ' — ', (a.owners || []).join('/ ')))));
    }
    const deferral = deferrals.find(d => d.itemNumber === item.number);
    if (deferral) {
        block.append(el('p', {}, el('strong', {}, 'Deferred: '), deferral.note || deferral.until, ' — ',
            el('span', { class: 'status' }, deferral.status.toLowerCase()),
            deferral.resolvedBy ? ` (taken ${date(deferral.resolvedBy.meetingDate)})` : ''));
    }
    return block;
}
