package org.minutebook.meetings.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.minutebook.meetings.importer.HeaderParser.Header;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.ImportWarning;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.PersonRecord;

/**
 * What a clerk should check before trusting an import: no Present list, entries that are not names, numbering that
 * skips or goes back, items without a single resolution, a date read from somewhere other than the heading.
 */
final class ImportWarnings {

    private ImportWarnings() {
    }

    static List<ImportWarning> of(List<Line> cleaned, Header header, AttendanceRecord attendance,
            List<ItemRecord> items) {
        List<String> lines = new ArrayList<>(cleaned.size());
        cleaned.forEach(l -> lines.add(l.text().toLowerCase(Locale.ROOT)));
        List<ImportWarning> out = new ArrayList<>();
        if (!header.dateInHeading()) {
            out.add(new ImportWarning("date", lineNumber(header.dateLine()), header.dateLine() < 0
                    ? "the text gives no date: it was taken from the file's name"
                    : "the date was taken from the text, not from the heading: check it is the meeting's"));
        }
        if (header.yearInferred()) {
            out.add(new ImportWarning("date", lineNumber(header.dateLine()), "the minutes give no year: "
                    + header.date().getYear() + " is the latest in which " + header.date().getDayOfMonth() + " "
                    + header.date().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                    + " fell on a " + header.date().getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL,
                            Locale.UK)));
        }
        if (header.committee() == null) {
            out.add(new ImportWarning("committee", null, "the minutes do not name their committee"));
        }
        if (attendance.present().isEmpty()) {
            out.add(new ImportWarning("attendance.present", null, "no Present list found"));
        }
        names(lines, "attendance.present", attendance.present(), out);
        names(lines, "attendance.officers", attendance.officers(), out);
        names(lines, "attendance.inAttendance", attendance.inAttendance(), out);
        names(lines, "attendance.apologies", attendance.apologies(), out);
        numbering(lines, items, out);
        if (!items.isEmpty() && items.stream().allMatch(i -> i.resolutions().isEmpty())) {
            out.add(new ImportWarning("items", null, "no resolutions found in " + items.size() + " items"));
        }
        return out;
    }

    private static void names(List<String> lines, String field, List<PersonRecord> people, List<ImportWarning> out) {
        for (int i = 0; i < people.size(); i++) {
            String name = people.get(i).name();
            if (!Names.looksLikeName(name)) {
                out.add(new ImportWarning(field + "[" + i + "]", lineNumber(find(lines, name, 0)),
                        "'" + PersonParser.clip(name, 80) + "' does not look like a person's name"));
            }
        }
    }

    private static void numbering(List<String> lines, List<ItemRecord> items, List<ImportWarning> out) {
        int from = 0;
        Integer previous = null;
        for (int i = 0; i < items.size(); i++) {
            ItemRecord item = items.get(i);
            int at = find(lines, item.title(), from);
            from = at < 0 ? from : at;
            Integer major = major(item.number());
            if (major != null && previous != null && major > previous + 1) {
                out.add(new ImportWarning("items[" + i + "].number", lineNumber(at),
                        "item numbering jumps from " + previous + " to " + major + ": an item may be missing"));
            } else if (major != null && previous != null && major < previous) {
                out.add(new ImportWarning("items[" + i + "].number", lineNumber(at),
                        "item " + item.number() + " follows item " + previous + ": printed out of order?"));
            }
            previous = major != null ? major : previous;
        }
    }

    /** The leading number of "7", "6(a)", "12.3", or null for a reference such as "SSP/1524". */
    private static Integer major(String number) {
        int end = 0;
        while (end < number.length() && end < 6 && Character.isDigit(number.charAt(end))) {
            end++;
        }
        return end > 0 ? Integer.valueOf(number.substring(0, end)) : null;
    }

    /** The first of the lower-cased lines at or after {@code from} that holds the start of {@code text}, or -1. */
    private static int find(List<String> lines, String text, int from) {
        String needle = (text.length() > 40 ? text.substring(0, 40) : text).toLowerCase(Locale.ROOT);
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (lines.get(i).contains(needle)) {
                return i;
            }
        }
        return -1;
    }

    private static Integer lineNumber(int index) {
        return index < 0 ? null : index + 1;
    }
}
