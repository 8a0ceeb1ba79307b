package org.minutebook.messaging.deadletter;

/** Why a dead letter could not be found or replayed; a service's resource answers them as problems. */
public final class DeadLetterFailures {

    private DeadLetterFailures() {
    }

    /** No dead letter of this service at these coordinates. */
    public static final class Unknown extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Unknown(String topic, int partition, long offset) {
            super("No dead letter of this service at " + topic + "/" + partition + "/" + offset);
        }
    }

    /** Applied again, it failed again: it stays open, with this reason. */
    public static final class FailedAgain extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient DeadLetter deadLetter;
        private final String reason;

        FailedAgain(DeadLetter deadLetter, String reason, Throwable failure) {
            super("The dead letter at " + deadLetter.topic() + "/" + deadLetter.partition() + "/"
                    + deadLetter.offset() + " failed again: " + reason, failure);
            this.deadLetter = deadLetter;
            this.reason = reason;
        }

        public DeadLetter deadLetter() {
            return deadLetter;
        }

        public String reason() {
            return reason;
        }
    }
}
