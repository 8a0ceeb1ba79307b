-- A search matching much of the archive ranks its newest matches only; this index finds them newest first.
CREATE INDEX item_meeting_date_idx ON item (meeting_date);
