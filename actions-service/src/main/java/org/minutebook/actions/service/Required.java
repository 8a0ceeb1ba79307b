package org.minutebook.actions.service;

/** Guards for event fields the contract requires; a violation sends the event to the dead-letter topic. */
final class Required {

    private Required() {
    }

    static <T> T notNull(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("Event data lacks required field " + field);
        }
        return value;
    }

    static String notBlank(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Event data lacks required field " + field);
        }
        return value;
    }
}
