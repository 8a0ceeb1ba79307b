-- Issue 19: indexes that match the register's filters and its order, so that a page reads its own rows and not
-- every match (measured in docs/BENCHMARKS.md with `bench-queries actions`).

-- Outstanding actions of a committee, newest first: the committee is compared in any case.
CREATE INDEX tracked_action_committee_listing
    ON tracked_action (lower(committee), status, meeting_date DESC, item_position, action_position, id);
-- Matters arising: a committee's open actions before a date, oldest first. Partial: most of an archive is done.
CREATE INDEX tracked_action_open_arising
    ON tracked_action (committee, meeting_date, item_position, action_position, id)
    WHERE status IN ('OPEN', 'IN_PROGRESS');
-- An assignee's actions: from the person to the action ids without reading the assignee rows.
CREATE INDEX action_assignee_person_action ON action_assignee (person_id, action_id);
DROP INDEX action_assignee_person;
-- A committee found by its name in any case, and its meetings in date order.
CREATE INDEX meeting_committee_lower ON meeting (lower(committee), meeting_date);
-- Matters arising: a committee's deferrals before a date, oldest first.
CREATE INDEX deferral_committee_arising ON deferral (committee, meeting_date, item_position, id);
DROP INDEX deferral_committee;
-- A listing's filters and sort keys by action id: an assignee's actions are checked and ordered from the index alone.
CREATE INDEX tracked_action_id_listing
    ON tracked_action (id) INCLUDE (status, restricted, meeting_id, meeting_date, item_position, action_position);
