package org.minutebook.messaging.deadletter;

import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The headers of a dead-lettered record: the connector's (the failure and where the record came from) and
 * {@link #CONSUMER_GROUP}, ours. Two services dead-letter minutes.meetings into one topic; the group tells whose
 * record it is.
 */
public final class DeadLetterHeaders {

    public static final String CONSUMER_GROUP = "dead-letter-consumer-group";
    static final String REASON = "dead-letter-reason";
    static final String EXCEPTION = "dead-letter-exception-class-name";
    static final String CAUSE = "dead-letter-cause";
    static final String CAUSE_CLASS = "dead-letter-cause-class-name";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    private DeadLetterHeaders() {
    }

    /** The last value of {@code name}, or null. */
    static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    static Long number(Headers headers, String name) {
        String text = text(headers, name);
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
