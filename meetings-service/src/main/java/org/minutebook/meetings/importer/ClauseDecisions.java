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

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
