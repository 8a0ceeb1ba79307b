package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * HTML remnants out of the text in one pass: tags go ({@code <sup>st</sup>} -> "st"), line-level tags become line
 * breaks, table cells tabs, autolinks keep their address, entities are decoded. Markdown links keep their text.
 */
final class MarkupStripper {

    private static final Pattern MD_LINK = Pattern.compile("!?\\[([^\\]\\n]{0,500})\\]\\([^)\\s]{0,1000}\\)");
    private static final Map<String, String> ENTITIES = Map.of("amp", "&", "nbsp", " ", "lt", "<", "gt", ">", "quot",
            "\"", "apos", "'", "ndash", "\u2013", "mdash", "\u2014", "rsquo", "\u2019", "lsquo", "\u2018");
    private static final int MAX_TAG = 500;

    private MarkupStripper() {
    }

    static String strip(String text) {
        String s = text;
        if (s.indexOf('<') >= 0 || s.indexOf('&') >= 0) {
            s = tagsAndEntities(s);
        }
        if (s.indexOf("](") >= 0) {
            s = MD_LINK.matcher(s).replaceAll("$1");
        }
        return s;
    }

    private static String tagsAndEntities(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int n = s.length();
        int copied = 0;
        int lt = s.indexOf('<');
        int amp = s.indexOf('&');
        while (lt >= 0 || amp >= 0) {
            int i = lt < 0 ? amp : amp < 0 ? lt : Math.min(lt, amp);
            char c = s.charAt(i);
            int end = c == '<' ? tagEnd(s, i) : entityEnd(s, i);
            if (end >= 0) {
                out.append(s, copied, i);
                out.append(c == '<' ? tagReplacement(s.substring(i + 1, end)) : entity(s.substring(i + 1, end)));
                copied = end + 1;
            }
            int from = Math.max(i + 1, copied);
            lt = lt >= 0 && lt < from ? s.indexOf('<', from) : lt;
            amp = amp >= 0 && amp < from ? s.indexOf('&', from) : amp;
        }
        return out.append(s, copied, n).toString();
    }

    /** Index of the '>' closing a tag or autolink opened at {@code i}, or -1 when '<' is just a character. */
    private static int tagEnd(String s, int i) {
        int j = i + 1;
        if (j < s.length() && s.charAt(j) == '/') {
            j++;
        }
        if (j >= s.length() || !isAsciiLetter(s.charAt(j))) {
            return -1;
        }
        for (int k = j; k < s.length() && k < i + MAX_TAG; k++) {
            char c = s.charAt(k);
            if (c == '>') {
                return k;
            }
            if (c == '<' || c == '\n') {
                return -1;
            }
        }
        return -1;
    }

    private static String tagReplacement(String inner) {
        String lower = inner.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http:") || lower.startsWith("https:") || lower.startsWith("mailto:")) {
            return inner;
        }
        int nameEnd = 0;
        while (nameEnd < lower.length()
                && (Character.isLetterOrDigit(lower.charAt(nameEnd)) || lower.charAt(nameEnd) == '/')) {
            nameEnd++;
        }
        String name = lower.substring(0, nameEnd);
        return switch (name) {
            case "br", "br/", "/p", "/tr", "/li", "/div", "/h1", "/h2", "/h3", "/h4", "/h5", "/h6" -> "\n";
            case "/td", "/th" -> "\t";
            default -> "";
        };
    }

    private static int entityEnd(String s, int i) {
        for (int k = i + 1; k < s.length() && k <= i + 9; k++) {
            char c = s.charAt(k);
            if (c == ';') {
                return k > i + 2 ? k : -1;
            }
            if (!(Character.isLetterOrDigit(c) || (c == '#' && k == i + 1))) {
                return -1;
            }
        }
        return -1;
    }

    private static String entity(String name) {
        if (name.charAt(0) == '#') {
            boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
            try {
                int cp = Integer.parseInt(hex ? name.substring(2) : name.substring(1), hex ? 16 : 10);
                return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "&" + name + ";";
            } catch (NumberFormatException e) {
                return "&" + name + ";";
            }
        }
        return ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), "&" + name + ";");
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
