-- A draft meeting is kept (its events are not sent again when it is published) but not read: every query of the
-- public API reads these views instead of the tables. SELECT * is fixed when a view is created, so a migration that
-- adds a column to one of the tables recreates its view.
CREATE VIEW published_meeting AS
    SELECT * FROM meeting WHERE status <> 'DRAFT';
CREATE VIEW published_item AS
    SELECT * FROM item WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
CREATE VIEW published_resolution AS
    SELECT * FROM resolution WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
CREATE VIEW published_attendance AS
    SELECT * FROM attendance WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');

-- The live stream sends a meeting's events once the meeting is public.
ALTER TABLE stream_event ADD COLUMN meeting_id uuid;
UPDATE stream_event SET meeting_id = CAST(payload::jsonb #>> '{data,meetingId}' AS uuid)
    WHERE payload::jsonb #>> '{data,meetingId}' ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$';
