package org.minutebook.meetings.importer;

/**
 * The YAML block a static site puts above a page's markdown ("---" / "title: …" / "---"). Its title and description
 * are the page's heading and stay as lines; layout keys, authors and the site's own dates (often the day the page was
 * posted, not the meeting's) are dropped.
 */
final class FrontMatter {

    private static final int MAX_LENGTH = 4000;

    private FrontMatter() {
    }

    static String strip(String text) {
        int start = 0;
        while (start < text.length() && (text.charAt(start) == '\ufeff' || text.charAt(start) == '\n')) {
            start++;
        }
        if (!text.startsWith("---\n", start)) {
            return text;
        }
        int end = text.indexOf("\n---\n", start + 3);
        if (end < 0 || end - start > MAX_LENGTH) {
            return text;
        }
        StringBuilder kept = new StringBuilder();
        for (String line : text.substring(start + 4, end).split("\n")) {
            int colon = line.indexOf(':');
            String key = colon < 0 ? "" : line.substring(0, colon).strip();
            if (key.equals("title") || key.equals("description")) {
                kept.append(unquote(line.substring(colon + 1).strip())).append("\n\n");
            }
        }
        return kept + text.substring(end + 5);
    }

    private static String unquote(String v) {
        boolean quoted = v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'')
                && v.charAt(v.length() - 1) == v.charAt(0);
        return quoted ? v.substring(1, v.length() - 1) : v;
    }
}
