package org.minutebook.messaging.consumer;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.time.Duration;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.jboss.logging.Logger;

/**
 * Tells a failure that will pass (the database restarting, a lost connection, a serialisation conflict) from one that
 * will not (a malformed or unknown event). A consumer retries the first kind in place, keeping its partition's order,
 * and sends only the second kind to the dead-letter topic: a database outage must not park good events. See
 * {@link ConsumerGuard}, which consumers go through.
 */
public final class TransientFailures {

    private static final Logger LOG = Logger.getLogger(TransientFailures.class);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    private static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private TransientFailures() {
    }

    /**
     * True when something in the cause chain, or suppressed along it, says "try again later": a commit that failed
     * because the server was shutting down carries the reason as a suppressed exception.
     */
    public static boolean isTransient(Throwable failure) {
        return isTransient(failure, 0);
    }

    private static boolean isTransient(Throwable t, int depth) {
        if (t == null || depth > 16) {
            return false;
        }
        if (t instanceof SQLTransientException || t instanceof SQLRecoverableException
                || t instanceof ConnectException) {
            return true;
        }
        if (t instanceof SQLException sql && isTransient(sql)) {
            return true;
        }
        String message = t.getMessage() == null ? "" : t.getMessage().toLowerCase(Locale.ROOT);
        if (message.contains("terminating connection due to administrator command")) {
            return true; // 57P01, also when only the message survived (an XAException from a failed commit)
        }
        for (Throwable suppressed : t.getSuppressed()) {
            if (isTransient(suppressed, depth + 1)) {
                return true;
            }
        }
        return t.getCause() != t && isTransient(t.getCause(), depth + 1);
    }

    private static boolean isTransient(SQLException e) {
        String state = e.getSQLState();
        if (state != null) {
            // 08: connection exception; 57P0x: server shutting down or starting; 53: out of resources;
            // 40001 / 40P01: serialisation failure, deadlock.
            return state.startsWith("08") || state.startsWith("57P") || state.startsWith("53")
                    || state.equals("40001") || state.equals("40P01");
        }
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return message.contains("acquisition timeout"); // the connection pool could not reach the server
    }

    /**
     * Runs {@code work} until it succeeds or fails for a reason that will not pass, which is rethrown. Transient
     * failures are retried with a growing pause (up to 5 s), for as long as it takes, unless {@code stopping} says the
     * application is shutting down: then the failure is handed to {@code onStopping}.
     */
    static void retryWhileTransient(String what, Runnable work, BooleanSupplier stopping,
            Consumer<RuntimeException> onStopping) {
        Duration pause = FIRST_PAUSE;
        for (int attempt = 1;; attempt++) {
            try {
                work.run();
                return;
            } catch (RuntimeException e) {
                if (stopping.getAsBoolean()) {
                    onStopping.accept(e);
                    return;
                }
                if (!isTransient(e)) {
                    throw e;
                }
                LOG.warnf("%s failed (attempt %d), will retry in %d ms: %s", what, attempt, pause.toMillis(),
                        rootMessage(e));
                sleep(pause);
                pause = pause.multipliedBy(2).compareTo(LONGEST_PAUSE) > 0 ? LONGEST_PAUSE : pause.multipliedBy(2);
            }
        }
    }

    static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static void sleep(Duration pause) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting to retry", e);
        }
    }
}
