-- The distinct outcomes of an item's resolutions, kept with the item as its resolutions' text is: the outcome facet
-- of a search then reads them from the matching rows instead of probing the resolutions of ten thousand matches.
ALTER TABLE item ADD COLUMN outcomes text[] NOT NULL DEFAULT '{}';
UPDATE item i SET outcomes = o.outcomes
FROM (SELECT item_id, array_agg(DISTINCT outcome ORDER BY outcome) AS outcomes FROM resolution GROUP BY item_id) o
WHERE o.item_id = i.id;
CREATE OR REPLACE VIEW published_item AS
    SELECT * FROM item WHERE meeting_id IN (SELECT id FROM meeting WHERE status <> 'DRAFT');
