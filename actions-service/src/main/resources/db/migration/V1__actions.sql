-- Events from minutes.meetings already applied: the consumer's idempotency key, written with the effect.
CREATE TABLE processed_event (
    event_id     uuid PRIMARY KEY,
    type         text        NOT NULL,
    processed_at timestamptz NOT NULL DEFAULT now()
);

-- What we know of each meeting: enough to resolve the initials its minutes assign actions to.
CREATE TABLE meeting (
    id           uuid PRIMARY KEY,
    committee    text NOT NULL,
    meeting_date date NOT NULL
);

CREATE TABLE meeting_attendee (
    meeting_id   uuid        NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position     integer     NOT NULL,
    kind         varchar(20) NOT NULL,
    name         text        NOT NULL,
    honorific    text,
    organisation text,
    role         text,
    PRIMARY KEY (meeting_id, position)
);

CREATE TABLE tracked_action (
    id            uuid PRIMARY KEY,
    meeting_id    uuid        NOT NULL,
    committee     text        NOT NULL,
    meeting_date  date        NOT NULL,
    item_id       uuid        NOT NULL,
    item_number   text,
    item_title    text,
    item_position integer     NOT NULL,
    description   text        NOT NULL,
    owners        text[]      NOT NULL,
    unresolved    text[]      NOT NULL,
    all_attendees boolean     NOT NULL,
    due_date      date,
    source        varchar(20) NOT NULL,
    status        varchar(20) NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

-- Serves the listing order: newest meeting first, then agenda order.
CREATE INDEX tracked_action_listing ON tracked_action (status, meeting_date DESC, item_position, id);

CREATE TABLE action_assignee (
    action_id    uuid    NOT NULL REFERENCES tracked_action (id) ON DELETE CASCADE,
    position     integer NOT NULL,
    initials     text    NOT NULL,
    name         text    NOT NULL,
    organisation text,
    PRIMARY KEY (action_id, position)
);

CREATE TABLE deferral (
    id            uuid PRIMARY KEY,
    meeting_id    uuid        NOT NULL,
    committee     text        NOT NULL,
    meeting_date  date        NOT NULL,
    item_id       uuid        NOT NULL UNIQUE,
    item_number   text,
    item_title    text,
    item_position integer     NOT NULL,
    until         varchar(20) NOT NULL,
    until_date    date,
    note          text,
    status        varchar(20) NOT NULL,
    created_at    timestamptz NOT NULL,
    updated_at    timestamptz NOT NULL
);

CREATE INDEX deferral_listing ON deferral (status, meeting_date DESC, item_position, id);

-- Events to publish on minutes.actions, written in the business transaction and relayed in id order.
CREATE TABLE outbox_event (
    id         bigserial PRIMARY KEY,
    event_id   uuid        NOT NULL UNIQUE,
    key        text        NOT NULL,
    type       text        NOT NULL,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    sent_at    timestamptz
);

CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
