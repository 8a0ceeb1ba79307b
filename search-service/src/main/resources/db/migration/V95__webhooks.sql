-- Signed webhooks (README "Webhooks"). The stream log keeps, beside the public payload, the event as consumed for
-- subscriptions bound to the officer role; the public payload is null for an event the public never gets (an action
-- of a restricted item), which the live stream and public subscriptions skip.
ALTER TABLE stream_event ADD COLUMN officer_payload text;
ALTER TABLE stream_event ALTER COLUMN payload DROP NOT NULL;

-- A subscription delivers the log's rows after its cursor, one at a time, in log order. The lease says which replica
-- delivers it now; the secret signs every delivery and is shown once, when the subscription is made.
CREATE TABLE webhook_subscription (
    id                   uuid PRIMARY KEY,
    url                  text        NOT NULL,
    types                text[]      NOT NULL,
    committee            text,
    audience             text        NOT NULL, -- public | officer
    secret               text        NOT NULL,
    enabled              boolean     NOT NULL DEFAULT true,
    disabled_reason      text,
    cursor_id            bigint      NOT NULL,
    consecutive_failures integer     NOT NULL DEFAULT 0,
    lease_owner          text,
    lease_until          timestamptz,
    created_at           timestamptz NOT NULL DEFAULT now()
);

-- The delivery log: one row per event taken from the stream log, with the exact body sent (so that a redelivery
-- sends the same bytes, whatever the stream log has trimmed since).
CREATE TABLE webhook_delivery (
    subscription_id uuid        NOT NULL REFERENCES webhook_subscription ON DELETE CASCADE,
    stream_id       bigint      NOT NULL,
    event_id        text        NOT NULL,
    type            text        NOT NULL,
    body            text        NOT NULL,
    status          text        NOT NULL, -- pending | delivered | failed
    attempts        integer     NOT NULL DEFAULT 0,
    last_status     integer,
    last_error      text,
    last_attempt_at timestamptz,
    next_attempt_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (subscription_id, stream_id)
);
CREATE INDEX webhook_delivery_pending_idx ON webhook_delivery (subscription_id, stream_id) WHERE status = 'pending';
CREATE INDEX webhook_delivery_event_idx ON webhook_delivery (subscription_id, event_id);
