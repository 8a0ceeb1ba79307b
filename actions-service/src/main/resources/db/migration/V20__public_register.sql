-- The register as the public sees it (issue 17): worked out from published meetings only, as if drafts did not exist
-- until they are published. The unprefixed columns and deferral_carry stay the officers' view, from every meeting.
ALTER TABLE deferral ADD COLUMN public_status varchar(20) NOT NULL DEFAULT 'OUTSTANDING';
ALTER TABLE deferral ADD COLUMN public_resolved_meeting_id uuid;
ALTER TABLE deferral ADD COLUMN public_resolved_meeting_date date;
ALTER TABLE deferral ADD COLUMN public_resolved_item_id uuid;
ALTER TABLE deferral ADD COLUMN public_resolved_item_number text;
ALTER TABLE deferral ADD COLUMN public_resolved_item_title text;

CREATE TABLE deferral_public_carry (
    deferral_id  uuid NOT NULL REFERENCES deferral (id) ON DELETE CASCADE,
    meeting_id   uuid NOT NULL,
    meeting_date date NOT NULL,
    PRIMARY KEY (deferral_id, meeting_id)
);

ALTER TABLE tracked_action ADD COLUMN public_due_date date;

-- Rows already here get the officers' view wherever no draft took part in it: exact for a register without drafts.
-- Rebuilding the register from the topics (README) works out the rest exactly.
UPDATE deferral SET public_status = status, public_resolved_meeting_id = resolved_meeting_id,
        public_resolved_meeting_date = resolved_meeting_date, public_resolved_item_id = resolved_item_id,
        public_resolved_item_number = resolved_item_number, public_resolved_item_title = resolved_item_title
    WHERE status = 'RESOLVED' AND resolved_meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
INSERT INTO deferral_public_carry (deferral_id, meeting_id, meeting_date)
    SELECT c.deferral_id, c.meeting_id, c.meeting_date FROM deferral_carry c
    WHERE c.meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
UPDATE tracked_action a SET public_due_date = CASE WHEN a.due_next_meeting
        THEN (SELECT min(m.meeting_date) FROM meeting m WHERE m.committee = a.committee
              AND m.meeting_date > a.meeting_date AND m.status <> 'DRAFT')
        ELSE a.due_date END;
