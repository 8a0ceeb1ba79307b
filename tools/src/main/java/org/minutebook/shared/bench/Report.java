package org.minutebook.shared.bench;

import java.util.ArrayList;
import java.util.List;

/** The figures of one run, in the order measured, printed as a table and written as Markdown. */
final class Report {

    record Row(String measure, String value, String raw, String ratio) {
    }

    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    void add(String measure, String value) {
        rows.add(new Row(measure, value, "", ""));
    }

    /** A throughput beside the raw limit it is bounded by: the share of it reached. */
    void compare(String measure, double value, double raw, String unit) {
        rows.add(new Row(measure, format(value) + " " + unit, format(raw) + " " + unit,
                raw > 0 ? String.format("%.1f %%", 100 * value / raw) : ""));
    }

    /** A latency beside the raw one it cannot beat: how many times longer it is. */
    void compareLatency(String measure, double millis, double rawMillis) {
        rows.add(new Row(measure, format(millis) + " ms", format(rawMillis) + " ms",
                rawMillis > 0 ? format(millis / rawMillis) + " ×" : ""));
    }

    void note(String note) {
        notes.add(note);
    }

    String table() {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-64s %-24s %-24s %s%n", "measure", "value", "raw limit", "pipeline/raw"));
        rows.forEach(r -> out.append(String.format("%-64s %-24s %-24s %s%n", r.measure(), r.value(), r.raw(),
                r.ratio())));
        notes.forEach(n -> out.append("  ").append(n).append('\n'));
        return out.toString();
    }

    String markdown() {
        StringBuilder out = new StringBuilder(
                "| measure | value | raw limit | pipeline/raw |\n| --- | --- | --- | --- |\n");
        rows.forEach(r -> out.append("| ").append(r.measure()).append(" | ").append(r.value()).append(" | ")
                .append(r.raw()).append(" | ").append(r.ratio()).append(" |\n"));
        if (!notes.isEmpty()) {
            out.append('\n');
            notes.forEach(n -> out.append("- ").append(n).append('\n'));
        }
        return out.toString();
    }

    static String format(double value) {
        return value >= 100 ? String.format("%,.0f", value) : String.format("%.1f", value);
    }
}
