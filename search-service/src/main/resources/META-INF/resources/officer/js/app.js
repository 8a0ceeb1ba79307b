// The officer page: a hash router over the views, sign-in with a bearer token, and the live stream.
import { caller, loadConfig, signIn, signOut } from './api.js';
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
        ? `Signed in as ${who.name} (${who.roles.join(', ')})`
        : 'Not signed in: public records only.';
    document.getElementById('sign-out').hidden = !who;
    document.getElementById('token').value = '';
}

function onLiveEvent(type) {
    const list = document.getElementById('meeting-list');
    if (list && (type === 'minutes.meeting.recorded' || type === 'minutes.meeting.published')) {
        const params = Object.fromEntries(new URLSearchParams(location.hash.split('?')[1] || ''));
        renderList(list, params);
    }
}

async function start() {
    document.getElementById('sign-in').addEventListener('submit', (event) => {
        event.preventDefault();
        const value = document.getElementById('token').value;
        if (value.trim()) {
            signIn(value);
            showCaller();
            route();
        }
    });
    document.getElementById('sign-out').addEventListener('click', () => {
        signOut();
        showCaller();
        route();
    });
    showCaller();
    try {
        await loadConfig();
    } catch (e) {
        show('Minutebook', message(`The page's settings could not be loaded: ${e.message}`));
        return;
    }
    window.addEventListener('hashchange', route);
    connect(onLiveEvent);
    await route();
    document.body.dataset.ready = 'true';
}

start();
