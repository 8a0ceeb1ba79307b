package org.minutebook.search.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Query;

/**
 * The filters the lists share, as SQL conditions on an item row aliased {@code i}. Values are always bound as
 * parameters; only the fixed condition texts below are ever concatenated into a query.
 */
public record ItemFilter(String committee, LocalDate from, LocalDate to, String outcome, Boolean restricted,
        Instant modifiedSince) {

    public static final ItemFilter NONE = new ItemFilter(null, null, null, null, null);

    public ItemFilter(String committee, LocalDate from, LocalDate to, String outcome, Boolean restricted) {
        this(committee, from, to, outcome, restricted, null);
    }

    /** The same filter, narrowed to items the read model changed after the instant (null: no narrowing). */
    public ItemFilter since(Instant instant) {
        return new ItemFilter(committee, from, to, outcome, restricted, instant);
    }

    public String conditions() {
        List<String> conditions = new ArrayList<>();
        parameters().keySet().forEach(name -> conditions.add(switch (name) {
            case "committee" -> "i.committee = :committee";
            case "from" -> "i.meeting_date >= :from";
            case "to" -> "i.meeting_date <= :to";
            case "outcome" -> "EXISTS (SELECT 1 FROM resolution fr WHERE fr.item_id = i.id AND fr.outcome = :outcome)";
            case "restricted" -> "i.restricted = :restricted";
            case "since" -> "i.modified_at > :since";
            default -> throw new IllegalStateException(name);
        }));
        return conditions.stream().map(condition -> " AND " + condition).reduce("", String::concat);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters().forEach(query::setParameter);
        return query;
    }

    private Map<String, Object> parameters() {
        Map<String, Object> parameters = new LinkedHashMap<>();
        if (committee != null) {
            parameters.put("committee", committee);
        }
        if (from != null) {
            parameters.put("from", from);
        }
        if (to != null) {
            parameters.put("to", to);
        }
        if (outcome != null) {
            parameters.put("outcome", outcome);
        }
        if (restricted != null) {
            parameters.put("restricted", restricted);
        }
        if (modifiedSince != null) {
            parameters.put("since", modifiedSince.atOffset(ZoneOffset.UTC));
        }
        return parameters;
    }
}
