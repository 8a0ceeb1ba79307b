package org.minutebook.meetings.importer;

/** The upload is not a document this service can read (corrupt PDF, an image, binary junk). */
public class UnreadableDocumentException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public UnreadableDocumentException(String message) {
        super(message);
    }
}
