package org.minutebook.messaging.deadletter;

import java.util.List;

/** One page of a service's dead letters, oldest first; {@code total} and {@code open} count them all. */
public record DeadLetterPage(long total, long open, int page, int size, List<DeadLetter> results) {
}
