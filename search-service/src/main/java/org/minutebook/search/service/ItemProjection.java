package org.minutebook.search.service;

import java.time.Instant;
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
 */
@ApplicationScoped
public class ItemProjection {

    private static final String RESOLUTIONS_OF_ITEM = """
            (SELECT string_agg(r.text, E'\\n' ORDER BY r.position, r.id)
             FROM resolution r WHERE r.item_id = :itemId)""";

    private final EntityManager em;
    private final Tombstones tombstones;

    public ItemProjection(EntityManager em, Tombstones tombstones) {
        this.em = em;
        this.tombstones = tombstones;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ItemRecorded item, Instant time) {
        String topicKey = TopicKeys.key(item.title());
        em.createNativeQuery("""
                INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, title, restricted,
                    text, resolutions_text, topic_key, modified_at, recorded_at, changed_at)
                VALUES (:itemId, :meetingId, :committee, :date, :position, :number, :title, :restricted,
                    CAST(:text AS text), %s, :topicKey, now(), :time, :time)
                ON CONFLICT (id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, committee = EXCLUDED.committee,
                    meeting_date = EXCLUDED.meeting_date, position = EXCLUDED.position, number = EXCLUDED.number,
                    title = EXCLUDED.title, restricted = EXCLUDED.restricted, text = EXCLUDED.text,
                    resolutions_text = EXCLUDED.resolutions_text, topic_key = EXCLUDED.topic_key,
                    modified_at = now(), recorded_at = LEAST(item.recorded_at, EXCLUDED.recorded_at),
                    changed_at = GREATEST(item.changed_at, EXCLUDED.changed_at)""".formatted(RESOLUTIONS_OF_ITEM))
                .setParameter("time", EventTimes.of(time))
                .setParameter("itemId", item.itemId())
                .setParameter("meetingId", item.meetingId())
                .setParameter("committee", item.committee())
                .setParameter("date", item.date())
                .setParameter("position", item.position())
                .setParameter("number", item.number())
                .setParameter("title", item.title())
                .setParameter("restricted", item.restricted())
                .setParameter("text", item.text())
                .setParameter("topicKey", topicKey)
                .executeUpdate();
        em.createNativeQuery("INSERT INTO topic (id, key) VALUES (:id, :key) ON CONFLICT (key) DO NOTHING")
                .setParameter("id", TopicKeys.id(topicKey))
                .setParameter("key", topicKey)
                .executeUpdate();
        tombstones.revive("ITEM", item.itemId());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ResolutionRecorded resolution, Instant time) {
        em.createNativeQuery("""
                INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome, modified_at, recorded_at,
                    changed_at)
                VALUES (:id, :itemId, :meetingId, :position, :text, :outcome, now(), :time, :time)
                ON CONFLICT (id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                    position = EXCLUDED.position, text = EXCLUDED.text, outcome = EXCLUDED.outcome,
                    modified_at = now(), recorded_at = LEAST(resolution.recorded_at, EXCLUDED.recorded_at),
                    changed_at = GREATEST(resolution.changed_at, EXCLUDED.changed_at)""")
                .setParameter("time", EventTimes.of(time))
                .setParameter("id", resolution.resolutionId())
                .setParameter("itemId", resolution.itemId())
                .setParameter("meetingId", resolution.meetingId())
                .setParameter("position", resolution.position())
                .setParameter("text", resolution.text())
                .setParameter("outcome", resolution.outcome())
                .executeUpdate();
        refreshResolutionsText(resolution.itemId(), time);
        tombstones.revive("RESOLUTION", resolution.resolutionId());
    }

    /**
     * A restricted item's changed_at ignores its resolutions: the public sees when the item was recorded, never that
     * a decision was added to it later.
     */
    private void refreshResolutionsText(UUID itemId, Instant time) {
        em.createNativeQuery("UPDATE item SET resolutions_text = " + RESOLUTIONS_OF_ITEM
                + ", modified_at = now(), changed_at = CASE WHEN restricted THEN changed_at"
                + " ELSE GREATEST(changed_at, :time) END WHERE id = :itemId")
                .setParameter("itemId", itemId)
                .setParameter("time", EventTimes.of(time))
                .executeUpdate();
    }
}
