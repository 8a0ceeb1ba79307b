package org.minutebook.meetings.importer.lines;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering a line starts with, as a kind ("plain" 7, "dotted" 7., "decimal" 1.2, "ref" SSP/12, "letter" (a),
 * "item" Item 7) and its leading number, for the classifier's numbering and sequence features.
 */
record NumberPattern(String kind, int major, String rest) {

    private static final Pattern ITEM = Pattern.compile("(?i)(?:agenda\\s+)?item\\s+(\\d{1,4})\\b[.:)]?\\s*(.*)");
    private static final Pattern REF = Pattern
            .compile("([A-Z]{1,6})\\s?/?\\s?(\\d{1,4})(?:\\s?/\\s?\\d{2,4})?[.:]?\\s*(.*)");
    private static final Pattern DECIMAL = Pattern.compile("(\\d{1,3})\\.\\d{1,3}(?:\\.\\d{1,3})*\\.?\\s*(.*)");
    private static final Pattern PLAIN = Pattern.compile("(\\d{1,4})([.):]?)(?:\\s+|(?=[A-Z]))?(.*)");
    private static final Pattern LETTER = Pattern.compile("\\(?([a-z]|[ivx]{1,4})\\)\\s*(.*)");

    static final NumberPattern NONE = new NumberPattern("none", -1, "");

    static NumberPattern of(String text) {
        Matcher m = ITEM.matcher(text);
        if (m.matches()) {
            return new NumberPattern("item", Integer.parseInt(m.group(1)), m.group(2));
        }
        m = DECIMAL.matcher(text);
        if (m.matches()) {
            return new NumberPattern("decimal", Integer.parseInt(m.group(1)), m.group(2));
        }
        m = PLAIN.matcher(text);
        if (m.matches() && !startsLikeQuantity(m.group(3))) {
            String kind = m.group(2).isEmpty() ? "plain" : m.group(2).equals(".") ? "dotted" : "paren";
            return new NumberPattern(kind, Integer.parseInt(m.group(1)), m.group(3));
        }
        m = REF.matcher(text);
        if (m.matches()) {
            return new NumberPattern("ref", Integer.parseInt(m.group(2)), m.group(3));
        }
        m = LETTER.matcher(text);
        if (m.matches()) {
            return new NumberPattern("letter", 0, m.group(2));
        }
        return NONE;
    }

    /** "9.30am", "1st", "2020/21": digits that run on into a time, an ordinal or a year are no numbering. */
    private static boolean startsLikeQuantity(String rest) {
        return !rest.isEmpty() && (Character.isDigit(rest.charAt(0)) || rest.startsWith("/"));
    }

    boolean numbered() {
        return major >= 0;
    }
}
