package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.minutebook.meetings.record.PersonRecord;

/**
 * Council staff named without a list label: a block of "C Pinnells, Acting Town Clerk" lines under the members, and
 * the sentence "The Town Clerk, Mrs. L.M. Phillips, the Town Clerk's Assistant, Mrs. M.C. Vincent and a member of
 * the public were also present." A post is staff when it ends with a word of {@code attendance.staff}.
 */
final class StaffLines {

    /** The people of an "… were also present." sentence and whether its posts make them the officers. */
    record AlsoPresent(List<PersonRecord> people, boolean officers) {
    }

    private static final Pattern ALSO = Pattern
            .compile("(?i)(.{3,400}?)\\s+(?:were|was)\\s+also\\s+(?:present|in\\s+attendance)\\.?");
    private static final Pattern AND = Pattern.compile("\\s+and\\s+");

    private StaffLines() {
    }

    /**
     * Whether line {@code i} opens a block of staff rows after a blank line: after another list's names only when the
     * next line is one too (a "Name, Director" line alone may be a member's entry).
     */
    static boolean opensBlock(List<Line> lines, int i, int start, boolean noListOpen) {
        if (!(i == start || lines.get(i - 1).blank()) || !row(lines.get(i).text())) {
            return false;
        }
        return noListOpen || i + 1 < lines.size() && !lines.get(i + 1).blank() && row(lines.get(i + 1).text());
    }

    /** "C Pinnells, Acting Town Clerk": one name, a comma, one staff post. */
    static boolean row(String t) {
        int comma = t.indexOf(',');
        if (comma <= 0 || t.indexOf(',', comma + 1) >= 0) {
            return false;
        }
        PersonRecord p = PersonParser.parse(t.substring(0, comma));
        return p != null && Text.words(p.name()).length <= 4 && Names.looksLikeName(p.name())
                && staffPost(t.substring(comma + 1));
    }

    /** The people such a sentence names (the posts and "a member of the public" are nobody), or null. */
    static AlsoPresent alsoPresent(String t) {
        Matcher m = ALSO.matcher(t.strip());
        if (!m.matches()) {
            return null;
        }
        List<PersonRecord> people = new ArrayList<>();
        boolean staff = false;
        for (String entry : AttendanceEntries.entries(m.group(1))) {
            for (String part : AND.split(entry.strip())) {
                String e = PersonParser.trimPunctuation(part);
                PersonRecord p = staffPost(e) ? null : PersonParser.parse(e);
                staff |= staffPost(e);
                if (p != null && p.honorific() != null && Names.looksLikeName(p.name())) {
                    people.add(p);
                }
            }
        }
        return people.isEmpty() ? null : new AlsoPresent(people, staff);
    }

    /** Adds {@code people} to a list, skipping those already in it. */
    static void addTo(List<PersonRecord> list, List<PersonRecord> people) {
        for (PersonRecord p : people) {
            String key = AttendanceEntries.key(p.name());
            if (list.stream().noneMatch(q -> AttendanceEntries.key(q.name()).equals(key))) {
                list.add(p);
            }
        }
    }

    /** "Acting Town Clerk", "the Town Clerk’s Assistant", "Committee Services Officer". */
    static boolean staffPost(String post) {
        String[] words = Text.words(post.strip().toLowerCase(Locale.ROOT));
        return words.length > 0 && words.length <= 6
                && Vocabulary.listOf(words[words.length - 1], "attendance.staff") != null;
    }
}
