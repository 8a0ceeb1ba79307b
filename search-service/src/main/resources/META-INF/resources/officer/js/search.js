// Search with marked snippets and facets, and the history of a topic (an agenda item across meetings).
import { query, search } from './api.js';
import { date, el, message, show, snippet } from './dom.js';

const PAGE_SIZE = 20;

export async function searchPage(params) {
    const input = el('input', { id: 'search-q', name: 'q', type: 'search', value: params.q || '', required: true,
        maxlength: '500' });
    const form = el('form', {
        class: 'filters', role: 'search', 'aria-label': 'Search the minutes',
        onsubmit: (event) => {
            event.preventDefault();
            location.hash = '#/search' + query({ q: input.value.trim() });
        },
    }, el('div', {}, el('label', { for: 'search-q' }, 'Search the minutes'), input),
    el('button', { type: 'submit', id: 'search-go' }, 'Search'));
    const results = el('div', { id: 'search-results', 'aria-live': 'polite' });
    show('Search', form, results);
    if (!params.q) {
        results.append(el('p', {}, 'Words, "a phrase", or to include either, -word to leave out, prefix* for the start of a word.'));
        return;
    }
    try {
        const page = Number(params.page || 0);
        const [found, topics] = await Promise.all([
            search('/api/search' + query({ q: params.q, committee: params.committee, from: params.from, to: params.to,
                outcome: params.outcome, page, size: PAGE_SIZE })),
            search('/api/topics' + query({ q: params.q, size: 5 })).catch(() => ({ results: [] })),
        ]);
        results.replaceChildren(
            el('p', { id: 'search-total' }, `${found.total} item${found.total === 1 ? '' : 's'} found`),
            facets(found.facets, params),
            el('ol', { class: 'hits', start: String(page * PAGE_SIZE + 1) }, found.results.map(hit)),
            pager(found, params),
            topicLinks(topics.results));
    } catch (e) {
        results.replaceChildren(message(`Search failed: ${e.message}`));
    }
}

function hit(h) {
    return el('li', { class: 'hit', 'data-item-id': h.itemId },
        el('a', { href: `#/meetings/${h.meetingId}` }, `${h.itemNumber} ${h.title}`),
        h.restricted ? el('span', { class: 'badge' }, ' restricted') : null,
        el('div', {}, `${h.committee}, ${date(h.date)}`),
        snippet(h.snippet));
}

const FACET_LABELS = { year: 'Year', committee: 'Committee', outcome: 'Outcome' };

function facets(all, params) {
    return el('div', { class: 'facets', 'aria-label': 'Narrow the results' },
        Object.entries(all || {}).filter(([, counts]) => counts.length > 0).map(([facet, counts]) => el('section', {},
            el('h2', {}, FACET_LABELS[facet] || facet),
            el('ul', {}, counts.slice(0, 10).map(c => el('li', {},
                el('a', { href: '#/search' + query({ ...params, page: null, ...narrow(facet, c.value) }) },
                    `${c.value} (${c.count})`)))))));
}

function narrow(facet, value) {
    if (facet === 'year') {
        return { from: `${value}-01-01`, to: `${value}-12-31` };
    }
    return { [facet]: value };
}

function pager(found, params) {
    const page = found.page;
    const last = Math.max(0, Math.ceil(found.total / found.size) - 1);
    return el('nav', { 'aria-label': 'Result pages' },
        page > 0 ? el('a', { href: '#/search' + query({ ...params, page: page - 1 }) }, 'Previous') : null,
        ` Page ${page + 1} of ${last + 1} `,
        page < last ? el('a', { href: '#/search' + query({ ...params, page: page + 1 }) }, 'Next') : null);
}

function topicLinks(topics) {
    if (topics.length === 0) {
        return null;
    }
    return el('section', { 'aria-labelledby': 'topics-heading' }, el('h2', { id: 'topics-heading' }, 'Topics'),
        el('ul', {}, topics.map(t => el('li', {}, el('a', { href: `#/topics/${t.id}` }, t.title),
            ` — ${t.occurrences} meeting${t.occurrences === 1 ? '' : 's'}, ${date(t.firstDate)} to ${date(t.lastDate)}`))));
}

export async function topicPage(id) {
    show('Topic', el('p', {}, 'Loading…'));
    try {
        const topic = await search(`/api/topics/${encodeURIComponent(id)}`);
        show(`Topic: ${topic.title}`,
            el('p', {}, `${topic.occurrences} agenda items, ${date(topic.firstDate)} to ${date(topic.lastDate)}`),
            el('ol', { class: 'hits' }, topic.items.results.map(o => el('li', {},
                el('a', { href: `#/meetings/${o.meetingId}` }, `${o.committee}, ${date(o.date)}: ${o.number} ${o.title}`),
                o.resolutions.filter(r => r.text).map(r => el('p', {}, el('strong', {}, `${r.outcome}: `), r.text))))));
    } catch (e) {
        show('Topic', message(`Could not load the topic: ${e.message}`));
    }
}
