package org.minutebook.meetings.importer;

import java.util.List;
import java.util.regex.Matcher;

/**
 * A pattern's matches looked for only at the characters one can begin with. {@link Matcher#find()} tries the whole
 * pattern at every position of the text, which for a pattern that opens with {@code \b} and a long alternation costs
 * far more than the match; most lines hold no candidate position at all.
 */
final class MatchStarts {

    /** Which characters can begin a match (the first character the pattern consumes). */
    interface CanStart {
        boolean test(char c);
    }

    static final CanStart DIGIT = c -> c >= '0' && c <= '9';

    private MatchStarts() {
    }

    /**
     * The first match starting at or after {@code from}, as {@code find(from)} would give it, provided every match of
     * the pattern begins with a character {@code canStart} accepts: the pattern is tried only there, seeing the text
     * around (transparent bounds, so look-behinds and {@code \b} read the characters before).
     */
    static boolean find(Matcher m, CharSequence s, int from, CanStart canStart) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (canStart.test(s.charAt(i))) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The first letters of phrases matched case-insensitively (ASCII case folding, as {@code (?i)} does without
     * {@code (?u)}), in either case.
     */
    static CanStart firstLetters(List<String> phrases) {
        boolean[] first = new boolean[128];
        StringBuilder other = new StringBuilder();
        for (String p : phrases) {
            char c = p.charAt(0);
            if (c < 128) {
                first[Character.toLowerCase(c)] = true;
                first[Character.toUpperCase(c)] = true;
            } else {
                other.append(c);
            }
        }
        String others = other.toString();
        return c -> c < 128 ? first[c] : others.indexOf(c) >= 0;
    }
}
