package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns markdown, HTML remnants and text extracted from PDF/DOCX into plain {@link Line}s, keeping the layout hints
 * (heading, bold, bullet, indent) as flags. Works line by line with char loops: the importer must sustain tens of MB/s.
 */
final class TextCleaner {

    private static final Pattern LINE_BREAK = Pattern.compile("\r\n?|[\f\u000B\u0085\u2028\u2029]");
    /** Control characters that carry no text (NUL among them, which PostgreSQL cannot store). */
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

    private TextCleaner() {
    }

    static List<Line> clean(String text) {
        String normalised = MarkupStripper.strip(FrontMatter.strip(normaliseBreaks(withoutControls(text))));
        List<String> raw = BrokenLines.join(FlattenedLines.split(normalised.split("\n", -1)));
        List<Line> lines = new ArrayList<>(raw.size());
        for (String r : raw) {
            // Page numbers ("Page 2 of 7", "- 2 -") are judged raw: cleaning would read "- 2 -" as a bullet.
            lines.add(PageFurniture.isPageNumber(r) ? Line.BLANK : cleanLine(r));
        }
        PageFurniture.dropRunningHeaders(lines);
        PageFurniture.joinSplitReferences(lines);
        return lines;
    }

    /** A char loop finds the first control character; the regex runs only on the rare text that has one. */
    private static String withoutControls(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && (c < 0x09 || c > 0x0D)) || c == 0x7F) {
                return CONTROL.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    private static String normaliseBreaks(String text) {
        boolean odd = text.indexOf('\r') >= 0 || text.indexOf('\f') >= 0 || text.indexOf('\u000B') >= 0
                || text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0;
        return odd ? LINE_BREAK.matcher(text).replaceAll("\n") : text;
    }

    static Line cleanLine(String raw) {
        String s = normaliseSpaces(raw);
        int start = 0;
        boolean indented = false;
        while (start < s.length() && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
            indented |= s.charAt(start) == '\t' || start >= 1;
            start++;
        }
        s = s.substring(start);
        if (s.isEmpty()) {
            return Line.BLANK;
        }
        boolean heading = false;
        int hashes = 0;
        while (hashes < s.length() && hashes < 7 && s.charAt(hashes) == '#') {
            hashes++;
        }
        if (hashes >= 1 && hashes <= 6 && (hashes == s.length() || s.charAt(hashes) == ' ')) {
            heading = true;
            s = stripClosingHashes(s.substring(hashes).strip());
        }
        if (s.startsWith("> ") || s.equals(">")) {
            s = s.substring(1).strip();
        }
        if (s.startsWith("<!--") && s.endsWith("-->")) {
            // A markdown converter's comment ("<!-- -->" between lists) is no text.
            return Line.BLANK;
        }
        if (s.isEmpty()) {
            return Line.BLANK;
        }
        if (s.charAt(0) == '|') {
            if (isTableRule(s)) {
                return Line.BLANK;
            }
            s = s.replace('|', '\t');
        }
        boolean bullet = false;
        int marker = bulletLength(s);
        if (marker > 0) {
            bullet = true;
            s = s.substring(marker);
        }
        s = s.strip();
        boolean bold = s.startsWith("**") && s.endsWith("**") && s.length() > 4 && BrokenLines.countBold(s) == 2;
        s = collapse(unescapeMarkdown(s));
        return s.isEmpty() ? Line.BLANK : new Line(s, heading ? hashes : 0, bold, bullet, indented && !heading);
    }

    /** A markdown table's "|---|:---:|" separator row. */
    private static boolean isTableRule(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("|:-+ \t".indexOf(s.charAt(i)) < 0) {
                return false;
            }
        }
        return s.contains("---");
    }

    private static String stripClosingHashes(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '#') {
            end--;
        }
        return end < s.length() && end > 0 && s.charAt(end - 1) == ' ' ? s.substring(0, end).strip() : s;
    }

    /** Length of a leading bullet marker (with its space), 0 if none. Word's private-use symbols count. */
    private static int bulletLength(String s) {
        char c = s.charAt(0);
        boolean spaceAfter = s.length() > 1 && (s.charAt(1) == ' ' || s.charAt(1) == '\t');
        if ((c == '-' || c == '*' || c == '+' || c == 'o' || c == '\u2013') && spaceAfter) {
            return 2;
        }
        if ("\u2022\u00b7\u25aa\u25cf\u25e6\u25a0\u25a1\u27a2\u25ba\u2043\u2219".indexOf(c) >= 0
                || (c >= '\uf000' && c <= '\uf0ff')) {
            return s.length() > 1 && spaceAfter ? 2 : 1;
        }
        return 0;
    }

    private static String normaliseSpaces(String s) {
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '\u00a0') {
                if (b != null) {
                    b.append(c);
                }
                continue;
            }
            boolean space = c == '\u00a0' || c == '\u2007' || c == '\u202f' || (c >= '\u2000' && c <= '\u200a');
            boolean drop = c == '\u200b' || c == '\u200c' || c == '\u200d' || c == '\ufeff' || c == '\u00ad';
            if ((space || drop) && b == null) {
                b = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (b != null && !drop) {
                b.append(space ? ' ' : c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Drops {@code **}/{@code __} and resolves backslash escapes ({@code \*} is a literal star marker). */
    private static String unescapeMarkdown(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('\\') < 0 && s.indexOf("__") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == '\\' && next != 0 && next < 128 && !Character.isLetterOrDigit(next) && next != ' ') {
                b.append(next);
                i++;
            } else if (c == '\\' && next == 0) {
                // A backslash ending the line is markdown's hard line break, not text.
                continue;
            } else if ((c == '*' || c == '_') && next == c) {
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Runs of 3+ spaces (a PDF column gap) become a tab, other runs one space; tabs survive as cell separators. */
    private static String collapse(String s) {
        if (s.indexOf('\t') < 0 && s.indexOf("  ") < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t') {
                int j = i;
                boolean tab = false;
                while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t')) {
                    tab |= s.charAt(j) == '\t';
                    j++;
                }
                if (b.length() > 0 && j < n) {
                    b.append(tab || j - i >= 3 ? '\t' : ' ');
                }
                i = j;
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString();
    }
}
