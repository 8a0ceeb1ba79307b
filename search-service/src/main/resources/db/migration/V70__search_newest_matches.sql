-- Issue 19: a search counts and facets its newest matches, up to a cap, in a stable order (date, then id); this
-- index yields them in that order, so that a word in most of the archive stops after the cap.
CREATE INDEX item_newest_idx ON item (meeting_date DESC, id);
DROP INDEX item_meeting_date_idx;
-- The published_* views keep the rows of published meetings: with this index a few matches are checked one by one
-- instead of hashing every published meeting first.
CREATE INDEX meeting_published_idx ON meeting (id) WHERE status <> 'DRAFT';
