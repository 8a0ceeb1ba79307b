-- Issue 5: people, the live stream's log, topics, incremental sync.

-- When search last changed a row (not the event's time): "what changed since my last sync" is about this copy.
ALTER TABLE meeting ADD COLUMN modified_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE item ADD COLUMN modified_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE resolution ADD COLUMN modified_at timestamptz NOT NULL DEFAULT now();
CREATE INDEX meeting_modified_idx ON meeting (modified_at);
CREATE INDEX item_modified_idx ON item (modified_at);
CREATE INDEX resolution_modified_idx ON resolution (modified_at);
CREATE INDEX item_committee_date_idx ON item (committee, meeting_date);

-- A person is a normalised name (lower case, no honorific, single spaces); the id is derived from it, so a rebuild
-- gives every person the same id again.
CREATE TABLE person (
    id          uuid PRIMARY KEY,
    key         text        NOT NULL UNIQUE,
    name        text        NOT NULL,
    modified_at timestamptz NOT NULL DEFAULT now()
);
ALTER TABLE attendance ADD COLUMN person_id uuid;
CREATE INDEX attendance_person_idx ON attendance (person_id);

-- The normalised title an item's topic is recognised by (significant words, sorted); see TopicKeys.
ALTER TABLE item ADD COLUMN topic_key text NOT NULL DEFAULT '';
CREATE INDEX item_topic_key_idx ON item (topic_key);
CREATE TABLE topic (
    id  uuid PRIMARY KEY,
    key text NOT NULL UNIQUE
);

-- Token-set Jaccard similarity of two space-separated word sets: how alike two topic keys are.
CREATE FUNCTION token_jaccard(a text, b text) RETURNS float8 LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN u = 0 THEN 0 ELSE i::float8 / u END
    FROM (SELECT (SELECT count(*) FROM (SELECT unnest(string_to_array(a, ' '))
                                        INTERSECT SELECT unnest(string_to_array(b, ' '))) x) AS i,
                 (SELECT count(*) FROM (SELECT unnest(string_to_array(a, ' '))
                                        UNION SELECT unnest(string_to_array(b, ' '))) y) AS u) s
$$;

-- Follow-up status beyond the first assignment (action.updated/completed, deferral.resolved/carried-forward).
ALTER TABLE item_status ADD COLUMN times_carried_forward integer NOT NULL DEFAULT 0;
ALTER TABLE item_action ADD COLUMN description text;

-- The live stream's log: the SSE id is the sequence id, so a client resumes with Last-Event-ID. Written in the
-- consumer's transaction; only the newest rows are kept. The payload is already stripped of restricted text.
CREATE TABLE stream_event (
    id         bigserial PRIMARY KEY,
    event_id   text        NOT NULL UNIQUE,
    topic      text        NOT NULL,
    type       text        NOT NULL,
    committee  text,
    payload    text        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now()
);

-- Records a superseded record removed, so that an incremental sync can delete its copies.
CREATE TABLE tombstone (
    kind       text        NOT NULL, -- ITEM | RESOLUTION
    record_id  uuid        NOT NULL,
    meeting_id uuid        NOT NULL,
    removed_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (kind, record_id)
);
CREATE INDEX tombstone_removed_idx ON tombstone (removed_at);
