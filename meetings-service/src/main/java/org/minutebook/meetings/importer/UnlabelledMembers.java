package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * The members listed without a label under the heading, as town councils print them: "Councillor Moira Thomas
 * (Mayor) Councillors Graham Davies, Ken Edwards, Mrs Jean Hire …" above "In attendance: …". A paragraph before the
 * first item that opens with a councillor's title and lists names is who was present, when no list says so.
 */
final class UnlabelledMembers {

    private static final Set<String> MEMBER_TITLES = Set.copyOf(Vocabulary.phrases("person.member.titles"));
    private static final int MIN_NAMES = 3;

    private UnlabelledMembers() {
    }

    /** {@code a} with its present list taken from such a paragraph, or {@code a} itself when there is none. */
    static AttendanceRecord apply(AttendanceRecord a, List<Line> lines, int firstItem) {
        if (!a.present().isEmpty()) {
            return a;
        }
        for (int i = 0; i < Math.min(firstItem, lines.size()); i++) {
            String t = lines.get(i).text();
            if (lines.get(i).blank() || !opensWithMemberTitle(t) || !AttendanceParser.nameList(t)) {
                continue;
            }
            List<PersonRecord> people = new ArrayList<>();
            for (PersonRecord p : AttendanceEntries.people(t)) {
                if (Names.looksLikeName(p.name())) {
                    people.add(p);
                }
            }
            if (people.size() >= MIN_NAMES) {
                return new AttendanceRecord(people, a.officers(), a.inAttendance(), a.apologies());
            }
        }
        return a;
    }

    private static boolean opensWithMemberTitle(String t) {
        int space = t.indexOf(' ');
        return space > 0 && MEMBER_TITLES.contains(t.substring(0, space).replace(".", "").toLowerCase(Locale.ROOT));
    }
}
