// The officer page: a hash router over the views, sign-in, and the live stream.
import { caller, loadConfig, refreshCaller } from './api.js';
import { initAuth, providerConfigured, signInWithProvider, signInWithToken, signOut } from './auth.js';
import { board } from './board.js';
import { attendancePage } from './charts.js';
import { message, show } from './dom.js';
import { importPage } from './import.js';
import { connect } from './live.js';
import { meetingList, meetingPage, renderList } from './meeting.js';
import { searchPage, topicPage } from './search.js';

function route() {
    const [path, search] = location.hash.replace(/^#/, '').split('?');
    const params = Object.fromEntries(new URLSearchParams(search || ''));
    const [view, id] = (path || '/outstanding').split('/').filter(Boolean);
    document.querySelectorAll('nav a').forEach(a => {
        if (a.dataset.view === (view === 'topics' ? 'search' : view)) {
            a.setAttribute('aria-current', 'page');
        } else {
            a.removeAttribute('aria-current');
        }
    });
    switch (view) {
        case 'meetings':
            return id ? meetingPage(id) : meetingList(params);
        case 'search':
            return searchPage(params);
        case 'topics':
            return topicPage(id);
        case 'attendance':
            return attendancePage(params);
        case 'import':
            return importPage();
        case 'outstanding':
        case undefined:
            return board(params);
        default:
            return show('Not found', message('No such page.'));
    }
}

function showCaller() {
    const who = caller();
    document.getElementById('signed-in-as').textContent = who
        ? `Signed in as ${who.name}${who.organisation ? `, ${who.organisation}` : ''} (${who.roles.length
            ? who.roles.join(', ') : 'no Minutebook role'})`
        : 'Not signed in: public records only.';
    document.getElementById('sign-out').hidden = !who;
    // With the developer's token field, another token may replace the one signed in with.
    document.getElementById('sign-in-button').hidden = !!who && document.getElementById('token-option').hidden;
    document.getElementById('token').value = '';
}

/** The token field is a developer's option (minutebook.web.token-field); the provider's button is for everyone. */
function offerSignIn(config) {
    document.getElementById('token-option').hidden = !config.tokenField;
    if (!config.tokenField && !config.oidc) {
        document.getElementById('sign-in').hidden = true;
    }
}

async function onAuthChange() {
    await refreshCaller();
    showCaller();
    route();
}

function onLiveEvent(type) {
    const list = document.getElementById('meeting-list');
    if (list && (type === 'minutes.meeting.recorded' || type === 'minutes.meeting.published')) {
        const params = Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] || ''));
        renderList(list, params);
    }
}

async function start() {
    document.getElementById('sign-in').addEventListener('submit', async (event) => {
        event.preventDefault();
        const value = document.getElementById('token').value;
        if (!document.getElementById('token-option').hidden && value.trim()) {
            signInWithToken(value);
            await onAuthChange();
        } else if (providerConfigured()) {
            await signInWithProvider();
        }
    });
    document.getElementById('sign-out').addEventListener('click', async () => {
        if (!await signOut()) {
            await onAuthChange();
        }
    });
    let config;
    try {
        config = await loadConfig();
        offerSignIn(config);
        await initAuth(config.oidc, onAuthChange);
    } catch (e) {
        show('Minutebook', message(`The page's settings could not be loaded: ${e.message}`));
        return;
    }
    await refreshCaller();
    showCaller();
    window.addEventListener('hashchange', route);
    connect(onLiveEvent);
    await route();
    document.body.dataset.ready = 'true';
}

start();
