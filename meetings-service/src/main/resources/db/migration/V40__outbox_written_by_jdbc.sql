-- The outbox is written by the messaging library with plain INSERTs now: one id per row, as in every service.
-- The increment of 50 served Hibernate's pooled id allocation, which no longer writes this table.
ALTER SEQUENCE outbox_event_id_seq INCREMENT BY 1;
