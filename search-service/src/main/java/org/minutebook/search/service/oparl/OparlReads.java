package org.minutebook.search.service.oparl;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;

import org.minutebook.search.service.Page;

/**
 * The rows behind OParl's lists and objects, from the public views only. What an object shows of a meeting's items
 * (and what it withholds of a restricted one) is not decided here: the objects are drawn from {@code MeetingSummaries},
 * the public meeting view's one rule.
 */
@ApplicationScoped
public class OparlReads {

    private final EntityManager em;

    public OparlReads(EntityManager em) {
        this.em = em;
    }

    /** One page (numbered from 1) of a list, narrowed by the window. */
    public Page<OparlRow> page(OparlKind kind, OparlWindow window, int page, int limit) {
        String sql = sql(kind, window, null);
        long total = ((Number) window.bind(em.createNativeQuery("SELECT count(*) FROM (" + sql + ") listed"))
                .getSingleResult()).longValue();
        List<OparlRow> rows = total == 0
                ? List.of()
                : rows(window
                        .bind(em.createNativeQuery(sql + " ORDER BY " + kind.order + " LIMIT :limit OFFSET :offset"))
                        .setParameter("limit", limit).setParameter("offset", (long) (page - 1) * limit));
        return new Page<>(total, page, limit, rows, List.of());
    }

    /** Every row of the kind with this key (a person's memberships share their person's key). */
    public List<OparlRow> byKey(OparlKind kind, String key) {
        return rows(em.createNativeQuery(sql(kind, OparlWindow.ALL, key) + " ORDER BY " + kind.order)
                .setParameter("key", key));
    }

    public Optional<OparlRow> one(OparlKind kind, String key) {
        return byKey(kind, key).stream().findFirst();
    }

    /** Every public committee, for the organisation whose id is derived from its name. */
    public List<OparlRow> committees() {
        return rows(em.createNativeQuery(sql(OparlKind.ORGANIZATION, OparlWindow.ALL, null)));
    }

    /** The times of a public meeting's items, for the agenda items embedded in it. */
    @SuppressWarnings("unchecked")
    public Map<UUID, OparlRow> itemsOf(UUID meetingId) {
        List<Object[]> rows = em.createNativeQuery(sql(OparlKind.AGENDA_ITEM, OparlWindow.ALL, null)
                + " AND i.meeting_id = :meeting").setParameter("meeting", meetingId).getResultList();
        return rows.stream().map(OparlReads::row)
                .collect(Collectors.toMap(row -> UUID.fromString(row.key()), row -> row));
    }

    /** The first record and last change of anything public: the System's and the Body's times. */
    public OparlRow span() {
        // Before anything is public, the deployment's read model (its first migration) stands in for both times.
        Object[] row = (Object[]) em.createNativeQuery("""
                WITH installed AS (SELECT CAST(min(installed_on) AS timestamptz) AS at FROM flyway_schema_history)
                SELECT coalesce(min(recorded_at), (SELECT at FROM installed)),
                    coalesce(max(changed_at), (SELECT at FROM installed))
                FROM published_meeting""").getSingleResult();
        return new OparlRow("", null, null, null, false, instant(row[0]), instant(row[1]));
    }

    private static String sql(OparlKind kind, OparlWindow window, String key) {
        String keyed = key == null ? "" : " AND " + kind.key + " = :key";
        String sql = kind.sql.formatted(keyed, window.conditions(kind.created, kind.modified));
        boolean items = kind == OparlKind.AGENDA_ITEM || kind == OparlKind.PAPER;
        if (items && (key != null || window.syncing())) {
            sql += " UNION ALL " + OparlKind.REMOVED_ITEMS.formatted(
                    key == null ? "" : " AND CAST(t.record_id AS text) = :key",
                    window.conditions("m.recorded_at", "t.superseded_at"));
            // Asked by key, a paperless item stays a 404: the restricted item's page promises not even a trace.
            if (kind == OparlKind.PAPER && key == null) {
                sql += " UNION ALL " + OparlKind.PAPERLESS_ITEMS.formatted("",
                        window.conditions(kind.created, kind.modified));
            }
        }
        return sql;
    }

    @SuppressWarnings("unchecked")
    private static List<OparlRow> rows(Query query) {
        return ((List<Object[]>) query.getResultList()).stream().map(OparlReads::row).toList();
    }

    private static OparlRow row(Object[] row) {
        return new OparlRow((String) row[0], row[1] == null ? null : UUID.fromString((String) row[1]),
                (String) row[2], row[3] instanceof java.sql.Date d ? d.toLocalDate() : (java.time.LocalDate) row[3],
                (Boolean) row[4],
                instant(row[5]), instant(row[6]));
    }

    private static Instant instant(Object value) {
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return value instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : (Instant) value;
    }
}
