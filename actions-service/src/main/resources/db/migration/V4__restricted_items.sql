-- Actions and deferrals of restricted (exempt) items: the public does not see the actions, nor a deferral's note.
ALTER TABLE tracked_action ADD COLUMN restricted boolean NOT NULL DEFAULT false;
ALTER TABLE deferral ADD COLUMN restricted boolean NOT NULL DEFAULT false;
CREATE INDEX tracked_action_public ON tracked_action (meeting_date DESC, item_position) WHERE NOT restricted;
