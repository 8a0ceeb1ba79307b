// Import for clerks: one or many minutes documents, each uploaded on its own, with progress and a per-file report;
// or one document reviewed and corrected before it is saved (review.js).
import { caller, meetings, query } from './api.js';
import { cell, date, el, message, show } from './dom.js';
import { reviewDocument } from './review.js';

export function importPage() {
    const who = caller();
    if (!who || !who.roles.includes('clerk')) {
        show('Import minutes', message('Importing is for clerks: sign in with a clerk token.', 'status'));
        return;
    }
    const files = el('input', { id: 'import-files', name: 'files', type: 'file', multiple: true, required: true,
        accept: '.txt,.md,.html,.htm,.pdf,.docx,.doc' });
    const committee = el('input', { id: 'import-committee', name: 'committee', maxlength: '200' });
    const publish = el('input', { id: 'import-publish', name: 'publish', type: 'checkbox' });
    const progress = el('progress', { id: 'import-progress', value: '0', max: '1', hidden: true,
        'aria-label': 'Files imported so far' });
    const report = el('div', { id: 'import-report', 'aria-live': 'polite' });
    // Outside the live region: a whole record is not to be read out as it appears.
    const review = el('div', { id: 'import-review-area' });
    const form = el('form', {
        class: 'filters', 'aria-label': 'Import minutes documents',
        onsubmit: async (event) => {
            event.preventDefault();
            const chosen = [...files.files];
            report.replaceChildren();
            review.replaceChildren();
            if (event.submitter && event.submitter.id === 'import-review') {
                progress.hidden = true;
                if (chosen.length !== 1) {
                    review.replaceChildren(message('Review takes one document at a time: choose a single file.'));
                    return;
                }
                await reviewDocument(chosen[0], committee.value.trim(), publish.checked, review);
                return;
            }
            await upload(chosen, committee.value.trim(), publish.checked, progress, report);
        },
    },
    el('div', {}, el('label', { for: 'import-files' }, 'Minutes documents'), files),
    el('div', {}, el('label', { for: 'import-committee' }, 'Committee (when the documents do not name it)'),
        committee),
    el('div', {}, el('label', { for: 'import-publish' }, 'Publish at once (already public elsewhere)'), publish),
    el('button', { type: 'submit', id: 'import-go' }, 'Import'),
    el('button', { type: 'submit', id: 'import-review', class: 'secondary', 'aria-describedby': 'import-review-hint' },
        'Review before saving'),
    el('p', { id: 'import-review-hint', class: 'hint' }, 'Review before saving reads one document without storing it, '
        + 'shows the record beside its text with the parser\'s warnings, and saves it once you have corrected it.'));
    show('Import minutes', form, progress, report, review);
}

async function upload(files, committee, publish, progress, report) {
    progress.hidden = false;
    progress.max = files.length;
    progress.value = 0;
    const rows = el('tbody');
    report.replaceChildren(el('p', { id: 'import-summary', role: 'status' }, `Importing ${files.length} file(s)…`),
        el('table', { id: 'import-table' },
            el('thead', {}, el('tr', {}, ['File', 'Result'].map(h => el('th', { scope: 'col' }, h)))), rows));
    let imported = 0;
    for (const file of files) {
        const form = new FormData();
        form.append('file', file, file.name);
        if (committee) {
            form.append('committee', committee);
        }
        try {
            const record = await meetings('/api/meetings/import' + query({ publish: publish ? 'true' : null }),
                { method: 'POST', body: form });
            imported++;
            rows.append(el('tr', { class: 'ok' }, cell('File', file.name), cell('Result',
                el('a', { href: `#/meetings/${record.id}` }, `${record.committee}, ${date(record.date)}`),
                `: ${record.items.length} items, ${record.status.toLowerCase()}`, warningsOf(record))));
        } catch (e) {
            const fields = (e.problem && e.problem.violations || []).map(v => `${v.field}: ${v.message}`).join('; ');
            rows.append(el('tr', { class: 'error' }, cell('File', file.name),
                cell('Result', `Not imported (${e.status || 'network'}): ${e.message}${fields ? ` — ${fields}` : ''}`)));
        }
        progress.value = Number(progress.value) + 1;
    }
    report.querySelector('#import-summary').textContent =
        `${imported} of ${files.length} imported, ${files.length - imported} not imported.`;
}

/** What the importer was unsure of in a stored document (older services send no warnings). */
function warningsOf(record) {
    const warnings = record.warnings || [];
    return warnings.length === 0 ? null
        : `; ${warnings.length} warning${warnings.length === 1 ? '' : 's'}: ${warnings.map(w => w.message).join('; ')}`;
}
