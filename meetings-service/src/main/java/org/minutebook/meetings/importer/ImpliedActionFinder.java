package org.minutebook.meetings.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.importer.BlockBuilder.Block;
import org.minutebook.meetings.record.ActionRecord;
import org.minutebook.meetings.record.ActionRecord.Source;
import org.minutebook.meetings.record.AssigneeRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * Follow-ups set in the discussion rather than the ACTION column: "Steven Hume would take comments back to the next
 * meeting", "comments be provided by 1st July 2016", "It was requested that …", "Further updates will be given".
 * The owner is an attendee named in the sentence, else the person or body the sentence names ("by …", the subject).
 */
final class ImpliedActionFinder {

    private static final Pattern DUE = Pattern
            .compile("(?i)\\b(?:by|before|no\\s+later\\s+than|prior\\s+to)\\s+(?:the\\s+)?(?:end\\s+of\\s+)?");
    private static final Pattern BY_NAME = Pattern
            .compile("\\b(?:by|to)\\s+(?:the\\s+)?((?:(?:Cllr|Councillor|Chief\\s+"
                    + "Insp(?:ector)?|Insp(?:ector)?|Mr|Mrs|Ms|Dr)\\.?\\s+)?[A-Z][\\p{L}'\u2019\\-]+(?:\\s+[A-Z][\\p{L}'\u2019\\-]+){1,4})");
    private static final Pattern SUBJECT = Pattern
            .compile("^(?:The\\s+)?((?:[A-Z][\\p{L}'\u2019&\\-]*\\s+(?:(?:of|for|and)\\s+(?:the\\s+)?)?){1,6})$");
    private static final Set<String> PRONOUNS = Set.of("It", "This", "That", "There", "They", "He", "She", "We",
            "Which", "These", "Those", "Once", "Following", "Further", "Arrangements", "Comments", "Any");

    private ImpliedActionFinder() {
    }

    static List<ActionRecord> find(List<Block> blocks, Set<String> skip, Roster roster, LocalDate meeting) {
        Set<String> seen = new LinkedHashSet<>();
        List<ActionRecord> out = new ArrayList<>();
        for (Block b : blocks) {
            if (b.action() || skip.contains(b.text())) {
                continue;
            }
            for (int k = 0; k < b.sentences().size(); k++) {
                String sentence = b.sentences().get(k);
                if (out.size() >= 50 || !FollowUpCues.isFollowUp(sentence, b.lowerSentences().get(k))
                        || !seen.add(sentence)) {
                    continue;
                }
                out.add(action(sentence, roster, meeting));
            }
        }
        return out;
    }

    static boolean isFollowUp(String sentence) {
        return FollowUpCues.isFollowUp(sentence, sentence.toLowerCase(Locale.ROOT));
    }

    private static ActionRecord action(String sentence, Roster roster, LocalDate meeting) {
        List<String> owners = new ArrayList<>(roster.mentionedIn(sentence));
        List<AssigneeRecord> assignees = new ArrayList<>(owners.size());
        for (String name : owners) {
            assignees.add(new AssigneeRecord(null, name));
        }
        if (owners.isEmpty()) {
            String named = Assignments.owner(sentence);
            named = named != null ? named : namedOwner(sentence);
            if (named != null) {
                owners.add(named);
            }
        }
        return new ActionRecord(PersonParser.clip(sentence, 5_000), owners.subList(0, Math.min(20, owners.size())),
                assignees.subList(0, Math.min(20, assignees.size())), due(sentence, meeting), Source.TEXT);
    }

    /** "by Chief Insp Mick Williams" -> Mick Williams; else a capitalised subject ("The Director of … will …"). */
    private static String namedOwner(String sentence) {
        Matcher by = BY_NAME.matcher(sentence);
        if ((sentence.contains("by ") || sentence.contains("to ")) && by.find()) {
            PersonRecord p = PersonParser.parse(by.group(1));
            return p != null ? p.name() : PersonParser.clip(by.group(1), 200);
        }
        String lower = sentence.toLowerCase(Locale.ROOT);
        int at = lower.length() == sentence.length() ? FollowUpCues.modalAt(lower, true) : -1;
        if (at > 0) {
            Matcher subject = SUBJECT.matcher(sentence.substring(0, at));
            if (subject.matches()) {
                String s = subject.group(1).strip();
                String firstWord = Text.words(s)[0];
                return PRONOUNS.contains(firstWord) ? null : PersonParser.clip(s, 200);
            }
        }
        return null;
    }

    private static LocalDate due(String sentence, LocalDate meeting) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        if (!lower.contains("by ") && !lower.contains("before") && !lower.contains("prior to")
                && !lower.contains("later than") && !lower.contains("end of")) {
            return null;
        }
        Matcher m = DUE.matcher(sentence);
        while (m.find()) {
            DateParser.DateMatch d = DateParser.find(sentence.substring(m.end()), meeting);
            if (d != null && d.start() == 0) {
                return d.date();
            }
        }
        return DateParser.relative(sentence, meeting);
    }
}
