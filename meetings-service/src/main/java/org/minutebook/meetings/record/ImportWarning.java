package org.minutebook.meetings.record;

/**
 * Something the importer was unsure of: the field it concerns (the paths of validation violations: "date",
 * "attendance.present[2]", "items[3].number") and the 1-based line of the document text it read, or null.
 */
public record ImportWarning(String field, Integer line, String message) {
}
