package org.minutebook.search.service;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.messaging.consumer.Columns;
import org.minutebook.messaging.consumer.Delivered;
import org.minutebook.search.domain.TopicKeys;
import org.minutebook.search.messaging.ItemRecorded;
import org.minutebook.search.messaging.ResolutionRecorded;

/**
 * Item and resolution rows, and the item's {@code resolutions_text} that puts its decisions into the search vector.
 * Either may arrive first on a replay, so each recomputes that text from the resolution rows instead of appending.
 * A consumed batch's items (or resolutions) are written in one statement per table. The consumer writes a batch's
 * resolutions before its items: a new item's resolutions text, and so its search vector, is then computed once, as
 * the item is written (the resolutions' refresh finds no row yet); an item already stored is refreshed once for all
 * the resolutions of the batch, not once for each. recorded_at keeps the first record's event time and changed_at
 * the newest, of the item and (unless it is restricted) its resolutions, whatever order a replay brings.
 */
@ApplicationScoped
public class ItemProjection {

    private static final String UPSERT_ITEMS = """
            INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, minute_reference, title,
                restricted, text, resolutions_text, outcomes, topic_key, modified_at, recorded_at, changed_at)
            SELECT u.id::uuid, u.meeting_id::uuid, u.committee, u.meeting_date::date, u.position::integer, u.number,
                u.minute_reference, u.title, u.restricted::boolean, u.text,
                (SELECT string_agg(r.text, E'\\n' ORDER BY r.position, r.id) FROM resolution r
                 WHERE r.item_id = u.id::uuid),
                (SELECT coalesce(array_agg(DISTINCT r.outcome ORDER BY r.outcome), '{}') FROM resolution r
                 WHERE r.item_id = u.id::uuid),
                u.topic_key, now(), u.recorded_at::timestamptz,
                GREATEST(u.changed_at::timestamptz, CASE WHEN u.restricted::boolean THEN NULL
                    ELSE (SELECT max(r.changed_at) FROM resolution r WHERE r.item_id = u.id::uuid) END)
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, meeting_id, committee, meeting_date, position, number, minute_reference, title, restricted,
                    text, topic_key, recorded_at, changed_at)
            ON CONFLICT (id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, committee = EXCLUDED.committee,
                meeting_date = EXCLUDED.meeting_date, position = EXCLUDED.position, number = EXCLUDED.number,
                minute_reference = EXCLUDED.minute_reference, title = EXCLUDED.title, restricted = EXCLUDED.restricted, text = EXCLUDED.text,
                resolutions_text = EXCLUDED.resolutions_text, outcomes = EXCLUDED.outcomes, topic_key = EXCLUDED.topic_key,
                modified_at = now(), recorded_at = LEAST(item.recorded_at, EXCLUDED.recorded_at),
                changed_at = GREATEST(item.changed_at, EXCLUDED.changed_at)""";
    private static final String INSERT_TOPICS = """
            INSERT INTO topic (id, key) SELECT u.id::uuid, u.key FROM unnest(?::text[], ?::text[]) AS u(id, key)
            ON CONFLICT (key) DO NOTHING""";
    private static final String UPSERT_RESOLUTIONS = """
            INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome, modified_at, recorded_at,
                changed_at)
            SELECT u.id::uuid, u.item_id::uuid, u.meeting_id::uuid, u.position::integer, u.text, u.outcome, now(),
                u.recorded_at::timestamptz, u.changed_at::timestamptz
            FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[])
                AS u(id, item_id, meeting_id, position, text, outcome, recorded_at, changed_at)
            ON CONFLICT (id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                position = EXCLUDED.position, text = EXCLUDED.text, outcome = EXCLUDED.outcome,
                modified_at = now(), recorded_at = LEAST(resolution.recorded_at, EXCLUDED.recorded_at),
                changed_at = GREATEST(resolution.changed_at, EXCLUDED.changed_at)""";
    // A restricted item's changed_at ignores its resolutions: the public sees when the item was recorded, never
    // that a decision was added to it later.
    private static final String REFRESH_RESOLUTIONS_TEXT = """
            UPDATE item i SET resolutions_text = r.text, outcomes = r.outcomes, modified_at = now(),
                changed_at = CASE WHEN i.restricted THEN i.changed_at ELSE GREATEST(i.changed_at, r.changed_at) END
            FROM (SELECT t.item_id::uuid AS item_id, t.changed_at::timestamptz AS changed_at,
                      (SELECT string_agg(text, E'\\n' ORDER BY position, id) FROM resolution
                       WHERE item_id = t.item_id::uuid) AS text,
                      (SELECT coalesce(array_agg(DISTINCT outcome ORDER BY outcome), '{}') FROM resolution
                       WHERE item_id = t.item_id::uuid) AS outcomes
                  FROM unnest(?::text[], ?::text[]) AS t(item_id, changed_at)) r
            WHERE i.id = r.item_id""";

    private final EntityManager em;
    private final Tombstones tombstones;

    public ItemProjection(EntityManager em, Tombstones tombstones) {
        this.em = em;
        this.tombstones = tombstones;
    }

    /** The items, in the order they came: of two records of one item, the later is what stays. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyItems(List<Delivered<ItemRecorded>> recorded) {
        Map<UUID, EventTimes.Timed<ItemRecorded>> items = EventTimes.byRow(recorded, ItemRecorded::itemId);
        Columns rows = new Columns(13);
        Map<String, UUID> topics = new LinkedHashMap<>();
        for (EventTimes.Timed<ItemRecorded> timed : items.values()) {
            ItemRecorded item = timed.data();
            String topicKey = TopicKeys.key(item.title());
            rows.add(item.itemId(), item.meetingId(), item.committee(), item.date(), item.position(),
                    item.number(), item.minuteReference(), item.title(), item.restricted(), item.text(), topicKey,
                    timed.earliest(),
                    timed.newest());
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
    public void applyResolutions(List<Delivered<ResolutionRecorded>> recorded) {
        Map<UUID, EventTimes.Timed<ResolutionRecorded>> resolutions = EventTimes.byRow(recorded,
                ResolutionRecorded::resolutionId);
        Columns rows = new Columns(8);
        for (EventTimes.Timed<ResolutionRecorded> timed : resolutions.values()) {
            ResolutionRecorded r = timed.data();
            rows.add(r.resolutionId(), r.itemId(), r.meetingId(), r.position(), r.text(), r.outcome(),
                    timed.earliest(), timed.newest());
        }
        rows.execute(em, UPSERT_RESOLUTIONS);
        // Every item a resolution of the batch named, at the newest time of those resolutions: as one by one.
        Map<UUID, OffsetDateTime> items = new LinkedHashMap<>();
        for (Delivered<ResolutionRecorded> d : recorded) {
            items.merge(d.data().itemId(), EventTimes.of(d.event().time()), (a, b) -> a.isAfter(b) ? a : b);
        }
        refreshResolutionsText(items);
        tombstones.revive("RESOLUTION", resolutions.keySet());
    }

    private void refreshResolutionsText(Map<UUID, OffsetDateTime> itemTimes) {
        Columns rows = new Columns(2);
        itemTimes.forEach(rows::add);
        rows.execute(em, REFRESH_RESOLUTIONS_TEXT);
    }
}
