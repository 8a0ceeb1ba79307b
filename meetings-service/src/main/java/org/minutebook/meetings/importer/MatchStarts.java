package org.minutebook.meetings.importer;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Where a pattern's match can begin: the characters the pattern can consume first, and what a {@code \b} or a
 * look-behind before them requires. {@link Matcher#find()} tries the whole pattern at every position of the text,
 * which for a pattern that opens with {@code \b} and a long alternation costs far more than the match; most lines hold
 * no such position at all. One final class rather than lambdas keeps the scan a plain loop.
 */
final class MatchStarts {

    static final MatchStarts DIGIT = new MatchStarts(digits(), "", false, false);

    private final boolean[] ascii;
    private final String others;
    private final boolean wordStart;
    private final boolean afterSpace;

    private MatchStarts(boolean[] ascii, String others, boolean wordStart, boolean afterSpace) {
        this.ascii = ascii;
        this.others = others;
        this.wordStart = wordStart;
        this.afterSpace = afterSpace;
    }

    /**
     * The first letters of phrases matched case-insensitively (ASCII case folding, as {@code (?i)} does without
     * {@code (?u)}), in either case.
     */
    static MatchStarts firstLetters(List<String> phrases) {
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
        return new MatchStarts(first, other.toString(), false, false);
    }

    /** Also at a word's start only, as a {@code \b} before a letter or digit requires. */
    MatchStarts atWordStart() {
        return new MatchStarts(ascii, others, true, afterSpace);
    }

    /** Also after a whitespace character only, as a {@code (?<=\s)} or {@code (?<=\S\s)} requires. */
    MatchStarts afterSpace() {
        return new MatchStarts(ascii, others, wordStart, true);
    }

    /** Whether a match can begin at {@code s[i]}. */
    boolean test(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 128 ? !ascii[c] : others.indexOf(c) < 0) {
            return false;
        }
        if (wordStart && i > 0 && Character.isLetterOrDigit(s.charAt(i - 1))) {
            return false;
        }
        return !afterSpace || i > 0 && " \t\n\u000B\f\r".indexOf(s.charAt(i - 1)) >= 0;
    }

    /**
     * The first match starting at or after {@code from}, as {@code find(from)} would give it, provided every match of
     * the pattern begins where {@link #test} holds: the pattern is tried only there, seeing the text around
     * (transparent bounds, so look-behinds and {@code \b} read the characters before).
     */
    boolean find(Matcher m, CharSequence s, int from) {
        m.useTransparentBounds(true).useAnchoringBounds(false);
        int n = s.length();
        for (int i = from; i < n; i++) {
            if (test(s, i)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean[] digits() {
        boolean[] d = new boolean[128];
        for (char c = '0'; c <= '9'; c++) {
            d[c] = true;
        }
        return d;
    }
}
