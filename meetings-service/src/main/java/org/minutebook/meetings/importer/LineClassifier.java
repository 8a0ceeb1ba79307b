package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single line looks like: an item heading ("7", "6 (a) Title", "SSP 136/13 Title"), a sentence of discussion,
 * a title, an ACTION-column entry ("JL/ SJ", "ALL to Note"). Context (numbering, attendance) is decided elsewhere.
 */
final class LineClassifier {

    /** A possible item start. {@code scheme} is "" for plain numbers, the prefix for reference codes ("SSP"). */
    record Heading(String scheme, int major, char letter, String number, String rest) {

        int compareKey(Heading o) {
            return major != o.major ? Integer.compare(major, o.major) : Character.compare(letter, o.letter);
        }
    }

    // "7", "7.", "6 (a) Title", "Item 7: Title", "173  Title", and "43Declarations" (PDF glue) but never "1st"/"9.30".
    // "1.0 Apologies": a whole number printed with ".0" is the number, kept as printed.
    private static final Pattern NUMBERED = Pattern
            .compile("(?:(?i:agenda\\s{1,3})?(?i:item)\\s{1,3})?(\\d{1,4}(?:\\.0(?!\\d))?)"
                    + "(?:\\s?\\(([a-z])\\)|([a-z])\\))?(?:[.):]|\\s?[-\u2013\u2014](?=\\s))?(?:\\s+(.*)|(?=[A-Z][a-z])(.*))?");
    // "SSP/1524", "SSP 136/13", "SSP/4/25", "C 63/07" (a one-letter prefix only with its year).
    // "C01/19" (Northern Irish minute numbers): the prefix glued to its number only with the year after it.
    private static final Pattern REFERENCE = Pattern.compile("([A-Z]{1,6})(\\s?/\\s?|\\s|(?=\\d))(\\d{1,4})"
            + "(?:\\s?/\\s?(\\d{2,4}))?(?:\\s?\\(([a-z])\\))?(?:[.:]|\\s?[-\u2013\u2014](?=\\s))?(?:\\s+(.*))?");
    private static final Pattern AGENDA_NUMBER = Pattern.compile("\\d{1,3}[.)]\\s+(?=\\S)");
    private static final Pattern BARE_REFERENCE = Pattern
            .compile("(\\d{1,4})\\s?/\\s?(\\d{2,4})(?:[.:]|\\s?[-\u2013\u2014](?=\\s))?(?:\\s+(.*))?");
    private static final Pattern LETTERED = Pattern.compile("(?:\\(([a-z])\\)|([a-z])\\))(?:\\s+(.*))?");
    private static final Pattern RESOLUTION_START = Pattern
            .compile("(?i)" + Vocabulary.alternation("decision.verbs") + "\\b");
    private static final Pattern ACTION_HEADER = Pattern
            .compile("(?i)(?:actions?|action\\s+by|action\\s+owner|by\\s+whom|who|owner|responsible)\\s*:?");
    /** The letters {@link #ACTION_HEADER} can start with: most lines start with none and skip it. */
    private static final MatchStarts ACTION_HEADER_START = MatchStarts
            .firstLetters(List.of("action", "by", "who", "owner", "responsible"));
    private static final Pattern ACTION_PREFIX = Pattern.compile("(?i)^actions?\\s*(?:by|for)?\\s*[:\\-\u2013]\\s*");
    private static final Pattern ACTION_SUFFIX = Pattern.compile(
            "(?i)\\s*[-\u2013]?\\s*(?:to\\s+(?:note|action|progress|update|lead)|for\\s+(?:info(?:rmation)?|action)"
                    + "|noted|note)\\.?$");
    private static final Pattern OWNER_SPLIT = Pattern.compile("\\s*(?:[/,&+]|\\band\\b)\\s*|\\s+");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.?){2,4}");
    private static final Set<String> VERBS = Set.of("was", "were", "is", "are", "had", "has", "have", "would", "will",
            "could", "should", "be", "been", "did", "does", "noted", "agreed", "resolved", "discussed", "reported",
            "provided", "presented", "advised", "confirmed", "requested", "received", "explained", "informed",
            "highlighted", "stated", "asked", "welcomed", "thanked", "attended", "wasn't", "weren't", "isn't",
            "can", "may", "outlined", "gave", "declared", "included", "includes", "said", "considered",
            "queried", "commented", "acknowledged", "stressed", "emphasised", "summarised", "expressed", "suggested",
            "tabled", "introduced", "apologised", "sought", "felt", "took", "made");

    private LineClassifier() {
    }

    /** An item-number prefix and what follows it, or null. Titles are judged by the caller. */
    static Heading heading(String text) {
        if (text.isEmpty() || !mayBeHeading(text)) {
            return null;
        }
        Matcher m = NUMBERED.matcher(text);
        if (m.matches()) {
            char letter = m.group(2) != null ? m.group(2).charAt(0) : m.group(3) != null ? m.group(3).charAt(0) : 0;
            String number = m.group(1) + (letter == 0 ? "" : "(" + letter + ")");
            return new Heading("", major(m.group(1)), letter, number,
                    rest(m.group(4) != null ? m.group(4) : m.group(5)));
        }
        m = REFERENCE.matcher(text);
        if (m.matches() && (m.group(1).length() > 1 && !m.group(2).isEmpty() || m.group(4) != null)) {
            char letter = m.group(5) == null ? 0 : m.group(5).charAt(0);
            String sep = m.group(2).indexOf('/') >= 0 ? "/" : "";
            String number = m.group(1) + sep + m.group(3) + (m.group(4) == null ? "" : "/" + m.group(4))
                    + (letter == 0 ? "" : "(" + letter + ")");
            // "C059/22 1. APOLOGIES": the minute's reference is its number, the agenda's number beside it is layout.
            String rest = rest(m.group(6));
            Matcher agenda = AGENDA_NUMBER.matcher(rest);
            return new Heading(m.group(1), Integer.parseInt(m.group(3)), letter, number,
                    agenda.lookingAt() ? rest.substring(agenda.end()) : rest);
        }
        m = BARE_REFERENCE.matcher(text);
        if (m.matches()) {
            return new Heading("/", Integer.parseInt(m.group(1)), (char) 0, m.group(1) + "/" + m.group(2),
                    rest(m.group(3)));
        }
        return null;
    }

    private static int major(String digits) {
        int dot = digits.indexOf('.');
        return Integer.parseInt(dot < 0 ? digits : digits.substring(0, dot));
    }

    /** A digit, "Item"/"Agenda", or a short capital prefix before a digit ("SSP/", "C 63/07"): else no regex. */
    private static boolean mayBeHeading(String text) {
        char c = text.charAt(0);
        if (Character.isDigit(c)) {
            return true;
        }
        if (c == 'I' || c == 'i' || c == 'A' || c == 'a') {
            String head = text.length() > 6
                    ? text.substring(0, 6).toLowerCase(Locale.ROOT)
                    : text.toLowerCase(Locale.ROOT);
            if (head.startsWith("item") || head.startsWith("agenda")) {
                return true;
            }
        }
        int i = 0;
        while (i < text.length() && i < 7 && Character.isUpperCase(text.charAt(i))) {
            i++;
        }
        if (i == 0 || i == 7 || i >= text.length()) {
            return false;
        }
        int j = i;
        while (j < text.length() && j < i + 3 && (text.charAt(j) == ' ' || text.charAt(j) == '/')) {
            j++;
        }
        if (j == i) {
            // "C01/19": glued, so a year must follow the number.
            while (j < text.length() && j < i + 4 && Character.isDigit(text.charAt(j))) {
                j++;
            }
            return j > i && j < text.length() && text.charAt(j) == '/';
        }
        return j < text.length() && Character.isDigit(text.charAt(j));
    }

    /** "(b) Title" or "b) Title": the letter and the rest; null when the line does not start so. */
    static Heading lettered(String text) {
        Matcher m = LETTERED.matcher(text);
        if (!m.matches()) {
            return null;
        }
        char letter = m.group(1) != null ? m.group(1).charAt(0) : m.group(2).charAt(0);
        return new Heading("", 0, letter, "(" + letter + ")", rest(m.group(3)));
    }

    private static String rest(String s) {
        return s == null ? "" : s.strip();
    }

    static boolean startsWithResolution(String text) {
        return RESOLUTION_START.matcher(text).lookingAt();
    }

    /** Discussion rather than a title: a verb-bearing clause of some length, a resolution, or simply long. */
    static boolean sentenceLike(String text) {
        if (startsWithResolution(text)) {
            return true;
        }
        String[] words = Text.words(text);
        if (words.length == 0) {
            return false;
        }
        if (words.length > 25) {
            return true;
        }
        if (words.length < 4) {
            return false;
        }
        if (words[0].equalsIgnoreCase("there")) {
            return true;
        }
        int lower = 0;
        for (String w : words) {
            lower += !w.isEmpty() && Character.isLowerCase(w.charAt(0)) ? 1 : 0;
        }
        // Prose is mostly lower-case words; a title, even a long one, is not. Two sentences are never a title.
        // A sentence-case title ("Budget crisis for Scottish councils and urgent need for change") has no stop.
        boolean prose = lower * 10 >= words.length * 7 && (words.length >= 16 || text.endsWith("."));
        if ((words.length >= 8 && prose) || Sentences.split(text).size() > 1) {
            return true;
        }
        for (String w : words) {
            // "May" capitalised is the month in "held on 10th May 2011", not the verb.
            if (!w.equals("May") && VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** A word of {@link #VERBS} in the text: "The Chairman welcomed" is a sentence's start, however short. */
    static boolean holdsVerb(String text) {
        for (String w : Text.words(text)) {
            if (!w.equals("May") && VERBS.contains(w.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    static boolean titleLike(String text) {
        if (text.isEmpty() || text.length() > 300) {
            return false;
        }
        int i = 0;
        while (i < text.length() && "*'\"\u2018\u201c(".indexOf(text.charAt(i)) >= 0) {
            i++;
        }
        if (i == text.length()) {
            return false;
        }
        char c = text.charAt(i);
        return (Character.isUpperCase(c) || Character.isDigit(c) || camelCase(text, i)) && !sentenceLike(text);
    }

    /** "eCINS update", "e-Prescribing", "iPad loans": a lower-case start with a capital inside the first word. */
    private static boolean camelCase(String text, int from) {
        for (int k = from + 1; k < text.length() && !Character.isWhitespace(text.charAt(k)); k++) {
            if (Character.isUpperCase(text.charAt(k))) {
                return true;
            }
        }
        return false;
    }

    static boolean isActionHeader(String text) {
        return text.length() <= 20 && !text.isEmpty() && ACTION_HEADER_START.test(text, 0)
                && ACTION_HEADER.matcher(text).matches();
    }

    /** Entries start with initials ("JL/"), "ALL"/"All", or "Action"; a quick test before the regexes. */
    private static boolean startsLikeOwners(String text) {
        if (text.regionMatches(true, 0, "action", 0, 6) || text.regionMatches(true, 0, "all", 0, 3)) {
            return true;
        }
        int i = 0;
        while (i < text.length() && (Character.isUpperCase(text.charAt(i)) || text.charAt(i) == '.')) {
            i++;
        }
        return i >= 2 && i <= 8 && (i == text.length() || " /,&+\t".indexOf(text.charAt(i)) >= 0);
    }

    /**
     * The owners of an action-column entry ("JL/ SJ" -> [JL, SJ], "ALL to Note" -> [ALL]), or null when the text is
     * not such an entry. Whether a lone token really is one depends on the attendance, see {@link ActionExtractor}.
     */
    static List<String> actionOwners(String text) {
        if (text.isEmpty() || text.length() > 60 || !startsLikeOwners(text)) {
            return null;
        }
        // Each pattern is tried only on text holding a word it needs.
        String s = text.regionMatches(true, 0, "action", 0, 6) ? ACTION_PREFIX.matcher(text).replaceFirst("") : text;
        s = mayEndInSuffix(s) ? ACTION_SUFFIX.matcher(s).replaceFirst("") : s;
        s = s.strip();
        if (s.isEmpty()) {
            return null;
        }
        List<String> owners = new ArrayList<>(4);
        for (String token : OWNER_SPLIT.split(s)) {
            if (token.isEmpty()) {
                continue;
            }
            if (token.equalsIgnoreCase("all")) {
                owners.add("ALL");
            } else if (INITIALS.matcher(token).matches()) {
                owners.add(token.replace(".", ""));
            } else {
                return null;
            }
        }
        return owners.isEmpty() || owners.size() > 8 ? null : owners;
    }

    /** Every phrase of {@link #ACTION_SUFFIX} holds one of these words. */
    private static boolean mayEndInSuffix(String s) {
        String lower = s.toLowerCase(Locale.ROOT);
        return lower.contains("not") || lower.contains("action") || lower.contains("progress")
                || lower.contains("update") || lower.contains("lead") || lower.contains("info");
    }
}
