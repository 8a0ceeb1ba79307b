-- Synthetic read models for bench-queries: 1,000,000 items of 50,000 meetings (300 committees, skewed as in
-- actions-data.sql), 600,000 resolutions, 1,250,000 attendance rows. Item text is 40 words drawn from a Zipf-like
-- vocabulary of 50,000 (word k with probability about 1 / (k ln 50,000)): w1 is in about 93 % of items, w10 in
-- about 30 %, w1000 in about 0.4 % (medium), w30000 in about a hundred (rare).
SELECT setseed(0.19);
INSERT INTO meeting (id, committee, date, status, recorded_at, changed_at)
SELECT md5('m' || g)::uuid, 'Committee ' || floor(power(random(), 3) * 300)::int, DATE '2006-01-01' + (g % 7300),
       CASE WHEN random() < 0.03 THEN 'DRAFT' ELSE 'PUBLISHED' END, now(), now()
FROM generate_series(1, 50000) g;

CREATE TEMP TABLE m AS SELECT row_number() OVER (ORDER BY id) AS n, id, committee, date FROM meeting;
CREATE UNIQUE INDEX ON m (n);

INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, title, restricted, text,
        resolutions_text, recorded_at, changed_at)
SELECT md5('i' || s.g)::uuid, m.id, m.committee, m.date, s.g / 50000, (s.g / 50000)::text,
       'Item w' || floor(exp(random() * ln(50000)))::int || ' w' || floor(exp(random() * ln(50000)))::int,
       random() < 0.05, s.text, CASE WHEN s.g % 5 < 3 THEN 'AGREED that the report be noted' END, now(), now()
FROM (SELECT g, (SELECT string_agg('w' || floor(exp(random() * ln(50000)))::int, ' ')
                 FROM generate_series(1, 40 + (g % 2) * 0) k) AS text
      FROM generate_series(0, 999999) g) s
JOIN m ON m.n = 1 + (s.g % 50000);

INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome, recorded_at, changed_at)
SELECT md5('r' || i.id)::uuid, i.id, i.meeting_id, 0, i.resolutions_text,
       (ARRAY['AGREED', 'NOTED', 'APPROVED', 'DEFERRED'])[1 + floor(power(random(), 2) * 4)::int], now(), now()
FROM item i WHERE i.resolutions_text IS NOT NULL;
-- What the consumer keeps on each item since V97: the outcomes of its resolutions.
UPDATE item i SET outcomes = ARRAY[r.outcome] FROM resolution r WHERE r.item_id = i.id;

INSERT INTO person (id, key, name)
SELECT md5('p' || g)::uuid, 'person ' || g, 'Person ' || g FROM generate_series(0, 19999) g;
INSERT INTO attendance (meeting_id, kind, position, name, organisation, person_id)
SELECT x.id, CASE WHEN k % 10 = 0 THEN 'APOLOGY' ELSE 'PRESENT' END, k, 'Person ' || p, 'Organisation ' || (p % 150),
       md5('p' || p)::uuid
FROM (SELECT m.id, k, floor(power(random(), 3) * 20000)::int AS p FROM m, generate_series(1, 25) k) x;

