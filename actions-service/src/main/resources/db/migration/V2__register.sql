-- The outstanding-actions register (issue 4): lifecycle with history, people across meetings, deferrals closed or
-- carried forward by later meetings, due dates "at the next meeting".

-- Optimistic locking: two officers changing one action at once must not lose an update.
ALTER TABLE tracked_action ADD COLUMN version bigint NOT NULL DEFAULT 0;
-- True while the minutes gave no date: the committee's next meeting, once recorded, sets due_date.
ALTER TABLE tracked_action ADD COLUMN due_next_meeting boolean NOT NULL DEFAULT false;
CREATE INDEX tracked_action_committee ON tracked_action (committee, meeting_date);
CREATE INDEX tracked_action_due ON tracked_action (due_date) WHERE status IN ('OPEN', 'IN_PROGRESS');

-- A person across meetings: same normalised name and organisation is the same person. The id follows from the key,
-- so that a replay into an empty database gives every person the same id again.
CREATE TABLE person (
    id           uuid PRIMARY KEY,
    name         text NOT NULL,
    organisation text,
    name_key     text NOT NULL,
    org_key      text NOT NULL,
    UNIQUE (name_key, org_key)
);

-- Officers may assign someone not listed at the meeting: no initials then.
ALTER TABLE action_assignee ALTER COLUMN initials DROP NOT NULL;
ALTER TABLE action_assignee ADD COLUMN person_id uuid REFERENCES person (id);
CREATE INDEX action_assignee_person ON action_assignee (person_id);

-- Officer changes through PATCH, in order. No foreign key to tracked_action on purpose: a change outlives a superseded
-- record (the corrected one usually keeps the action ids), and on replay a change may arrive before its action.
CREATE TABLE action_change (
    id          uuid PRIMARY KEY,
    action_id   uuid        NOT NULL,
    changed_at  timestamptz NOT NULL,
    changed_by  text        NOT NULL,
    from_status varchar(20),
    to_status   varchar(20) NOT NULL,
    reopen      boolean     NOT NULL,
    assignees   text,
    due_date    date,
    note        text
);
CREATE INDEX action_change_action ON action_change (action_id, changed_at, id);

-- The meeting's declared item count and the items received so far: once all are in, the meeting has been held
-- without any outstanding deferral it did not take.
ALTER TABLE meeting ADD COLUMN item_count integer;

CREATE TABLE meeting_item (
    item_id      uuid PRIMARY KEY,
    -- No foreign key: an item may arrive for a meeting whose meeting.recorded never reached us.
    meeting_id   uuid    NOT NULL,
    committee    text    NOT NULL,
    meeting_date date    NOT NULL,
    position     integer NOT NULL,
    number       text,
    title        text,
    deferred     boolean NOT NULL
);
CREATE INDEX meeting_item_meeting ON meeting_item (meeting_id);
CREATE INDEX meeting_item_committee ON meeting_item (committee, meeting_date);
CREATE INDEX meeting_committee ON meeting (committee, meeting_date);

ALTER TABLE deferral ADD COLUMN resolved_meeting_id uuid;
ALTER TABLE deferral ADD COLUMN resolved_meeting_date date;
ALTER TABLE deferral ADD COLUMN resolved_item_id uuid;
ALTER TABLE deferral ADD COLUMN resolved_item_number text;
ALTER TABLE deferral ADD COLUMN resolved_item_title text;
UPDATE deferral SET status = 'RESOLVED' WHERE status = 'CLOSED';

-- Each later meeting held without the deferred item: the count of times it was carried forward.
CREATE TABLE deferral_carry (
    deferral_id  uuid NOT NULL REFERENCES deferral (id) ON DELETE CASCADE,
    meeting_id   uuid NOT NULL,
    meeting_date date NOT NULL,
    PRIMARY KEY (deferral_id, meeting_id)
);
