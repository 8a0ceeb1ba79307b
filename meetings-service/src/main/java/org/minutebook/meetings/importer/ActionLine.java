package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.PersonRecord;

/**
 * An action written out on its own line: "Action: DCLG to obtain advice from CIPFA.", "ACTION: Clerk to write to
 * the highways team", "Action: Panel members to draft a statement (Chris Taggart/Janet Hughes)". The words before
 * "to" name the owner; names in closing brackets, when there are any, are the owners instead.
 */
final class ActionLine {

    record Parsed(String text, List<String> owners) {
    }

    private static final Pattern LINE = Pattern
            .compile("(?i)^actions?(?:\\s+\\d{1,3})?\\s*(?:by|for)?\\s*[:\\-\u2013]\\s*"
                    + "(([\\p{Lu}][\\p{L}.'&/, -]{0,60}?)\\s+to\\s+\\p{L}.*)$");
    private static final Pattern CLOSING_NAMES = Pattern.compile("\\(([^()]{3,80})\\)\\s*\\.?$");
    private static final int MAX_OWNER_WORDS = 5;
    private static final Pattern SPLIT = Pattern.compile("\\s*[/,&]\\s*|\\s+and\\s+");

    private ActionLine() {
    }

    /** The action and its owners as written, or null when the line is not such an action. */
    static Parsed parse(String line) {
        Matcher m = LINE.matcher(line.strip());
        if (!m.matches()) {
            return null;
        }
        String text = m.group(1).strip();
        Matcher names = CLOSING_NAMES.matcher(text);
        List<String> owners = names.find() ? people(names.group(1)) : null;
        if (owners == null || owners.isEmpty()) {
            owners = owners(m.group(2));
        }
        return owners == null ? null : new Parsed(text, owners);
    }

    /** "(Chris Taggart/Janet Hughes)": full names or titled ones, all of them, else null. */
    private static List<String> people(String inner) {
        List<String> titled = OwnerCell.parse(inner);
        if (titled != null) {
            return titled;
        }
        List<String> out = new ArrayList<>(2);
        for (String part : SPLIT.split(inner)) {
            PersonRecord p = PersonParser.parse(part.strip());
            if (p == null || Text.words(p.name()).length < 2 || !Names.looksLikeName(p.name())) {
                return null;
            }
            out.add(p.name());
        }
        return out.isEmpty() ? null : out;
    }

    /** "DCLG", "Clerk", "Cllr Smith and the Clerk", "Local Government Group": a short capitalised subject. */
    private static List<String> owners(String subject) {
        List<String> named = OwnerCell.parse(subject);
        if (named != null) {
            return named;
        }
        String s = PersonParser.trimPunctuation(subject);
        // "The Open Standards team to engage …": the owner is the team, not "The …".
        s = s.regionMatches(true, 0, "the ", 0, 4) ? s.substring(4).strip() : s;
        String[] words = Text.words(s);
        if (words.length == 0 || words.length > MAX_OWNER_WORDS || LineClassifier.sentenceLike(s)) {
            return null;
        }
        if (Vocabulary.listOf(words[0], "followup.verbs") != null) {
            return List.of(); // "Action: Send letters to external members …": an action nobody was named for
        }
        List<String> out = new ArrayList<>(1);
        out.add(s);
        return out;
    }
}
