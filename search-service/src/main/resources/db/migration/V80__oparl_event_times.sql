-- OParl's created and modified (issue 20): the times of the events that recorded and last changed a row, so that a
-- rebuild, which replays the same events, gives every object the same times again. modified_at stays search's own.
ALTER TABLE meeting ADD COLUMN recorded_at timestamptz;
ALTER TABLE meeting ADD COLUMN changed_at timestamptz;
ALTER TABLE item ADD COLUMN recorded_at timestamptz;
ALTER TABLE item ADD COLUMN changed_at timestamptz;
ALTER TABLE resolution ADD COLUMN recorded_at timestamptz;
ALTER TABLE resolution ADD COLUMN changed_at timestamptz;
-- Rows consumed before this migration know only when search wrote them; a rebuild replaces that with event times.
UPDATE meeting SET recorded_at = modified_at, changed_at = modified_at;
UPDATE item SET recorded_at = modified_at, changed_at = modified_at;
UPDATE resolution SET recorded_at = modified_at, changed_at = modified_at;
ALTER TABLE meeting ALTER COLUMN recorded_at SET NOT NULL, ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE item ALTER COLUMN recorded_at SET NOT NULL, ALTER COLUMN changed_at SET NOT NULL;
ALTER TABLE resolution ALTER COLUMN recorded_at SET NOT NULL, ALTER COLUMN changed_at SET NOT NULL;
CREATE INDEX meeting_changed_idx ON meeting (changed_at);
CREATE INDEX item_changed_idx ON item (changed_at);

-- SELECT * was fixed when the public views were made: recreated so that they carry the new columns.
DROP VIEW published_meeting;
DROP VIEW published_item;
DROP VIEW published_resolution;
CREATE VIEW published_meeting AS
    SELECT * FROM meeting WHERE status <> 'DRAFT';
CREATE VIEW published_item AS
    SELECT * FROM item WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
CREATE VIEW published_resolution AS
    SELECT * FROM resolution WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');

-- A record superseded while its meeting was still a draft was never public: its tombstone must not say it existed.
ALTER TABLE tombstone ADD COLUMN was_public boolean NOT NULL DEFAULT true;
-- The superseding event's time: a deleted OParl object's modified.
ALTER TABLE tombstone ADD COLUMN superseded_at timestamptz;
UPDATE tombstone SET superseded_at = removed_at;
ALTER TABLE tombstone ALTER COLUMN superseded_at SET NOT NULL;
