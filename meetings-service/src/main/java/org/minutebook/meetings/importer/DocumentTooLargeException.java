package org.minutebook.meetings.importer;

/** The document would unpack or extract beyond what one meeting's minutes can be: refused as too large (413). */
public class DocumentTooLargeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DocumentTooLargeException(String message) {
        super(message);
    }
}
