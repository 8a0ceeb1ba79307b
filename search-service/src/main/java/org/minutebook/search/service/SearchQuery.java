package org.minutebook.search.service;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.persistence.Query;

/**
 * A search box entry split for PostgreSQL: {@code websearch_to_tsquery} takes words, "phrases", or and -words but
 * has no prefix search, so each {@code word*} outside quotes becomes a {@code to_tsquery} prefix term instead. Only
 * letters and digits reach to_tsquery, whose own syntax (& | ! : ( ) ') could otherwise be injected.
 */
public record SearchQuery(String websearch, String prefixes) {

    private static final Pattern PREFIX = Pattern.compile("(?<![\\p{L}\\p{Nd}-])([\\p{L}\\p{Nd}]+)\\*");

    public static SearchQuery parse(String q) {
        StringBuilder websearch = new StringBuilder();
        List<String> prefixes = new ArrayList<>();
        String[] segments = q.split("\"", -1);
        for (int i = 0; i < segments.length; i++) {
            if (i > 0) {
                websearch.append('"');
            }
            if (i % 2 == 1) {
                websearch.append(segments[i]); // inside quotes: a phrase, left as it is
                continue;
            }
            Matcher matcher = PREFIX.matcher(segments[i]);
            StringBuilder rest = new StringBuilder();
            while (matcher.find()) {
                prefixes.add(matcher.group(1) + ":*");
                matcher.appendReplacement(rest, " ");
            }
            matcher.appendTail(rest);
            websearch.append(rest);
        }
        return new SearchQuery(websearch.toString().strip(), String.join(" & ", prefixes));
    }

    /**
     * The tsquery expression over the parameters {@code :websearch} and {@code :prefixes}, of the parts this query has:
     * an empty part would make PostgreSQL send a notice each time it is evaluated, once per row scanned in the worst
     * plan, and the driver keeps every notice.
     */
    public String tsquery() {
        if (prefixes.isEmpty()) {
            return "websearch_to_tsquery('english', :websearch)";
        }
        return websearch.isEmpty()
                ? "to_tsquery('english', :prefixes)"
                : "(websearch_to_tsquery('english', :websearch) && to_tsquery('english', :prefixes))";
    }

    /** Sets the parameters that {@link #tsquery()} names. */
    public Query bind(Query sql) {
        String expression = tsquery();
        if (expression.contains(":websearch")) {
            sql.setParameter("websearch", websearch);
        }
        if (expression.contains(":prefixes")) {
            sql.setParameter("prefixes", prefixes);
        }
        return sql;
    }
}
