package org.minutebook.search.service;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.search.domain.TopicKeys;
import org.minutebook.search.messaging.ItemRecorded;
import org.minutebook.search.messaging.ResolutionRecorded;

/**
 * Item and resolution rows, and the item's {@code resolutions_text} that puts its decisions into the search vector.
 * Either may arrive first on a replay, so each recomputes that text from the resolution rows instead of appending.
 * A consumed batch's items (or resolutions) are written in one statement per table; an item's resolutions text is
 * computed once for all the resolutions of the batch, not once for each.
 */
@ApplicationScoped
public class ItemProjection {

    private static final String UPSERT_ITEMS = """
            INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, title, restricted,
                text, resolutions_text, topic_key, modified_at)
            SELECT u.id::uuid, u.meeting_id::uuid, u.committee, u.meeting_date::date, u.position::integer, u.number,
                u.title, u.restricted::boolean, u.text,
                (SELECT string_agg(r.text, E'\\n' ORDER BY r.position, r.id) FROM resolution r
                 WHERE r.item_id = u.id::uuid),
                u.topic_key, now()
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[])
                AS u(id, meeting_id, committee, meeting_date, position, number, title, restricted, text, topic_key)
            ON CONFLICT (id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, committee = EXCLUDED.committee,
                meeting_date = EXCLUDED.meeting_date, position = EXCLUDED.position, number = EXCLUDED.number,
                title = EXCLUDED.title, restricted = EXCLUDED.restricted, text = EXCLUDED.text,
                resolutions_text = EXCLUDED.resolutions_text, topic_key = EXCLUDED.topic_key,
                modified_at = now()""";
    private static final String INSERT_TOPICS = """
            INSERT INTO topic (id, key) SELECT u.id::uuid, u.key FROM unnest(?::text[], ?::text[]) AS u(id, key)
            ON CONFLICT (key) DO NOTHING""";
    private static final String UPSERT_RESOLUTIONS = """
            INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome, modified_at)
            SELECT u.id::uuid, u.item_id::uuid, u.meeting_id::uuid, u.position::integer, u.text, u.outcome, now()
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, item_id, meeting_id, position, text, outcome)
            ON CONFLICT (id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                position = EXCLUDED.position, text = EXCLUDED.text, outcome = EXCLUDED.outcome,
                modified_at = now()""";
    private static final String REFRESH_RESOLUTIONS_TEXT = """
            UPDATE item i SET resolutions_text = r.text, modified_at = now()
            FROM (SELECT item_id, string_agg(text, E'\\n' ORDER BY position, id) AS text FROM resolution
                  WHERE item_id = ANY (?::text[]::uuid[]) GROUP BY item_id) r
            WHERE i.id = r.item_id""";

    private final EntityManager em;
    private final Tombstones tombstones;

    public ItemProjection(EntityManager em, Tombstones tombstones) {
        this.em = em;
        this.tombstones = tombstones;
    }

    /** The items, in the order they came: of two records of one item, the later is what stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyItems(List<ItemRecorded> recorded) {
        Map<UUID, ItemRecorded> items = new LinkedHashMap<>();
        recorded.forEach(item -> items.put(item.itemId(), item));
        Columns rows = new Columns(10);
        Map<String, UUID> topics = new LinkedHashMap<>();
        for (ItemRecorded item : items.values()) {
            String topicKey = TopicKeys.key(item.title());
            rows.add(item.itemId(), item.meetingId(), item.committee(), item.date(), item.position(),
                    item.number(), item.title(), item.restricted(), item.text(), topicKey);
            topics.putIfAbsent(topicKey, TopicKeys.id(topicKey));
        }
        rows.execute(em, UPSERT_ITEMS);
        Columns topicRows = new Columns(2);
        topics.forEach((key, id) -> topicRows.add(id, key));
        topicRows.execute(em, INSERT_TOPICS);
        tombstones.revive("ITEM", items.keySet());
    }

    /** The resolutions, then once for each of their items the text that the search vector reads. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyResolutions(List<ResolutionRecorded> recorded) {
        Map<UUID, ResolutionRecorded> resolutions = new LinkedHashMap<>();
        recorded.forEach(r -> resolutions.put(r.resolutionId(), r));
        Columns rows = new Columns(6);
        Set<UUID> items = new LinkedHashSet<>();
        for (ResolutionRecorded r : resolutions.values()) {
            rows.add(r.resolutionId(), r.itemId(), r.meetingId(), r.position(), r.text(), r.outcome());
            items.add(r.itemId());
        }
        rows.execute(em, UPSERT_RESOLUTIONS);
        refreshResolutionsText(items);
        tombstones.revive("RESOLUTION", resolutions.keySet());
    }

    private void refreshResolutionsText(Collection<UUID> itemIds) {
        Columns ids = new Columns(1);
        itemIds.forEach(ids::add);
        ids.execute(em, REFRESH_RESOLUTIONS_TEXT);
    }
}
