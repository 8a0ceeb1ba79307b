package org.minutebook.meetings.importer;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.meetings.importer.HeaderParser.Header;
import org.minutebook.meetings.importer.ItemSplitter.RawItem;
import org.minutebook.meetings.record.AttendanceRecord;
import org.minutebook.meetings.record.ItemRecord;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.meetings.record.MeetingStatus;

/**
 * Minutes text (markdown, HTML remnants, or what Tika extracts from PDF/DOCX/HTML) to a {@link MeetingRecord}.
 * Stateless and thread-safe: a CDI bean or a plain {@code new MinutesParser()}.
 */
@ApplicationScoped
public class MinutesParser {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /**
     * @param committeeHint used when the text does not name its committee ("A meeting of … was held"); may be null
     * @throws NotMinutesException when the text is empty, has no meeting date, or neither attendance nor items
     */
    public MeetingRecord parse(String text, String committeeHint) {
        return read(text, committeeHint).record();
    }

    /** As {@link #parse}, with what the parser was unsure of and the text as it read it. */
    public ParsedMinutes read(String text, String committeeHint) {
        return read(text, committeeHint, null);
    }

    /**
     * @param fileName the uploaded file's name, may be null: minutes whose text carries no date at all are often
     *        filed by it ("20240624.txt", "minutes-2016-06-21.pdf"), and the date is then taken from there
     */
    public ParsedMinutes read(String text, String committeeHint, String fileName) {
        if (text == null || text.isBlank()) {
            throw new NotMinutesException("empty document");
        }
        List<Line> lines = TextCleaner.clean(text);
        int firstItem = ItemSplitter.firstCandidate(lines, 0);
        Header header = HeaderParser.parse(lines, firstItem, committeeHint);
        if (header.date() == null) {
            header = header.withFileDate(FileNameDate.fromFileName(fileName));
        }
        if (header.date() == null) {
            throw new NotMinutesException("no meeting date found");
        }
        AttendanceParser.Result attendance = AttendanceParser.parse(lines, firstItem);
        AttendanceParser.Result roll = noOneListed(attendance.attendance())
                ? AttendanceParser.rollCall(lines, firstItem)
                : null;
        if (roll == null && noOneListed(attendance.attendance())) {
            roll = AttendanceItems.find(lines, firstItem);
        }
        if (roll != null) {
            attendance = withApologies(roll, attendance.attendance());
        }
        if (isEmpty(attendance.attendance())) {
            AttendanceParser.Result closing = AttendanceParser.trailing(lines, firstItem);
            attendance = closing != null ? closing : attendance;
        }
        List<Line> body = lines;
        // A roll call, or attendance items, are the first items' text: the items start at the first heading.
        int from = roll != null ? firstItem : attendance.endLine();
        if (roll == null && attendance.closesDocument(lines.size())) {
            // The items come before a closing attendance list; what follows it is an appendix (papers, links).
            body = lines.subList(0, attendance.startLine());
            from = header.dateInHeading() && header.dateLine() >= 0 ? header.dateLine() + 1 : 0;
        }
        List<RawItem> raw = ItemSplitter.split(body, from);
        if (raw.isEmpty() && isEmpty(attendance.attendance())) {
            throw new NotMinutesException("no attendance list or numbered items found");
        }
        Roster roster = new Roster(attendance.attendance());
        // Every item is kept: more than a record holds is refused by its validation, never cut short silently.
        List<ItemRecord> items = new ArrayList<>(raw.size());
        for (RawItem r : raw) {
            items.add(ItemBuilder.build(r, roster, header.date()));
        }
        String committee = header.committee() == null ? "Unknown committee" : header.committee();
        String startTime = header.startTime() == null ? null : TIME.format(header.startTime());
        AttendanceRecord present = ApologiesInItems.apply(
                UnlabelledMembers.apply(attendance.attendance(), lines, firstItem), items);
        MeetingRecord record = new MeetingRecord(null, committee, header.date(), startTime, header.location(),
                MeetingStatus.DRAFT, present, items);
        List<String> texts = new ArrayList<>(lines.size());
        lines.forEach(l -> texts.add(l.text()));
        return new ParsedMinutes(record, ImportWarnings.of(lines, header, present, items), texts);
    }

    private static boolean noOneListed(AttendanceRecord a) {
        return a.present().isEmpty() && a.officers().isEmpty() && a.inAttendance().isEmpty();
    }

    /** The roll call's lists, with the heading's apologies when the roll call gives none. */
    private static AttendanceParser.Result withApologies(AttendanceParser.Result roll, AttendanceRecord heading) {
        AttendanceRecord r = roll.attendance();
        if (!r.apologies().isEmpty() || heading.apologies().isEmpty()) {
            return roll;
        }
        return new AttendanceParser.Result(new AttendanceRecord(r.present(), r.officers(), r.inAttendance(),
                heading.apologies()), roll.startLine(), roll.endLine());
    }

    private static boolean isEmpty(AttendanceRecord a) {
        return a.present().isEmpty() && a.officers().isEmpty() && a.inAttendance().isEmpty()
                && a.apologies().isEmpty();
    }
}
