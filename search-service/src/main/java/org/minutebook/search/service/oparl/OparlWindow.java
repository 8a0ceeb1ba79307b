package org.minutebook.search.service.oparl;

import java.time.Instant;
import java.time.ZoneOffset;

import jakarta.persistence.Query;

/** OParl's list filters for incremental sync: created_since/until and modified_since/until, each optional. */
public record OparlWindow(Instant createdSince, Instant createdUntil, Instant modifiedSince, Instant modifiedUntil) {

    public static final OparlWindow ALL = new OparlWindow(null, null, null, null);

    /** Conditions on the given created and modified expressions, each starting with AND. */
    String conditions(String created, String modified) {
        StringBuilder sql = new StringBuilder();
        if (createdSince != null) {
            sql.append(" AND ").append(created).append(" >= :createdSince");
        }
        if (createdUntil != null) {
            sql.append(" AND ").append(created).append(" <= :createdUntil");
        }
        if (modifiedSince != null) {
            sql.append(" AND ").append(modified).append(" >= :modifiedSince");
        }
        if (modifiedUntil != null) {
            sql.append(" AND ").append(modified).append(" <= :modifiedUntil");
        }
        return sql.toString();
    }

    Query bind(Query query) {
        bind(query, "createdSince", createdSince);
        bind(query, "createdUntil", createdUntil);
        bind(query, "modifiedSince", modifiedSince);
        bind(query, "modifiedUntil", modifiedUntil);
        return query;
    }

    /** Deleted objects matter to a client that syncs changes, not to one reading the whole list. */
    boolean syncing() {
        return modifiedSince != null;
    }

    private static void bind(Query query, String name, Instant value) {
        if (value != null) {
            query.setParameter(name, value.atOffset(ZoneOffset.UTC));
        }
    }
}
