-- A corrected or withdrawn record redacts the stream log's rows it gave rise to, found by meeting (StreamCorrections).
CREATE INDEX stream_event_meeting_idx ON stream_event (meeting_id);
