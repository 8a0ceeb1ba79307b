package org.minutebook.meetings.importer;

/** The text is not a set of minutes: the message says what was missing ("no meeting date found"). */
public class NotMinutesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotMinutesException(String message) {
        super(message);
    }
}
