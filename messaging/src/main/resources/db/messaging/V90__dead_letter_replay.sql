-- Dead letters replayed through the admin endpoint, by where they sit on their dead-letter topic: the topic keeps
-- every record until its retention deletes it, so a record listed here is no longer open (README "Dead letters").
CREATE TABLE dead_letter_replay (
    topic           text        NOT NULL,
    topic_partition integer     NOT NULL,
    topic_offset    bigint      NOT NULL,
    event_id        text,
    replayed_at     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (topic, topic_partition, topic_offset)
);
