// Attendance per person or organisation over the years, and a timeline of decisions, drawn with Chart.js (from its
// webjar). Each chart has its figures in a table as well, for screen readers and for copying.
import { query, search } from './api.js';
import { el, filterForm, message, show } from './dom.js';

const charts = [];

export async function attendancePage(params) {
    charts.splice(0).forEach(chart => chart.destroy());
    const form = filterForm('#/attendance', 'Choose whose attendance to chart', 'chart',
        [['person', 'Person'], ['organisation', 'Organisation'], ['committee', 'Committee (decisions)']], params,
        'Chart');
    const attendance = el('section', { 'aria-labelledby': 'attendance-chart-heading' },
        el('h2', { id: 'attendance-chart-heading' }, 'Attendance by year'));
    const decisions = el('section', { 'aria-labelledby': 'decisions-heading' },
        el('h2', { id: 'decisions-heading' }, 'Decisions timeline'));
    show('Attendance and decisions', form, attendance, decisions);
    await Promise.all([attendanceChart(attendance, params), decisionsChart(decisions, params)]);
}

async function attendanceChart(region, params) {
    const name = params.person || params.organisation;
    if (!name) {
        region.append(el('p', {}, 'Name a person or an organisation to chart their attendance.'));
        return;
    }
    try {
        const people = (await search('/api/people' + query({ q: params.person || '', size: 200 }))).results
            .filter(p => !params.organisation || p.organisations.some(o => o.toLowerCase()
                .includes(params.organisation.toLowerCase())))
            .slice(0, params.person ? 1 : 25);
        if (people.length === 0) {
            region.append(el('p', {}, `No one known as ${name}.`));
            return;
        }
        const records = await Promise.all(people.map(p => search(`/api/people/${p.id}/attendance`)));
        const byYear = new Map();
        for (const record of records) {
            for (const y of record.byYear) {
                const sum = byYear.get(y.year) || { present: 0, meetings: 0 };
                sum.present += y.present;
                sum.meetings += y.meetings;
                byYear.set(y.year, sum);
            }
        }
        const years = [...byYear.keys()].sort();
        const rates = years.map(y => Math.round(100 * byYear.get(y).present / Math.max(1, byYear.get(y).meetings)));
        const label = params.person ? records[0].name : `${params.organisation} (${people.length} people)`;
        region.append(chart('attendance-chart', `Attendance of ${label} by year, percent of meetings`, {
            type: 'bar',
            data: { labels: years, datasets: [{ label: `${label}: % of meetings attended`, data: rates,
                backgroundColor: '#1d4f91' }] },
            options: { scales: { y: { min: 0, max: 100 } } },
        }), table(['Year', 'Present', 'Meetings', '%'], years.map((y, i) => [y, byYear.get(y).present,
            byYear.get(y).meetings, rates[i]])));
    } catch (e) {
        region.append(message(`Could not chart the attendance: ${e.message}`));
    }
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
