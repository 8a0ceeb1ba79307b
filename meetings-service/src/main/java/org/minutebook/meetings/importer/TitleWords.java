package org.minutebook.meetings.importer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/** The words that can open an honorific, looked for before the costly honorific patterns are tried. */
final class TitleWords {

    /** The first words of the honorifics, without stops (as the patterns allow a stop after each word). */
    private static final Set<String> TITLE_TOKENS = withoutStops(Vocabulary.firstWords("person.honorifics"));

    private TitleWords() {
    }

    /**
     * Whether at least {@code min} of the words after the first (the first four with {@code min} 1) could open an
     * honorific: the honorific patterns that find a title inside an entry ("Standing Invitee Dr …", "Mr G Adam Mr R
     * MacDonald …") match one only at a word so opening, and are not tried without one.
     */
    static boolean mayHold(String text, int min) {
        int n = text.length();
        int i = 0;
        int word = 0;
        int found = 0;
        while (i < n && (min > 1 || word <= 4)) {
            while (i < n && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i > start && word++ > 0 && (min > 1 || word <= 5)
                    && TITLE_TOKENS.contains(text.substring(start, i).replace(".", "").toLowerCase(Locale.ROOT))
                    && ++found >= min) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> withoutStops(Set<String> words) {
        Set<String> out = new HashSet<>();
        words.forEach(w -> out.add(w.replace(".", "")));
        return Set.copyOf(out);
    }
}
