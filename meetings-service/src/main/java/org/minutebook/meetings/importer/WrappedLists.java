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
        if (",;(-\u2013/&".indexOf(last) >= 0 || Character.isLowerCase(next.charAt(0)) || next.charAt(0) == '(') {
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
        int words = 0;
        for (String w : Text.words(buf.substring(cut))) {
            // "Cr Charles (Charlie)" has one word of a name yet: the bracket is what he goes by.
            if (!w.isEmpty() && w.charAt(0) != '('
                    && !HONORIFIC_ONLY.contains(w.replace(".", "").toLowerCase(Locale.ROOT))) {
                words++;
            }
        }
        return words < 2 ? " " : ", ";
    }
}
