package org.minutebook.shared.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the corpus got back: counts by class of fault and by status, and every answer that broke a rule. */
public final class FuzzReport {

    private final Map<String, Map<Integer, Integer>> byKind = new TreeMap<>();
    private final Map<Integer, Integer> byStatus = new TreeMap<>();
    private final List<String> serverErrors = new ArrayList<>();
    private final List<String> bodilessErrors = new ArrayList<>();
    private final List<String> partialWrites = new ArrayList<>();
    private int cases;

    void record(FuzzCase c, int status, String contentType, boolean stored) {
        cases++;
        byKind.computeIfAbsent(c.kind(), k -> new TreeMap<>()).merge(status, 1, Integer::sum);
        byStatus.merge(status, 1, Integer::sum);
        if (status >= 500 || status == 0) {
            serverErrors.add(status + " " + c.describe());
        } else if (status >= 400 && (contentType == null || !contentType.startsWith("application/problem+json"))) {
            bodilessErrors.add(status + " (" + contentType + ") " + c.describe());
        }
        if (status >= 400 && stored) {
            partialWrites.add(status + " " + c.describe());
        }
    }

    public int cases() {
        return cases;
    }

    public List<String> serverErrors() {
        return serverErrors;
    }

    /** 4xx answers that are not problem+json. */
    public List<String> bodilessErrors() {
        return bodilessErrors;
    }

    /** Refused requests after which the service held more (or fewer) rows than before. */
    public List<String> partialWrites() {
        return partialWrites;
    }

    public Map<Integer, Integer> byStatus() {
        return byStatus;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder().append(cases).append(" cases; by status ").append(byStatus)
                .append('\n');
        byKind.forEach((k, v) -> b.append("  ").append(k).append(' ').append(v).append('\n'));
        b.append("5xx: ").append(serverErrors.size()).append(", errors without a problem body: ")
                .append(bodilessErrors.size()).append(", partial writes: ").append(partialWrites.size());
        for (List<String> list : List.of(serverErrors, bodilessErrors, partialWrites)) {
            list.stream().limit(40).forEach(e -> b.append("\n  ! ").append(e));
        }
        return b.toString();
    }
}
