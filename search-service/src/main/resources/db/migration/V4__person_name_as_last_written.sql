-- A person's display name is the spelling of their newest meeting, whatever order the meetings arrive in, so that a
-- rebuild (which replays partition by partition) gives the same names as the live consumers did.
ALTER TABLE person ADD COLUMN name_date date NOT NULL DEFAULT '1900-01-01';
