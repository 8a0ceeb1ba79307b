-- search-service read models, built only from events on minutes.meetings and minutes.actions. No foreign keys
-- between them: events of different topics (and a replay started anywhere) may arrive in any order, and every row
-- is an upsert that converges whatever the order.

-- Ids of the events already applied, written in the same transaction as their effect: a redelivery is skipped.
CREATE TABLE processed_event (
    event_id     text PRIMARY KEY,
    type         text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE meeting (
    id         uuid PRIMARY KEY,
    committee  text NOT NULL,
    date       date NOT NULL,
    start_time time,
    location   text,
    status     text NOT NULL
);

-- Replaced as a whole by each minutes.meeting.recorded; later issues build attendance queries on it.
CREATE TABLE attendance (
    meeting_id   uuid    NOT NULL,
    kind         text    NOT NULL, -- PRESENT | OFFICER | IN_ATTENDANCE | APOLOGY
    position     integer NOT NULL,
    name         text    NOT NULL,
    honorific    text,
    organisation text,
    role         text,
    PRIMARY KEY (meeting_id, kind, position)
);
CREATE INDEX attendance_name_idx ON attendance (lower(name));

CREATE TABLE item (
    id               uuid PRIMARY KEY,
    meeting_id       uuid    NOT NULL,
    committee        text    NOT NULL,
    meeting_date     date    NOT NULL,
    position         integer NOT NULL,
    number           text    NOT NULL,
    title            text    NOT NULL,
    restricted       boolean NOT NULL,
    text             text,
    -- All the item's resolutions, so that one row answers a search over titles, discussion and decisions.
    resolutions_text text,
    -- Restricted (exempt) items are indexed by title only: were their text searchable, a hit would disclose it.
    search           tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', coalesce(title, '')), 'A')
            || setweight(to_tsvector('english',
                   CASE WHEN restricted THEN '' ELSE coalesce(resolutions_text, '') END), 'B')
            || setweight(to_tsvector('english', CASE WHEN restricted THEN '' ELSE coalesce(text, '') END), 'C')
    ) STORED
);
CREATE INDEX item_search_idx ON item USING gin (search);
CREATE INDEX item_meeting_idx ON item (meeting_id, position);

CREATE TABLE resolution (
    id         uuid PRIMARY KEY,
    item_id    uuid    NOT NULL,
    meeting_id uuid    NOT NULL,
    position   integer NOT NULL,
    text       text    NOT NULL,
    outcome    text    NOT NULL
);
CREATE INDEX resolution_item_idx ON resolution (item_id, position);
CREATE INDEX resolution_meeting_idx ON resolution (meeting_id);

-- Actions known per item, so that the open count is recomputed rather than incremented (replays converge).
CREATE TABLE item_action (
    action_id  uuid PRIMARY KEY,
    item_id    uuid NOT NULL,
    meeting_id uuid NOT NULL,
    status     text NOT NULL
);
CREATE INDEX item_action_item_idx ON item_action (item_id);

-- What minutes.actions says about an item; the meeting summary of a later issue reads it.
CREATE TABLE item_status (
    item_id             uuid PRIMARY KEY,
    meeting_id          uuid    NOT NULL,
    open_actions        integer NOT NULL DEFAULT 0,
    deferral_id         uuid,
    deferral_status     text,
    deferred_until      text,
    deferred_until_date date,
    deferral_note       text
);
CREATE INDEX item_status_meeting_idx ON item_status (meeting_id);
