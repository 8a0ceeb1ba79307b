package org.minutebook.search.service;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Carries a correction into the stream log's history, so that a replay from the start shows no more than search
 * itself does: the rows a superseded (withdrawn) record gave rise to keep only what the public may see of any record,
 * and once an item is restricted its rows keep only that too, and its actions' rows leave the public stream (their
 * officer payload stays). What a subscriber was sent before the correction cannot be called back; what the log sends
 * from now on follows the record.
 */
@ApplicationScoped
public class StreamCorrections {

    /**
     * The rows before the correcting event's own: a rebuild replays the correction while the log (kept) already holds
     * what the corrected record gave rise to afterwards, which must stay as it is.
     */
    private static final String BEFORE = " AND id < coalesce((SELECT e.id FROM stream_event e WHERE e.event_id = "
            + ":event), 9223372036854775807)";
    private static final String ROWS_OF_MEETING = "SELECT id, payload FROM stream_event WHERE meeting_id = :meeting"
            + " AND payload IS NOT NULL" + BEFORE;

    private final EntityManager em;
    private final StreamLog log;
    private final ObjectMapper mapper;

    public StreamCorrections(EntityManager em, StreamLog log, ObjectMapper mapper) {
        this.em = em;
        this.log = log;
        this.mapper = mapper;
    }

    /** The meeting's record is void: every row it gave rise to so far is redacted and marked superseded. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void superseded(String eventId, UUID meetingId) {
        // Rows appended earlier in this transaction are written first, so that they are redacted too.
        log.writeAppended();
        for (Object[] row : rows(ROWS_OF_MEETING, eventId, meetingId, null)) {
            rewrite(row, "superseded");
        }
    }

    /**
     * The item is restricted now: the rows about it keep only the allow-listed fields, and those of its actions leave
     * the public (their officer payload stays), found by the item or by the action ids its record gives.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void restricted(String eventId, UUID meetingId, UUID itemId, Collection<UUID> actionIds) {
        log.writeAppended();
        String[] actions = actionIds.stream().map(UUID::toString).toArray(String[]::new);
        em.createNativeQuery("""
                UPDATE stream_event SET payload = NULL WHERE meeting_id = :meeting AND type LIKE 'minutes.action.%'
                    AND (payload::jsonb #>> '{data,itemId}' = :item
                         OR payload::jsonb #>> '{data,actionId}' = ANY (CAST(:actions AS text[])))""" + BEFORE)
                .setParameter("event", eventId)
                .setParameter("meeting", meetingId)
                .setParameter("item", itemId.toString())
                .setParameter("actions", actions)
                .executeUpdate();
        for (Object[] row : rows(ROWS_OF_MEETING + " AND payload::jsonb #>> '{data,itemId}' = :item", eventId,
                meetingId, itemId)) {
            rewrite(row, "restricted");
        }
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> rows(String sql, String eventId, UUID meetingId, UUID itemId) {
        var query = em.createNativeQuery(sql).setParameter("event", eventId).setParameter("meeting", meetingId);
        if (itemId != null) {
            query.setParameter("item", itemId.toString());
        }
        return query.getResultList();
    }

    private void rewrite(Object[] row, String mark) {
        ObjectNode envelope = read((String) row[1]);
        if (envelope.get("data") instanceof ObjectNode data) {
            StreamRedaction.redact(data);
            data.put(mark, true);
        }
        em.createNativeQuery("UPDATE stream_event SET payload = :payload WHERE id = :id")
                .setParameter("payload", envelope.toString())
                .setParameter("id", ((Number) row[0]).longValue())
                .executeUpdate();
    }

    private ObjectNode read(String payload) {
        try {
            return (ObjectNode) mapper.readTree(payload);
        } catch (JsonProcessingException | ClassCastException e) {
            throw new IllegalStateException("Unreadable stream log row", e);
        }
    }
}
