package org.minutebook.search.service;

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
    public void apply(ItemRecorded item) {
        String topicKey = TopicKeys.key(item.title());
        em.createNativeQuery("""
                INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, title, restricted,
                    text, resolutions_text, topic_key, modified_at)
                VALUES (:itemId, :meetingId, :committee, :date, :position, :number, :title, :restricted,
                    CAST(:text AS text), %s, :topicKey, now())
                ON CONFLICT (id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, committee = EXCLUDED.committee,
                    meeting_date = EXCLUDED.meeting_date, position = EXCLUDED.position, number = EXCLUDED.number,
                    title = EXCLUDED.title, restricted = EXCLUDED.restricted, text = EXCLUDED.text,
                    resolutions_text = EXCLUDED.resolutions_text, topic_key = EXCLUDED.topic_key,
                    modified_at = now()""".formatted(RESOLUTIONS_OF_ITEM))
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
    public void apply(ResolutionRecorded resolution) {
        em.createNativeQuery("""
                INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome, modified_at)
                VALUES (:id, :itemId, :meetingId, :position, :text, :outcome, now())
                ON CONFLICT (id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                    position = EXCLUDED.position, text = EXCLUDED.text, outcome = EXCLUDED.outcome,
                    modified_at = now()""")
                .setParameter("id", resolution.resolutionId())
                .setParameter("itemId", resolution.itemId())
                .setParameter("meetingId", resolution.meetingId())
                .setParameter("position", resolution.position())
                .setParameter("text", resolution.text())
                .setParameter("outcome", resolution.outcome())
                .executeUpdate();
        refreshResolutionsText(resolution.itemId());
        tombstones.revive("RESOLUTION", resolution.resolutionId());
    }

    private void refreshResolutionsText(UUID itemId) {
        em.createNativeQuery("UPDATE item SET resolutions_text = " + RESOLUTIONS_OF_ITEM
                + ", modified_at = now() WHERE id = :itemId")
                .setParameter("itemId", itemId)
                .executeUpdate();
    }
}
