package org.minutebook.meetings.importer;

import java.util.List;

import org.minutebook.meetings.record.ImportWarning;
import org.minutebook.meetings.record.MeetingRecord;

/** What the importer read: the record, what it was unsure of, and the text as it read it (warnings' lines). */
public record ParsedMinutes(MeetingRecord record, List<ImportWarning> warnings, List<String> lines) {

    public ParsedMinutes {
        warnings = List.copyOf(warnings);
        lines = List.copyOf(lines);
    }
}
