package org.minutebook.meetings.rest;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;

import org.minutebook.meetings.importer.ParsedMinutes;
import org.minutebook.meetings.record.ImportWarning;
import org.minutebook.meetings.record.MeetingRecord;

/**
 * The meeting record an import gives, with what the importer was unsure of. A dry run adds the text as the importer
 * read it ({@code lines}, which the warnings' line numbers count), for a clerk to review beside the record.
 */
public record ImportedMeeting(@JsonUnwrapped MeetingRecord record, List<ImportWarning> warnings,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<String> lines) {

    static ImportedMeeting read(ParsedMinutes parsed) {
        return new ImportedMeeting(parsed.record(), parsed.warnings(), parsed.lines());
    }

    static ImportedMeeting stored(ParsedMinutes parsed) {
        return new ImportedMeeting(parsed.record(), parsed.warnings(), null);
    }
}
