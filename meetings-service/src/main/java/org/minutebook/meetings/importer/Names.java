package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Set;

/** Whether a bare name is plausibly a person's (the import's warnings) or a person's initials ("MW"). */
final class Names {

    private static final Set<String> PARTICLES = Set.of("de", "van", "von", "der", "den", "le", "la", "da", "di",
            "du", "del", "st", "bin", "al", "mac", "mc", "o'", "y", "ap", "ni", "nic", "ui");

    private Names() {
    }

    /** One to five words, each capitalised (or a particle such as "van"), with no digits and few letters missing. */
    static boolean looksLikeName(String name) {
        String[] words = Text.words(name);
        if (words.length == 0 || words.length > 5 || name.length() > 60) {
            return false;
        }
        int capitalised = 0;
        for (String w : words) {
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (Character.isDigit(c) || "@:;!?/\\|{}[]<>=+*#".indexOf(c) >= 0) {
                    return false;
                }
            }
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!PARTICLES.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return capitalised >= 1 && !(words.length == 1 && words[0].length() <= 1);
    }

    /** "MW", "JF", "A.M.": two to four capitals, stops allowed; how minutes name members in their text. */
    static boolean isInitials(String s) {
        String t = s.strip().replace(".", "");
        if (t.length() < 2 || t.length() > 4) {
            return false;
        }
        for (int i = 0; i < t.length(); i++) {
            if (!Character.isUpperCase(t.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
