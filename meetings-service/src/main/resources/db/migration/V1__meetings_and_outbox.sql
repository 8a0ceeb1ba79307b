-- The meeting record as recorded by clerks or imported from minutes documents.
CREATE TABLE meeting (
    id           uuid PRIMARY KEY,
    committee    varchar(200) NOT NULL,
    meeting_date date         NOT NULL,
    start_time   time,
    location     varchar(300),
    status       varchar(16)  NOT NULL,
    recorded_at  timestamptz  NOT NULL
);
CREATE INDEX meeting_committee_date ON meeting (committee, meeting_date);
CREATE INDEX meeting_date ON meeting (meeting_date);

CREATE TABLE attendee (
    id           uuid PRIMARY KEY,
    meeting_id   uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    kind         varchar(16)  NOT NULL,
    position     int          NOT NULL,
    name         varchar(200) NOT NULL,
    honorific    varchar(40),
    organisation varchar(300),
    role         varchar(60)
);
CREATE INDEX attendee_meeting ON attendee (meeting_id);

CREATE TABLE item (
    id             uuid PRIMARY KEY,
    meeting_id     uuid         NOT NULL REFERENCES meeting (id) ON DELETE CASCADE,
    position       int          NOT NULL,
    number         varchar(40)  NOT NULL,
    title          varchar(500) NOT NULL,
    restricted     boolean      NOT NULL,
    text           text,
    deferral_until varchar(16),
    deferral_date  date,
    deferral_note  varchar(2000)
);
CREATE INDEX item_meeting ON item (meeting_id);

CREATE TABLE resolution (
    id       uuid PRIMARY KEY,
    item_id  uuid        NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    position int         NOT NULL,
    text     text        NOT NULL,
    outcome  varchar(16) NOT NULL
);
CREATE INDEX resolution_item ON resolution (item_id);

CREATE TABLE declaration (
    id       uuid PRIMARY KEY,
    item_id  uuid         NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    position int          NOT NULL,
    name     varchar(200) NOT NULL,
    interest varchar(2000)
);
CREATE INDEX declaration_item ON declaration (item_id);

CREATE TABLE item_action (
    id          uuid PRIMARY KEY,
    item_id     uuid        NOT NULL REFERENCES item (id) ON DELETE CASCADE,
    position    int         NOT NULL,
    description text,
    owners      text[]      NOT NULL,
    due_date    date,
    source      varchar(16) NOT NULL
);
CREATE INDEX item_action_item ON item_action (item_id);

CREATE TABLE action_assignee (
    action_id uuid         NOT NULL REFERENCES item_action (id) ON DELETE CASCADE,
    position  int          NOT NULL,
    initials  varchar(20),
    name      varchar(200) NOT NULL,
    PRIMARY KEY (action_id, position)
);

-- Transactional outbox: written with the business change, relayed to Kafka in id order.
CREATE TABLE outbox_event (
    id           bigserial PRIMARY KEY,
    event_id     uuid         NOT NULL UNIQUE,
    aggregate_id uuid         NOT NULL,
    type         varchar(100) NOT NULL,
    payload      text         NOT NULL,
    created_at   timestamptz  NOT NULL,
    sent_at      timestamptz
);
CREATE INDEX outbox_event_unsent ON outbox_event (id) WHERE sent_at IS NULL;
ALTER SEQUENCE outbox_event_id_seq INCREMENT BY 50;

-- A committee meets once on a date: a second record for it is a conflict, closed here against races.
CREATE UNIQUE INDEX meeting_committee_date_unique ON meeting (lower(committee), meeting_date);
