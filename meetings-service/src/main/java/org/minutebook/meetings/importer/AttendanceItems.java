package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;

import org.minutebook.meetings.importer.LineClassifier.Heading;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * Attendance minuted as early items of their own, as parish councils often do: "2) Present:" over "In the Chair
 * A.Vigrass, T.Dixon …", "3) Apologies" over "T.Martin, M.Norton". The heading's title is read as the list's label,
 * its lines as the list; the items stay items.
 */
final class AttendanceItems {

    /** How many of the first items are looked at: the lists come before the business. */
    private static final int EARLY_ITEMS = 4;

    private AttendanceItems() {
    }

    /** The lists under the first items' attendance headings, or null when none names anyone present. */
    static AttendanceParser.Result find(List<Line> lines, int firstItem) {
        List<PersonRecord> present = new ArrayList<>();
        List<PersonRecord> officers = new ArrayList<>();
        List<PersonRecord> inAttendance = new ArrayList<>();
        List<PersonRecord> apologies = new ArrayList<>();
        int start = -1;
        int end = -1;
        int heading = firstItem;
        for (int n = 0; n < EARLY_ITEMS && heading < lines.size(); n++) {
            int next = ItemSplitter.firstCandidate(lines, heading + 1);
            Heading h = LineClassifier.heading(lines.get(heading).text());
            if (h != null && AttendanceParser.isLabel(h.rest())) {
                List<Line> list = new ArrayList<>(next - heading);
                list.add(new Line(h.rest(), 0, false, false, false));
                list.addAll(lines.subList(heading + 1, next));
                AttendanceRecord a = AttendanceParser.parse(list, 0, list.size()).attendance();
                present.addAll(a.present());
                officers.addAll(a.officers());
                inAttendance.addAll(a.inAttendance());
                apologies.addAll(a.apologies());
                start = start < 0 ? heading : start;
                end = next;
            }
            heading = next;
        }
        if (present.isEmpty()) {
            return null;
        }
        return new AttendanceParser.Result(new AttendanceRecord(present, officers, inAttendance, apologies), start,
                end);
    }
}
