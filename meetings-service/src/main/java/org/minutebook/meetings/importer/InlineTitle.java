package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;

/**
 * A heading with its discussion on the same line: "3713. Police Reports: None received.", "6. Financial Report:
 * Charitable A/C £19,239.18", "4. Accounts for payment:-". The title ends at the colon when what follows reads as
 * the item's text (a sentence, a figure, "None", several words, or nothing); a short phrase after a colon stays part
 * of the title ("Planning: Land at Hill Farm"). Without a colon, a title in capitals ends where the discussion's
 * mixed case begins ("1. MINUTES OF THE FEBRUARY MEETING These were moved as correct by …"), which is how a heading
 * and its text on one line come out of Word's soft line break.
 */
final class InlineTitle {

    private static final int MAX_TITLE_WORDS = 14;
    private static final int TEXT_WORDS = 6;
    private static final int MAX_DASH_TITLE_WORDS = 8;

    private InlineTitle() {
    }

    /** Where the title ends in a heading's text, or -1 when the whole text is the title. */
    static int end(String rest) {
        int colon = atColon(rest);
        if (colon >= 0) {
            return colon;
        }
        int dash = atDash(rest);
        return dash >= 0 ? dash : capitalsEnd(rest);
    }

    /**
     * "4.0 Broadband – RC spoke yesterday with … .", "3.0 Matters arising - none", "5.0 Financial Position - £4,519.95":
     * a spaced dash ends a short title when what follows is plainly the item's text: a figure, a word or two in lower
     * case, or sentences. A dash inside a title ("Planning – Land at Hill Farm") is followed by neither.
     */
    private static int atDash(String rest) {
        int dash = spacedDash(rest);
        if (dash <= 0) {
            return -1;
        }
        String title = rest.substring(0, dash).strip();
        if (Text.words(title).length > MAX_DASH_TITLE_WORDS || !LineClassifier.titleLike(title)) {
            return -1;
        }
        String after = rest.substring(dash + 1).strip();
        if (after.isEmpty()) {
            return -1;
        }
        char first = after.charAt(0);
        int words = Text.words(after).length;
        boolean text = Character.isDigit(first) || first == '\u00a3' || first == '$' || first == '\u20ac'
                || Character.isLowerCase(first) && words <= 3
                || words >= TEXT_WORDS && after.endsWith(".") && after.indexOf(". ") > 0;
        return text ? dash : -1;
    }

    /** The first " - ", " \u2013 " or " \u2014 " (the dash's index), or -1. */
    private static int spacedDash(String rest) {
        for (int i = 1; i + 1 < rest.length(); i++) {
            char c = rest.charAt(i);
            if ((c == '-' || c == '\u2013' || c == '\u2014') && rest.charAt(i - 1) == ' '
                    && rest.charAt(i + 1) == ' ') {
                return i;
            }
        }
        return -1;
    }

    private static int atColon(String rest) {
        int colon = rest.indexOf(':');
        if (colon <= 0 || rest.indexOf("://") == colon) {
            return -1;
        }
        String title = rest.substring(0, colon).strip();
        if (Text.words(title).length > MAX_TITLE_WORDS || !LineClassifier.titleLike(title)) {
            return -1;
        }
        String after = rest.substring(colon + 1).strip();
        if (after.startsWith("-")) {
            after = after.substring(1).strip();
        }
        if (after.isEmpty()) {
            return colon;
        }
        char first = after.charAt(0);
        boolean text = after.endsWith(".") || Text.words(after).length >= TEXT_WORDS || Character.isDigit(first)
                || first == '\u00a3' || first == '$' || first == '\u20ac' || Character.isLowerCase(first);
        return text ? colon : -1;
    }

    /**
     * The space after a leading run of two or more words in capitals (four letters or more in all) when what follows
     * reads as text: a capitalised word then mixed case, ending with a stop or of {@value #TEXT_WORDS} words or more.
     */
    private static int capitalsEnd(String rest) {
        int n = rest.length();
        int i = 0;
        int words = 0;
        int letters = 0;
        int lastSpace = -1;
        while (i < n) {
            int start = i;
            while (i < n && !Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
            String w = rest.substring(start, i);
            if (hasLowerCase(w)) {
                break;
            }
            words++;
            letters += letterCount(w);
            lastSpace = i;
            while (i < n && Character.isWhitespace(rest.charAt(i))) {
                i++;
            }
        }
        if (i >= n || words < 2 || letters < 4 || !Character.isUpperCase(rest.charAt(lastSpace + 1))) {
            return -1;
        }
        String after = rest.substring(lastSpace + 1).strip();
        return after.endsWith(".") || Text.words(after).length >= TEXT_WORDS ? lastSpace : -1;
    }

    private static boolean hasLowerCase(String w) {
        for (int k = 0; k < w.length(); k++) {
            if (Character.isLowerCase(w.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    private static int letterCount(String w) {
        int c = 0;
        for (int k = 0; k < w.length(); k++) {
            c += Character.isLetter(w.charAt(k)) ? 1 : 0;
        }
        return c;
    }

    /** The item's body: the text after the title's colon (and a dash: ":-") as its first line, then {@code below}. */
    static List<Line> body(String rest, int end, List<Line> below) {
        String after = rest.substring(end + 1).strip();
        after = after.startsWith("-") ? after.substring(1).strip() : after;
        List<Line> body = new ArrayList<>(below.size() + 1);
        if (!after.isEmpty()) {
            body.add(new Line(after, 0, false, false, false));
        }
        body.addAll(below);
        return body;
    }
}
