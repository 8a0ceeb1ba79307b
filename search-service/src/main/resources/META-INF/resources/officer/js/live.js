// The live stream (server-sent events from search-service): every public event is listed as it arrives, and the
// current view is told, so that a newly recorded meeting appears without a reload.

const TYPES = ['minutes.meeting.recorded', 'minutes.meeting.published', 'minutes.meeting.superseded',
    'minutes.item.recorded', 'minutes.resolution.recorded', 'minutes.minutes.approved', 'minutes.action.assigned',
    'minutes.action.updated', 'minutes.action.completed', 'minutes.item.deferred', 'minutes.deferral.resolved',
    'minutes.deferral.carried-forward'];
const SHOWN = 15;

export function connect(onEvent) {
    const status = document.getElementById('live-status');
    const list = document.getElementById('live-events');
    const source = new EventSource('/api/stream');
    source.onopen = () => {
        status.textContent = 'Connected: new records appear here as they are published.';
    };
    source.onerror = () => {
        status.textContent = 'Reconnecting to the event stream…';
    };
    for (const type of TYPES) {
        source.addEventListener(type, (event) => {
            const cloudEvent = JSON.parse(event.data);
            list.prepend(entry(type, cloudEvent.data || {}));
            while (list.children.length > SHOWN) {
                list.lastElementChild.remove();
            }
            onEvent(type, cloudEvent.data || {});
        });
    }
    return source;
}

function entry(type, data) {
    const li = document.createElement('li');
    li.className = 'live-event';
    li.dataset.type = type;
    const what = type.replace('minutes.', '').replace('.', ' ');
    const detail = [data.committee, data.date || data.meetingDate, data.title || data.itemTitle || data.description]
        .filter(Boolean).join(', ');
    li.textContent = detail ? `${what}: ${detail}` : what;
    return li;
}
