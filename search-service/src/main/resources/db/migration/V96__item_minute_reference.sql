-- The minute's own reference where a council numbers its minutes apart from the agenda ("CAB 45/16").
ALTER TABLE item ADD COLUMN minute_reference text;
-- The view was made with SELECT *, which PostgreSQL expands once: made again so that it has the new column.
CREATE OR REPLACE VIEW published_item AS
    SELECT * FROM item WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
