-- An item's actions in the order the minutes list them (they were ordered by their random ids).
ALTER TABLE tracked_action ADD COLUMN action_position integer NOT NULL DEFAULT 0;
DROP INDEX tracked_action_listing;
CREATE INDEX tracked_action_listing ON tracked_action (status, meeting_date DESC, item_position, action_position, id);
