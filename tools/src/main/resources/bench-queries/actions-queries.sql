-- The SQL actions-service runs for each request (as Hibernate sends it, values inlined), one block per statement.
-- 'person 0' is the assignee with the most actions (about 37,000 with a second assignee's share), 'person 17777' one
-- of the many with a few; 'Committee 0' the committee with the most meetings (about 9,000), 'Committee 250' one with
-- a few dozen. A listing reads its page's ids first, then those rows; its total counts the rows of the capped
-- query, up to 10,001.

-- query: actions: OPEN of an assignee by name, the most frequent (page ids)
SELECT a.id FROM tracked_action a
WHERE a.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM action_assignee s JOIN person p ON p.id = s.person_id
              WHERE s.action_id = a.id AND p.name_key LIKE '%person 0%')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
ORDER BY a.meeting_date DESC, a.item_position, a.action_position, a.id LIMIT 50 OFFSET 0
-- query: actions: the page's rows by id
SELECT a.* FROM tracked_action a WHERE a.id IN (SELECT md5('a' || g)::uuid FROM generate_series(1000, 1049) g)
ORDER BY a.meeting_date DESC, a.item_position, a.action_position, a.id
-- query: actions: OPEN of an assignee by name, the most frequent (capped count: one row per match up to 10,001)
SELECT 1 FROM tracked_action a
WHERE a.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM action_assignee s JOIN person p ON p.id = s.person_id
              WHERE s.action_id = a.id AND p.name_key LIKE '%person 0%')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
LIMIT 10001
-- query: actions: OPEN of an assignee by name, a rare one (page ids)
SELECT a.id FROM tracked_action a
WHERE a.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM action_assignee s JOIN person p ON p.id = s.person_id
              WHERE s.action_id = a.id AND p.name_key LIKE '%person 17777%')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
ORDER BY a.meeting_date DESC, a.item_position, a.action_position, a.id LIMIT 50 OFFSET 0
-- query: actions: OPEN of an organisation (page ids)
SELECT a.id FROM tracked_action a
WHERE a.status = 'OPEN'
  AND EXISTS (SELECT 1 FROM action_assignee s JOIN person p ON p.id = s.person_id
              WHERE s.action_id = a.id AND p.org_key LIKE '%organisation 0%')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
ORDER BY a.meeting_date DESC, a.item_position, a.action_position, a.id LIMIT 50 OFFSET 0
-- query: actions: OPEN of a committee, the largest (page ids)
SELECT a.id FROM tracked_action a
WHERE a.status = 'OPEN' AND lower(a.committee) = lower('Committee 0')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
ORDER BY a.meeting_date DESC, a.item_position, a.action_position, a.id LIMIT 50 OFFSET 0
-- query: actions: OPEN of a committee, the largest (capped count: one row per match up to 10,001)
SELECT 1 FROM tracked_action a
WHERE a.status = 'OPEN' AND lower(a.committee) = lower('Committee 0')
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
LIMIT 10001
-- query: actions: every OPEN action (capped count: one row per match up to 10,001)
SELECT 1 FROM tracked_action a
WHERE a.status = 'OPEN'
  AND a.restricted = false AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
LIMIT 10001
-- query: matters arising: the committee's name, any case
SELECT m.* FROM meeting m WHERE lower(m.committee) = lower('Committee 0') AND m.status <> 'DRAFT'
ORDER BY m.meeting_date DESC LIMIT 1
-- query: matters arising: the committee's meeting dates
SELECT m.meeting_date FROM meeting m WHERE m.committee = 'Committee 0' AND m.status <> 'DRAFT' ORDER BY m.meeting_date
-- query: matters arising: open actions, the largest committee (oldest 200)
SELECT a.* FROM tracked_action a
WHERE a.committee = 'Committee 0' AND a.meeting_date < DATE '2016-01-01' AND a.status IN ('OPEN', 'IN_PROGRESS')
  AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT') AND a.restricted = false
ORDER BY a.meeting_date, a.item_position, a.action_position, a.id LIMIT 200
-- query: matters arising: open actions, the largest committee (capped count: one row per match up to 10,001)
SELECT 1 FROM tracked_action a
WHERE a.committee = 'Committee 0' AND a.meeting_date < DATE '2016-01-01' AND a.status IN ('OPEN', 'IN_PROGRESS')
  AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT') AND a.restricted = false
LIMIT 10001
-- query: matters arising: open actions, a small committee (oldest 200)
SELECT a.* FROM tracked_action a
WHERE a.committee = 'Committee 250' AND a.meeting_date < DATE '2016-01-01' AND a.status IN ('OPEN', 'IN_PROGRESS')
  AND a.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT') AND a.restricted = false
ORDER BY a.meeting_date, a.item_position, a.action_position, a.id LIMIT 200
-- query: matters arising: outstanding deferrals, the largest committee (oldest 200)
SELECT d.* FROM deferral d
WHERE d.committee = 'Committee 0' AND d.meeting_date < DATE '2016-01-01'
  AND (d.public_status = 'OUTSTANDING' OR d.public_resolved_meeting_date >= DATE '2016-01-01')
  AND d.meeting_id IN (SELECT m.id FROM meeting m WHERE m.status <> 'DRAFT')
ORDER BY d.meeting_date, d.item_position, d.id LIMIT 200
-- query: matters arising: times carried forward, of the 200 listed
SELECT c.deferral_id, count(*) FROM deferral_public_carry c
WHERE c.deferral_id IN (SELECT d.id FROM deferral d WHERE d.committee = 'Committee 0'
                        AND d.meeting_date < DATE '2016-01-01' AND d.public_status = 'OUTSTANDING'
                        ORDER BY d.meeting_date LIMIT 200)
  AND c.meeting_date < DATE '2016-01-01'
GROUP BY c.deferral_id
