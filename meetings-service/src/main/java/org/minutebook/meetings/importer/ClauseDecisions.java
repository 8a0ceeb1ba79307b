package org.minutebook.meetings.importer;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decisions minuted after a clause rather than opening the sentence: "Following the Council's Complaints Procedure
 * …, it was RESOLVED that …", "… however it was agreed that …", and a heading's own text ending in its decision ("To
 * confirm the allowances: £156 per councillor: Agreed that this be paid.").
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

    private ClauseDecisions() {
    }

    /** The decision's text, or null; {@code lower} is the lower-cased sentence. */
    static String find(String sentence, String lower) {
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

    private static boolean isUpper(String s) {
        return s.equals(s.toUpperCase(Locale.ROOT));
    }
}
