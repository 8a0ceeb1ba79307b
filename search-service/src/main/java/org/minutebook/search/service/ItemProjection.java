package org.minutebook.search.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

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

    public ItemProjection(EntityManager em) {
        this.em = em;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ItemRecorded item) {
        em.createNativeQuery("""
                INSERT INTO item (id, meeting_id, committee, meeting_date, position, number, title, restricted,
                    text, resolutions_text)
                VALUES (:itemId, :meetingId, :committee, :date, :position, :number, :title, :restricted,
                    CAST(:text AS text), %s)
                ON CONFLICT (id) DO UPDATE SET meeting_id = EXCLUDED.meeting_id, committee = EXCLUDED.committee,
                    meeting_date = EXCLUDED.meeting_date, position = EXCLUDED.position, number = EXCLUDED.number,
                    title = EXCLUDED.title, restricted = EXCLUDED.restricted, text = EXCLUDED.text,
                    resolutions_text = EXCLUDED.resolutions_text""".formatted(RESOLUTIONS_OF_ITEM))
                .setParameter("itemId", item.itemId())
                .setParameter("meetingId", item.meetingId())
                .setParameter("committee", item.committee())
                .setParameter("date", item.date())
                .setParameter("position", item.position())
                .setParameter("number", item.number())
                .setParameter("title", item.title())
                .setParameter("restricted", item.restricted())
                .setParameter("text", item.text())
                .executeUpdate();
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(ResolutionRecorded resolution) {
        em.createNativeQuery("""
                INSERT INTO resolution (id, item_id, meeting_id, position, text, outcome)
                VALUES (:id, :itemId, :meetingId, :position, :text, :outcome)
                ON CONFLICT (id) DO UPDATE SET item_id = EXCLUDED.item_id, meeting_id = EXCLUDED.meeting_id,
                    position = EXCLUDED.position, text = EXCLUDED.text, outcome = EXCLUDED.outcome""")
                .setParameter("id", resolution.resolutionId())
                .setParameter("itemId", resolution.itemId())
                .setParameter("meetingId", resolution.meetingId())
                .setParameter("position", resolution.position())
                .setParameter("text", resolution.text())
                .setParameter("outcome", resolution.outcome())
                .executeUpdate();
        refreshResolutionsText(resolution.itemId());
    }

    private void refreshResolutionsText(UUID itemId) {
        em.createNativeQuery("UPDATE item SET resolutions_text = " + RESOLUTIONS_OF_ITEM + " WHERE id = :itemId")
                .setParameter("itemId", itemId)
                .executeUpdate();
    }
}
