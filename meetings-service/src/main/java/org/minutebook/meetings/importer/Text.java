package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;

/** Whitespace helpers as char loops: String.split("\\s+") compiles a regex on every call. */
final class Text {

    private static final String[] NONE = new String[0];

    private Text() {
    }

    static String[] words(String s) {
        List<String> out = new ArrayList<>(16);
        int n = s.length();
        int i = 0;
        while (i < n) {
            while (i < n && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(s.substring(start, i));
            }
        }
        return out.isEmpty() ? NONE : out.toArray(NONE);
    }

    /** Runs of whitespace (tabs, newlines) become one space; the ends are stripped. */
    static String squeeze(String s) {
        StringBuilder b = null;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            boolean ws = Character.isWhitespace(c) || c == '\u00a0';
            boolean irregular = ws && (c != ' ' || (i + 1 < n && Character.isWhitespace(s.charAt(i + 1))));
            if (irregular && b == null) {
                b = new StringBuilder(n).append(s, 0, i);
            }
            if (b != null) {
                if (!ws) {
                    b.append(c);
                } else if (b.length() > 0 && b.charAt(b.length() - 1) != ' ') {
                    b.append(' ');
                }
            }
        }
        return (b == null ? s : b.toString()).strip();
    }
}
