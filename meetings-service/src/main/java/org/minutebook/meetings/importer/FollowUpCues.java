package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a sentence sets a follow-up: a modal or "be" before a follow-up verb ("would circulate", "will be bringing",
 * "to be established", "comments be provided"), a request ("It was requested that …"), "further updates", or "to a
 * future meeting". Works on words, not a regex per position: it runs on every sentence of every item.
 */
final class FollowUpCues {

    private static final boolean[] CUE_START = new boolean[128];

    /** ASCII letters, digits, '-' and '\'': the word characters, looked up on every character of every sentence. */
    private static final boolean[] WORD_CHAR = new boolean[128];

    static {
        for (char c : "wsmiatb".toCharArray()) {
            CUE_START[c] = true;
        }
        for (char c = 0; c < 128; c++) {
            WORD_CHAR[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || c == '-'
                    || c == '\'';
        }
    }

    /** The vocabulary's follow-up words ({@code followup.*}): after a modal, these make a sentence a follow-up. */
    private static final Set<String> FILLERS = Set.copyOf(Vocabulary.phrases("followup.fillers"));
    private static final Set<String> VERBS = Set.copyOf(Vocabulary.phrases("followup.verbs"));
    /** Verbs that count only with their particle: "report back", "look into", "made available". */
    private static final Set<String> PHRASES = Set.copyOf(Vocabulary.phrases("followup.phrases"));
    private static final Set<String> TAKE = Set.of("take", "taken", "taking", "took");
    private static final Pattern REQUEST = Pattern.compile("\\b(?:requested|asked)\\s+(?:by\\s+[^.;]{1,60}?\\s+)?"
            + "(?:that\\b|to\\s+(?!note\\b))|\\bsuggested\\s+that\\b");
    private static final Pattern FURTHER = Pattern
            .compile("(?<!for\\s)\\bfurther\\s+(?:updates?|reports?|information|details|presentations?|feedback)\\b");
    private static final Pattern FUTURE_MEETING = Pattern
            .compile(
                    "\\b(?:to|at|for)\\s+(?:the\\s+|a\\s+)?(?:next|future|forthcoming)\\s+(?:[\\w-]+\\s+){0,3}meetings?\\b");
    private static final Pattern UNDERTAKING = Pattern.compile("(?i)(.{1,60}?)\\s+(?:agreed|undertook|offered|"
            + "volunteered|promised)\\s+to\\s+(?!note\\b)\\p{L}");
    private static final Pattern NOT_AN_ACTION = Pattern
            .compile("^(?:date|time)\\s+(?:and\\s+time\\s+)?of\\s+(?:the\\s+)?next"
                    + "|^(?:the\\s+)?(?:purpose|aims?|objectives?|intention)\\s+of\\s+(?:th(?:is|e)\\s+)?(?:report|paper|item)");

    private FollowUpCues() {
    }

    /**
     * "Mr. Walsh agreed to examine the drainage": one person's undertaking is a follow-up. The verbs are looked for
     * in {@code lower} first: the pattern tries sixty subject lengths on every sentence.
     */
    private static boolean undertaking(String sentence, String lower) {
        if (!lower.contains("agreed") && !lower.contains("undertook") && !lower.contains("offered")
                && !lower.contains("volunteered") && !lower.contains("promised")) {
            return false;
        }
        Matcher m = UNDERTAKING.matcher(sentence);
        return m.lookingAt() && ResolutionExtractor.isUndertaking(m.group(1));
    }

    /** {@code lower} is the lower-cased sentence. */
    static boolean isFollowUp(String sentence, String lower) {
        boolean cue = modalAt(lower, false) >= 0
                || ((lower.contains("request") || lower.contains("asked") || lower.contains("suggested"))
                        && REQUEST.matcher(lower).find())
                || (lower.contains("further") && FURTHER.matcher(lower).find())
                || (lower.contains("meeting") && FUTURE_MEETING.matcher(lower).find()) || undertaking(sentence, lower)
                || Assignments.isAssignment(sentence);
        return cue && !NOT_AN_ACTION.matcher(lower).lookingAt() && !DeferralDetector.isDeferral(sentence, lower);
    }

    /**
     * Offset in {@code lower} of the modal that opens the first follow-up ("would", "is to", "to be"), or with
     * {@code modalsOnly} false also of a bare "be" ("comments be provided"); -1 when there is none.
     */
    static int modalAt(String lower, boolean modalsOnly) {
        int n = lower.length();
        int i = 0;
        while (i < n) {
            // Word by word; only words that can open a cue ("would", "will", "shall", "should", "must",
            // "is/are/was/were to", "to be", "be") are looked at closer.
            while (i < n && !isWordChar(lower.charAt(i))) {
                i++;
            }
            int end = wordEnd(lower, i);
            char c = i < n ? lower.charAt(i) : ' ';
            if (end - i > 6 || c >= 128 || !CUE_START[c]) {
                i = end;
                continue;
            }
            boolean modal = isWord(lower, i, end, "would") || isWord(lower, i, end, "will")
                    || isWord(lower, i, end, "shall") || isWord(lower, i, end, "should")
                    || isWord(lower, i, end, "must");
            boolean copula = isWord(lower, i, end, "is") || isWord(lower, i, end, "are") || isWord(lower, i, end, "was")
                    || isWord(lower, i, end, "were");
            boolean to = isWord(lower, i, end, "to");
            if (!modal && !copula && !to && !(!modalsOnly && isWord(lower, i, end, "be"))) {
                i = end;
                continue;
            }
            if ((copula || to) && !nextWordIs(lower, end, copula ? "to" : "be")) {
                // "to" and "is" are everywhere; only "is to" and "to be" open a cue, so look no further.
                i = end;
                continue;
            }
            List<int[]> spans = words(lower, i, 14);
            int verb = -1;
            if (modal) {
                verb = spans.size() > 1 && word(lower, spans.get(1)).equals("not") ? -1 : skipFillers(lower, spans, 1);
            } else if (copula || to) {
                String next = spans.size() > 1 ? word(lower, spans.get(1)) : "";
                verb = next.equals(copula ? "to" : "be") ? skipFillers(lower, spans, 1) : -1;
            } else {
                verb = 1;
            }
            if (verb >= 0 && verb < spans.size() && isFollowUpVerb(lower, spans, verb)) {
                return i;
            }
            i = end;
        }
        return -1;
    }

    private static boolean nextWordIs(String s, int from, String word) {
        int i = from;
        while (i < s.length() && !isWordChar(s.charAt(i))) {
            i++;
        }
        return isWord(s, i, wordEnd(s, i), word);
    }

    private static boolean isWord(String s, int start, int end, String word) {
        return end - start == word.length() && s.startsWith(word, start);
    }

    private static int wordEnd(String s, int i) {
        int j = i;
        while (j < s.length() && isWordChar(s.charAt(j))) {
            j++;
        }
        return j;
    }

    private static int skipFillers(String lower, List<int[]> spans, int from) {
        int j = from;
        while (j < spans.size() && j < from + 4 && FILLERS.contains(word(lower, spans.get(j)))) {
            j++;
        }
        return j;
    }

    private static boolean isFollowUpVerb(String lower, List<int[]> spans, int j) {
        String w = word(lower, spans.get(j));
        if (VERBS.contains(w)) {
            return true;
        }
        if (j + 1 < spans.size() && PHRASES.contains(w + " " + word(lower, spans.get(j + 1)))) {
            return true;
        }
        if (TAKE.contains(w)) {
            for (int k = j + 1; k < spans.size() && k <= j + 8; k++) {
                String w2 = word(lower, spans.get(k));
                if (w2.equals("back") || w2.equals("forward")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String word(String s, int[] span) {
        return s.substring(span[0], span[1]);
    }

    /** Up to {@code max} word spans from {@code from}. */
    private static List<int[]> words(String s, int from, int max) {
        List<int[]> out = new ArrayList<>(max);
        int n = s.length();
        int i = from;
        while (i < n && out.size() < max) {
            while (i < n && !isWordChar(s.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && isWordChar(s.charAt(i))) {
                i++;
            }
            if (i > start) {
                out.add(new int[]{start, i});
            }
        }
        return out;
    }

    private static boolean isWordChar(char c) {
        return c < 128 ? WORD_CHAR[c] : Character.isLetterOrDigit(c);
    }
}
