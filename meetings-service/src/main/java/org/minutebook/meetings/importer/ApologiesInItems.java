package org.minutebook.meetings.importer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * Apologies written as the text of an early item ("1. Apologies for absence" / "Apologies were received from
 * Councillors Brown and Green."), when the heading carried no Apologies list.
 */
final class ApologiesInItems {

    private static final int EARLY_ITEMS = 3;
    private static final String WORDS = Vocabulary.alternation("apologies.words");
    private static final Pattern FROM = Pattern.compile("(?i)\\b" + WORDS + "\\b[^.]*?\\b"
            + Vocabulary.alternation("apologies.from") + "\\s+(?!absence\\b)([^.;]+)");
    private static final Pattern IN_TITLE = Pattern.compile("(?i)\\b" + WORDS + "\\b");
    /** "Cllr. Brown", "Mr. A. Smith": the stops of abbreviations and initials do not end the sentence. */
    private static final Pattern ABBREVIATION_STOP = Pattern.compile("(?<=\\b(?:Cllrs?|Mrs?|Ms|Dr|Rev|[A-Z]))\\.");
    private static final Pattern TAIL = Pattern.compile("(?i)\\s+(?:who\\s|due\\s+to|because|as\\s+(?:he|she|they)\\b"
            + "|for\\s+(?:this|the)\\s+meeting|and\\s+(?:these|they)\\s+were|(?:were|was|be|are)\\s+(?:noted|accepted|received)).*");

    private ApologiesInItems() {
    }

    static AttendanceRecord apply(AttendanceRecord a, List<ItemRecord> items) {
        if (!a.apologies().isEmpty()) {
            return a;
        }
        for (int i = 0; i < Math.min(EARLY_ITEMS, items.size()); i++) {
            ItemRecord item = items.get(i);
            // "134. Personal Matters" / "Apologies were received from …": the text may say it when the title does not.
            if (item.text() == null || !IN_TITLE.matcher(item.title()).find()
                    && !item.text().regionMatches(true, 0, "apolog", 0, 6)) {
                continue;
            }
            List<PersonRecord> people = fromText(item.text());
            if (!people.isEmpty()) {
                return new AttendanceRecord(a.present(), a.officers(), a.inAttendance(), people);
            }
        }
        return a;
    }

    /**
     * "1.0 Apologies from Sue Smith, Dave Koller": a heading that lists the apologies itself. The title before the
     * names ("Apologies"), or null when the heading names no one after "from".
     */
    static String titleWithoutNames(String title) {
        int from = title.toLowerCase(Locale.ROOT).indexOf(" from ");
        if (from <= 0 || !IN_TITLE.matcher(title.substring(0, from)).find() || fromText(title).isEmpty()) {
            return null;
        }
        return title.substring(0, from).strip();
    }

    static List<PersonRecord> fromText(String text) {
        Matcher m = FROM.matcher(ABBREVIATION_STOP.matcher(text).replaceAll(""));
        if (!m.find()) {
            return List.of();
        }
        String names = TAIL.matcher(m.group(1)).replaceFirst("");
        return AttendanceEntries.people(names).stream().filter(p -> Names.looksLikeName(p.name())).toList();
    }
}
