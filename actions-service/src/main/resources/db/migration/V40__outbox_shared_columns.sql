-- One outbox table in every service, read and written by the messaging library: the Kafka key is aggregate_id.
ALTER TABLE outbox_event RENAME COLUMN key TO aggregate_id;
