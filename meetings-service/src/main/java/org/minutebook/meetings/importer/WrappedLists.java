package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Set;

/** How a list's lines join when a list wraps: inside a name, or between entries one to a line. */
final class WrappedLists {

    private static final Set<String> HONORIFIC_ONLY = Vocabulary.firstWords("person.honorifics");

    private WrappedLists() {
    }

    /** A wrapped name ("John\nBentley") joins with a space; one complete entry per line joins as a list. */
    static String joiner(StringBuilder buf, String next) {
        int n = buf.length();
        if (n == 0) {
            return "";
        }
        char last = buf.charAt(n - 1);
        if (last == '-' && n > 1 && Character.isLetter(buf.charAt(n - 2))) {
            return ""; // "Eaglesome-" / "Karekare": a hyphenated name wrapped at its hyphen
        }
        if (",;(-\u2013/&".indexOf(last) >= 0 || Character.isLowerCase(next.charAt(0)) || next.charAt(0) == '('
                || opensWithDash(next)) {
            return " ";
        }
        int depth = 0;
        int cut = 0;
        for (int i = 0; i < n; i++) {
            char c = buf.charAt(i);
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth == 0 && (c == ',' || c == ';' || c == '\t')) {
                cut = i + 1;
            }
        }
        if (depth > 0) {
            return " ";
        }
        if (postWraps(buf.substring(cut), next)) {
            return " ";
        }
        int words = 0;
        for (String w : Text.words(buf.substring(cut))) {
            // "Cr Charles (Charlie)" has one word of a name yet: the bracket is what he goes by.
            if (!w.isEmpty() && w.charAt(0) != '('
                    && !HONORIFIC_ONLY.contains(w.replace(".", "").toLowerCase(Locale.ROOT))) {
                words++;
            }
        }
        return words < 2 && !(words == 1 && opensWithTitle(next)) ? " " : ", ";
    }

    /**
     * "L Hooper – Principal" over "Governance Advisor": the post after an entry's dash wraps onto the next line. A
     * line with a dash of its own, or one that opens with an initial or a title ("P Bailey"), is the next entry.
     */
    static boolean postWraps(String entry, String next) {
        if (!(entry.contains(" \u2013 ") || entry.contains(" - ")) || next.indexOf('\u2013') >= 0
                || next.contains(" - ") || opensWithTitle(next)) {
            return false;
        }
        int space = next.indexOf(' ');
        String first = (space < 0 ? next : next.substring(0, space)).replace(".", "");
        // "Craig Goodier – HBRC": an organisation's acronym after the dash ends the entry.
        String after = entry.substring(Math.max(entry.lastIndexOf(" \u2013 "), entry.lastIndexOf(" - ")) + 3).strip();
        boolean acronym = !after.isEmpty() && after.indexOf(' ') < 0 && after.equals(after.toUpperCase(Locale.ROOT));
        // "N Jones – HB" over "DHB": one acronym wrapped.
        boolean nextAcronym = next.indexOf(' ') < 0 && next.equals(next.toUpperCase(Locale.ROOT));
        return first.length() > 1 && (!acronym || nextAcronym);
    }

    /** "Cr Tony Jeffery" over "\u2013 NCC \u2013 Deputy Co Chair": a line that opens with a dash goes on with the entry. */
    static boolean opensWithDash(String next) {
        char c = next.charAt(0);
        return (c == '-' || c == '\u2013' || c == '\u2014') && next.length() > 1 && next.charAt(1) == ' ';
    }

    /** "Cllr Vaughan (Chair)" over "Cllr L Watson": a line that opens with a title starts the next entry. */
    static boolean opensWithTitle(String next) {
        int space = next.indexOf(' ');
        String first = space < 0 ? next : next.substring(0, space);
        return HONORIFIC_ONLY.contains(first.replace(".", "").toLowerCase(Locale.ROOT));
    }
}
