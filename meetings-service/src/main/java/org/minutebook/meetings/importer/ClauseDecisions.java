package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions minuted after a clause rather than opening the sentence: "Following the Council's Complaints Procedure
 * …, it was RESOLVED that …", "… however it was agreed that …", a heading's own text ending in its decision ("To
 * confirm the allowances: £156 per councillor: Agreed that this be paid."), and an election after a roll call.
 */
final class ClauseDecisions {

    // A capital verb, or a verb and "that", after "it was" is the minute's decision however long the clause before
    // it; "… however it was agreed to postpone" tells of the discussion.
    private static final Pattern IT_WAS = Pattern.compile("(?is)\\bit\\s+was\\s+(?:unanimously\\s+)?("
            + Vocabulary.alternation("decision.verbs") + ")\\b\\s*[:\\-\u2013\u2014]*\\s*(.*)");
    private static final Pattern THAT = Pattern.compile("(?i)that\\s");
    /**
     * "… were sympathetic to the complainant's position and thus also resolved that …": a second verb of the same
     * subject, joined by "and" and followed by "that", is a decision; "and had agreed that" tells of an earlier one.
     */
    private static final Pattern AND_VERB = Pattern
            .compile("(?is)\\b(?:and|thus|therefore|so)\\s+((?:\\p{L}+\\s+){0,2}?)("
                    + Vocabulary.alternation("decision.verbs") + ")\\s+that\\s+(.*)");
    private static final Set<String> NOT_NOW = Set.of("had", "has", "have", "not", "would", "will", "could", "should",
            "been", "be", "never", "previously", "already", "originally", "once");
    /** "… on a mower &amp; plants Resolved – to approve expenditure …": a capitalised verb and a dash, mid-line. */
    private static final Pattern LABEL_MID = Pattern.compile("(?s)\\s((?i:"
            + Vocabulary.alternation("decision.verbs") + "))\\s*(?::-|[:\\-\u2013\u2014])\\s+(.*)");
    /** After a colon or semicolon, a capitalised decision verb opens the decision. */
    private static final Pattern AFTER_COLON = Pattern.compile("(?s)[:;]\\s+((?i:"
            + Vocabulary.alternation("decision.verbs") + "))\\b\\s*[:\\-\u2013\u2014]*\\s*(.*)");

    /** The one-word titles ("cllr", "councillor", "mr"): "the" of "the Mayor" opens no name. */
    private static final Set<String> TITLES = Set.copyOf(Vocabulary.phrases("person.honorifics").stream()
            .filter(p -> p.indexOf(' ') < 0).toList());
    /** How far back from "declared elected" the elected person's title may stand, in words. */
    private static final int MAX_ELECTED_WORDS = 20;

    private ClauseDecisions() {
    }

    /** The decision's text, or null; {@code lower} is the lower-cased sentence. */
    static String find(String sentence, String lower) {
        // Offsets in lower are offsets in the sentence only when lower-casing kept its length.
        int elected = lower.length() == sentence.length() ? lower.indexOf("declared elected") : -1;
        if (elected > 0) {
            String e = elected(sentence, elected);
            if (e != null) {
                return e;
            }
        }
        if (lower.contains("it was")) {
            Matcher late = IT_WAS.matcher(sentence);
            if (late.find() && (isUpper(late.group(1)) || THAT.matcher(late.group(2)).lookingAt())) {
                return late.group(2);
            }
        }
        if (lower.contains(" that ")) {
            Matcher and = AND_VERB.matcher(sentence);
            if (and.find() && isNow(and.group(1))) {
                return and.group(3);
            }
        }
        boolean marked = sentence.indexOf(':') >= 0 || sentence.indexOf('-') >= 0 || sentence.indexOf('\u2013') >= 0
                || sentence.indexOf('\u2014') >= 0;
        Matcher mid = marked ? LABEL_MID.matcher(sentence) : null;
        while (mid != null && mid.find()) {
            if (Character.isUpperCase(mid.group(1).charAt(0)) && !mid.group(2).isBlank()) {
                return mid.group(2);
            }
        }
        if (sentence.indexOf(':') >= 0 || sentence.indexOf(';') >= 0) {
            Matcher colon = AFTER_COLON.matcher(sentence);
            while (colon.find()) {
                if (Character.isUpperCase(colon.group(1).charAt(0)) && !colon.group(2).isBlank()) {
                    return colon.group(2);
                }
            }
        }
        return null;
    }

    /**
     * "… Cllr. Mary Farrell 4 Cllr. Joe Sullivan, on receiving the vote of the majority, was declared elected as
     * Cathaoirleach.": after a roll call run into the sentence, the decision opens at the last title before the verb
     * with no figure between.
     */
    private static String elected(String sentence, int verb) {
        String[] words = Text.words(sentence.substring(0, verb));
        int offset = verb;
        for (int w = words.length - 1, seen = 0; w >= 0 && seen < MAX_ELECTED_WORDS; w--, seen++) {
            String word = words[w];
            offset = sentence.lastIndexOf(word, offset - 1);
            if (offset < 0 || Character.isDigit(word.charAt(0))) {
                return null;
            }
            if (TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT))) {
                return sentence.substring(offset);
            }
        }
        return null;
    }

    private static boolean isNow(String between) {
        for (String w : Text.words(between)) {
            if (NOT_NOW.contains(w.toLowerCase(Locale.ROOT))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
