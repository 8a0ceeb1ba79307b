package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An item title as printed, minus the markers that are not part of it: "(Restricted)", "- RESTRICTED", "(Deferred)",
 * leading "*" markers and trailing sentence punctuation ("9.30 a.m." ends "9.30 a.m"; closing quotes stay). A title
 * that is the private business itself ("Closed Session") is kept, and marks the item restricted.
 */
final class TitleCleaner {

    record Title(String text, boolean restricted, boolean deferred) {
    }

    private static final String RESTRICTED_WORDS = Vocabulary.alternation("title.restricted");
    private static final String KINDS = "(?:\\s+" + Vocabulary.alternation("title.restricted.kinds") + ")?";
    // "- Exempt Category 4", "(Exempt Paragraph 3)": the access-to-information category the item is exempt under.
    private static final String REFERENCE = "(?:\\s+" + Vocabulary.alternation("title.restricted.references")
            + "\\s*\\d{1,2}[a-z]?)?";
    private static final Pattern RESTRICTED_BRACKET = Pattern
            .compile("(?i)\\s*[(\\[]\\s*" + RESTRICTED_WORDS + KINDS + REFERENCE + "\\s*[)\\]]");
    private static final Pattern RESTRICTED_SUFFIX = Pattern
            .compile("(?i)\\s*[-\u2013\u2014:]\\s*" + RESTRICTED_WORDS + KINDS + REFERENCE + "\\s*$");
    private static final Pattern RESTRICTED_PREFIX = Pattern
            .compile("(?i)^" + RESTRICTED_WORDS + KINDS + "\\s*[-\u2013\u2014:]\\s*");
    /** Every marker starts with one of these words; most titles have none and skip the regexes. */
    private static final Set<String> FIRST_WORDS = Vocabulary.firstWords("title.restricted");
    private static final Pattern DEFERRED_MARK = Pattern
            .compile("(?i)\\s*(?:[(\\[]\\s*deferred\\s*[)\\]]|[-\u2013\u2014:]\\s*deferred\\s*$)");
    // moderngov link decoration: "Minutes pdf icon PDF 114 KB".
    private static final Pattern ATTACHMENT = Pattern
            .compile("(?i)\\s*(?:pdf\\s+icon\\s+)?PDF\\s+\\d+(?:\\.\\d+)?\\s*[KM]B\\b");

    private TitleCleaner() {
    }

    static Title clean(String raw) {
        String s = Text.squeeze(raw);
        if (s.contains("KB") || s.contains("MB")) {
            s = ATTACHMENT.matcher(s).replaceAll("").strip();
        }
        String lower = s.toLowerCase(Locale.ROOT);
        boolean restricted = Vocabulary.listOf(trim(s), "title.restricted.whole") != null;
        if (!lower.contains("deferred") && !mayBeRestricted(lower)) {
            return new Title(trim(s), restricted, false);
        }
        Matcher m = RESTRICTED_BRACKET.matcher(s);
        if (m.find()) {
            restricted = true;
            s = m.replaceAll("");
        }
        m = RESTRICTED_SUFFIX.matcher(s);
        if (m.find()) {
            restricted = true;
            s = s.substring(0, m.start());
        }
        m = RESTRICTED_PREFIX.matcher(s);
        if (m.lookingAt()) {
            restricted = true;
            s = s.substring(m.end());
        }
        boolean deferred = false;
        m = DEFERRED_MARK.matcher(s);
        if (m.find()) {
            deferred = true;
            s = m.replaceAll("");
        }
        return new Title(trim(s), restricted, deferred);
    }

    private static boolean mayBeRestricted(String lower) {
        for (String w : FIRST_WORDS) {
            if (lower.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && (s.charAt(a) == '*' || s.charAt(a) == ' ' || s.charAt(a) == '_')) {
            a++;
        }
        while (b > a && ".:;,-\u2013\u2014*_ ".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        return PersonParser.clip(s.substring(a, b), 500);
    }
}
