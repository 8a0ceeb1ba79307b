-- A committee is one committee however its name is spelled: a trailing no-break space, a doubled space or a change
-- of case does not make a second one. committee_key is the name normalised (NFKC, spaces collapsed, lower case) by
-- the service; the name as written stays in committee. One meeting per committee and date, held by the database so
-- that two concurrent creates cannot both succeed.
ALTER TABLE meeting ADD COLUMN committee_key varchar(200);
UPDATE meeting SET committee_key = lower(regexp_replace(btrim(committee), '\s+', ' ', 'g'));
ALTER TABLE meeting ALTER COLUMN committee_key SET NOT NULL;
CREATE UNIQUE INDEX meeting_committee_key_date ON meeting (committee_key, meeting_date);
