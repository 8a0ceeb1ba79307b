package org.minutebook.meetings.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The identity of a committee's name: Unicode NFKC (a no-break space is a space, a ligature its letters), invisible
 * format characters dropped, runs of whitespace one space, the ends trimmed, lower case. Two spellings with the same
 * key are the same committee; the spelling as written is kept for display.
 */
public final class CommitteeNames {

    private CommitteeNames() {
    }

    public static String key(String name) {
        String n = Normalizer.normalize(name, Normalizer.Form.NFKC);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.getType(c) == Character.FORMAT) {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(c);
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
