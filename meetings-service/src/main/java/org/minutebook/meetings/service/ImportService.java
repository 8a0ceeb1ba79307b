package org.minutebook.meetings.service;

import java.util.Comparator;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.minutebook.meetings.importer.DocumentText;
import org.minutebook.meetings.importer.DocumentTooLargeException;
import org.minutebook.meetings.importer.MinutesParser;
import org.minutebook.meetings.importer.NotMinutesException;
import org.minutebook.meetings.importer.ParsedMinutes;
import org.minutebook.meetings.importer.UnreadableDocumentException;
import org.minutebook.meetings.record.MeetingRecord;
import org.minutebook.shared.problem.Problem;
import org.minutebook.shared.problem.ProblemException;

/** Minutes documents in, meeting records out: recorded through the same path as {@code POST /api/meetings}. */
@ApplicationScoped
public class ImportService {

    /** One uploaded document. {@code mediaType} and {@code fileName} may be null. */
    public record Document(byte[] content, String mediaType, String fileName) {
    }

    private final DocumentText documentText;
    private final MinutesParser parser;
    private final Validator validator;
    private final MeetingService meetings;
    private final ImportSlots slots;

    public ImportService(DocumentText documentText, MinutesParser parser, Validator validator,
            MeetingService meetings, ImportSlots slots) {
        this.slots = slots;
        this.documentText = documentText;
        this.parser = parser;
        this.validator = validator;
        this.meetings = meetings;
    }

    /** What the document gives, the record checked like a posted one, without storing anything. */
    public ParsedMinutes read(Document document, String committee) {
        ParsedMinutes parsed;
        slots.acquire();
        try {
            String text = documentText.extract(document.content(), document.mediaType(), document.fileName());
            parsed = parser.read(text, blankToNull(committee), document.fileName());
        } catch (NotMinutesException | UnreadableDocumentException e) {
            throw ProblemException.unprocessable("Not minutes: " + e.getMessage());
        } catch (DocumentTooLargeException e) {
            throw new ProblemException(Problem.of(413, "Content Too Large", "Too large: " + e.getMessage()));
        } finally {
            slots.release();
        }
        Set<ConstraintViolation<MeetingRecord>> violations = validator.validate(parsed.record());
        if (!violations.isEmpty()) {
            throw ProblemException.unprocessable("The minutes were read but do not make a valid record: "
                    + violations.stream().sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
                            .map(v -> v.getPropertyPath() + " " + v.getMessage())
                            .collect(Collectors.joining("; ")));
        }
        return parsed;
    }

    /** The stored record, and the warnings of the reading it came from. */
    public ParsedMinutes importDocument(Document document, String committee, Storing storing) {
        ParsedMinutes parsed = read(document, committee);
        return new ParsedMinutes(meetings.save(parsed.record(), storing), parsed.warnings(), parsed.lines());
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
