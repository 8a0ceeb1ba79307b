// Attendance per person or organisation over the years, and a timeline of decisions, drawn with Chart.js (from its
// webjar). Each chart has its figures in a table as well, for screen readers and for copying.
import { query, search } from './api.js';
import { el, filterForm, message, show } from './dom.js';

const charts = [];

export async function attendancePage(params) {
    charts.splice(0).forEach(chart => chart.destroy());
    const form = filterForm('#/attendance', 'Choose whose attendance to chart', 'chart',
        [['person', 'Person'], ['organisation', 'Organisation'], ['committee', 'Committee']], params,
        'Chart');
    const attendance = el('section', { 'aria-labelledby': 'attendance-chart-heading' },
        el('h2', { id: 'attendance-chart-heading' }, 'Attendance by year'));
    const decisions = el('section', { 'aria-labelledby': 'decisions-heading' },
        el('h2', { id: 'decisions-heading' }, 'Decisions timeline'));
    show('Attendance and decisions', form, attendance, decisions);
    await Promise.all([attendanceChart(attendance, params), decisionsChart(decisions, params)]);
}

async function attendanceChart(region, params) {
    if (!params.person && !params.organisation) {
        region.append(el('p', {}, 'Name a person or an organisation to chart their attendance.'));
        return;
    }
    try {
        const series = params.person ? await personYears(params.person) : await organisationYears(params);
        if (!series) {
            region.append(el('p', {}, `No one known as ${params.person}.`));
            return;
        }
        const rates = series.years.map(y => Math.round(100 * y.present / Math.max(1, y.meetings)));
        region.append(chart('attendance-chart', `${series.label} by year, percent of meetings`, {
            type: 'bar',
            data: { labels: series.years.map(y => y.year), datasets: [{ label: `${series.label}: % of meetings`,
                data: rates, backgroundColor: '#1d4f91' }] },
            options: { scales: { y: { min: 0, max: 100 } } },
        }), table(['Year', series.presentLabel, 'Meetings', '%'],
            series.years.map((y, i) => [y.year, y.present, y.meetings, rates[i]])));
    } catch (e) {
        region.append(message(e.status === 404 ? e.message : `Could not chart the attendance: ${e.message}`));
    }
}

async function personYears(name) {
    const found = (await search('/api/people' + query({ q: name, size: 1 }))).results;
    if (found.length === 0) {
        return null;
    }
    const record = await search(`/api/people/${found[0].id}/attendance`);
    return { label: `Attendance of ${record.name}`, presentLabel: 'Present', years: record.byYear };
}

/** The meetings of the committees it attends at which anyone of the organisation was present. */
async function organisationYears(params) {
    const record = await search('/api/organisations/attendance' + query({ name: params.organisation,
        committee: params.committee }));
    return { label: `${params.organisation} represented`, presentLabel: 'Represented',
        years: record.byYear.map(y => ({ year: y.year, present: y.represented, meetings: y.meetings })) };
}

const OUTCOME_COLOURS = { AGREED: '#1d4f91', NOTED: '#00703c', APPROVED: '#4c2c92', DEFERRED: '#a4260f',
    OTHER: '#505a5f' };

async function decisionsChart(region, params) {
    try {
        const page = await search('/api/decisions' + query({ committee: params.committee, size: 500 }));
        if (page.results.length === 0) {
            region.append(el('p', {}, 'No decisions recorded.'));
            return;
        }
        const months = [...new Set(page.results.map(d => d.date.substring(0, 7)))].sort();
        const outcomes = [...new Set(page.results.map(d => d.outcome))].sort();
        const count = (month, outcome) => page.results
            .filter(d => d.date.startsWith(month) && d.outcome === outcome).length;
        region.append(
            el('p', {}, `${page.total} decisions` + (page.results.length < page.total
                ? `, the newest ${page.results.length} charted` : '')),
            chart('decisions-chart', 'Decisions per month by outcome', {
                type: 'bar',
                data: { labels: months, datasets: outcomes.map(o => ({ label: o, data: months.map(m => count(m, o)),
                    backgroundColor: OUTCOME_COLOURS[o] || '#505a5f' })) },
                options: { scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } },
            }),
            table(['Month', ...outcomes], months.map(m => [m, ...outcomes.map(o => count(m, o))])));
    } catch (e) {
        region.append(message(`Could not chart the decisions: ${e.message}`));
    }
}

function chart(id, description, config) {
    const canvas = el('canvas', { id, role: 'img', 'aria-label': description });
    const box = el('div', { class: 'chart' }, canvas);
    if (window.Chart) {
        config.options = { ...config.options, responsive: true, maintainAspectRatio: false, animation: false };
        charts.push(new window.Chart(canvas, config));
    } else {
        box.append(message('The chart library did not load; the figures are in the table below.'));
    }
    return box;
}

function table(headers, rows) {
    return el('details', {}, el('summary', {}, 'Figures'),
        el('table', {}, el('thead', {}, el('tr', {}, headers.map(h => el('th', { scope: 'col' }, h)))),
            el('tbody', {}, rows.map(r => el('tr', {}, r.map(v => el('td', {}, String(v))))))));
}
