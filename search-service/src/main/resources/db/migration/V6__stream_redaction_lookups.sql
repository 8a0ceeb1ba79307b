-- The live stream looks up, for each actions event, the item a deferral belongs to (StreamRedaction).
CREATE INDEX item_status_deferral_idx ON item_status (deferral_id);
