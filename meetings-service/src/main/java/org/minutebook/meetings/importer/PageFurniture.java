package org.minutebook.meetings.importer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** What page layout leaves in extracted text: page numbers, running headers, table cells split over lines. */
final class PageFurniture {

    private static final Pattern PAGE_NUMBER = Pattern
            .compile("(?i)(?:page\\s+\\d{1,4}(?:\\s+of\\s+\\d{1,4})?|-\\s*\\d{1,4}\\s*-|\\d{1,4}\\s+of\\s+\\d{1,4})");
    private static final Pattern REF_PREFIX = Pattern.compile("[A-Z]{1,6}");
    private static final Pattern REF_NUMBER = Pattern.compile("\\d{1,4}\\s?/\\s?\\d{2,4}");

    private PageFurniture() {
    }

    /** "Page 2 of 7", "- 2 -", judged on the raw line: cleaning would read "- 2 -" as a bullet. */
    static boolean isPageNumber(String raw) {
        String t = raw.strip();
        return !t.isEmpty() && t.length() <= 20 && PAGE_NUMBER.matcher(t).matches();
    }

    /** A running header (the document's first line or a dated line) repeated on every page: keep the first. */
    static void dropRunningHeaders(List<Line> lines) {
        String first = null;
        Map<String, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            if (l.blank()) {
                continue;
            }
            if (first == null) {
                first = l.text();
            }
            // Only a dated line or the first line can be a running header (see isRunningHeader).
            if (l.text().length() <= 100 && (l.text().equals(first) || hasDigit(l.text()))) {
                counts.merge(l.text(), 1, Integer::sum);
            }
        }
        Map<String, Boolean> seen = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String t = lines.get(i).text();
            if (t.isEmpty()) {
                continue;
            }
            if (counts.getOrDefault(t, 0) >= 3 && isRunningHeader(t, first)
                    && seen.put(t, Boolean.TRUE) != null) {
                lines.set(i, Line.BLANK);
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static boolean isRunningHeader(String t, String first) {
        if (LineClassifier.startsWithResolution(t)) {
            return false;
        }
        return t.equals(first) || DateParser.find(t, null) != null;
    }

    /** egenda HTML puts "SSP" and "136/13" in separate cells, so on separate lines: one reference again. */
    static void joinSplitReferences(List<Line> lines) {
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            if (l.text().length() > 6 || !REF_PREFIX.matcher(l.text()).matches()) {
                continue;
            }
            int j = i + 1;
            while (j < lines.size() && j <= i + 2 && lines.get(j).blank()) {
                j++;
            }
            if (j < lines.size() && REF_NUMBER.matcher(lines.get(j).text()).matches()) {
                lines.set(i, new Line(l.text() + " " + lines.get(j).text(), l.level(), l.bold(), false, false));
                lines.set(j, Line.BLANK);
            }
        }
    }
}
