-- Synthetic register for bench-queries: 1,000,000 actions (about a third of a 3M-item archive's) over 60,000
-- meetings of 300 committees and 20,000 people. Skewed like a real archive: power(random(), 3) puts most rows on
-- the first few committees and people and a few rows on most. Older actions are mostly done; 3 % of meetings are
-- drafts, 5 % of items restricted. setseed makes every run the same.
SELECT setseed(0.19);
INSERT INTO meeting (id, committee, meeting_date, status, item_count)
SELECT md5('m' || g)::uuid, 'Committee ' || floor(power(random(), 3) * 300)::int,
       DATE '2006-01-01' + (g % 7300), CASE WHEN random() < 0.03 THEN 'DRAFT' ELSE 'PUBLISHED' END, 20
FROM generate_series(1, 60000) g;

INSERT INTO person (id, name, organisation, name_key, org_key)
SELECT md5('p' || g)::uuid, 'Person ' || g, 'Organisation ' || (g % 150), 'person ' || g, 'organisation ' || (g % 150)
FROM generate_series(0, 19999) g;

CREATE TEMP TABLE m AS SELECT row_number() OVER (ORDER BY id) AS n, id, committee, meeting_date FROM meeting;
CREATE UNIQUE INDEX ON m (n);

INSERT INTO tracked_action (id, meeting_id, committee, meeting_date, item_id, item_number, item_title, item_position,
        action_position, description, owners, unresolved, all_attendees, due_date, public_due_date, source, status,
        restricted, created_at, updated_at)
SELECT md5('a' || g)::uuid, m.id, m.committee, m.meeting_date, md5('i' || (g / 2))::uuid, ((g / 2) % 20)::text,
       'Item ' || (g / 2), (g / 2) % 20, g % 2, 'Action ' || g, ARRAY['XX'], ARRAY[]::text[], false,
       m.meeting_date + 60, m.meeting_date + 60, 'ACTION_COLUMN',
       CASE WHEN r < 0.25 THEN 'OPEN' WHEN r < 0.30 THEN 'IN_PROGRESS' WHEN r < 0.95 THEN 'DONE' ELSE 'CANCELLED' END,
       random() < 0.05, now(), now()
FROM (SELECT g, random() AS r FROM generate_series(1, 1000000) g) s
JOIN m ON m.n = 1 + (s.g % 60000);

-- One assignee per action, a second for a third of them.
INSERT INTO action_assignee (action_id, position, initials, name, organisation, person_id)
SELECT md5('a' || g)::uuid, 0, 'PP', 'Person ' || p, 'Organisation ' || (p % 150), md5('p' || p)::uuid
FROM (SELECT g, floor(power(random(), 3) * 20000)::int AS p FROM generate_series(1, 1000000) g) s;
INSERT INTO action_assignee (action_id, position, initials, name, organisation, person_id)
SELECT md5('a' || g)::uuid, 1, 'QQ', 'Person ' || p, 'Organisation ' || (p % 150), md5('p' || p)::uuid
FROM (SELECT g, floor(random() * 20000)::int AS p FROM generate_series(1, 1000000, 3) g) s;

-- One deferral in twenty items, most long resolved.
INSERT INTO deferral (id, meeting_id, committee, meeting_date, item_id, item_number, item_title, item_position, until,
        status, public_status, restricted, created_at, updated_at, resolved_meeting_date, public_resolved_meeting_date)
SELECT md5('d' || g)::uuid, m.id, m.committee, m.meeting_date, md5('di' || g)::uuid, (g % 20)::text, 'Item ' || g,
       g % 20, 'NEXT_MEETING', CASE WHEN random() < 0.2 THEN 'OUTSTANDING' ELSE 'RESOLVED' END, 'OUTSTANDING',
       random() < 0.05, now(), now(), m.meeting_date + 30, m.meeting_date + 30
FROM generate_series(1, 50000) g JOIN m ON m.n = 1 + (g * 7 % 60000);
UPDATE deferral SET public_status = status,
        resolved_meeting_date = CASE WHEN status = 'RESOLVED' THEN resolved_meeting_date END,
        public_resolved_meeting_date = CASE WHEN status = 'RESOLVED' THEN resolved_meeting_date END;
-- Each outstanding deferral carried by three later meetings.
INSERT INTO deferral_carry (deferral_id, meeting_id, meeting_date)
SELECT d.id, md5('c' || d.id || k)::uuid, d.meeting_date + 30 * k FROM deferral d, generate_series(1, 3) k
WHERE d.status = 'OUTSTANDING';
INSERT INTO deferral_public_carry SELECT * FROM deferral_carry;

