-- A draft meeting's actions and deferrals are for officers and clerks; the public sees them once it is published.
-- Rows from before statuses were kept stay drafts until their meeting's events are replayed: nothing leaks meanwhile.
ALTER TABLE meeting ADD COLUMN status text NOT NULL DEFAULT 'DRAFT';
CREATE INDEX meeting_public ON meeting (id) WHERE status <> 'DRAFT';
