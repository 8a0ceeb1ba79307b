package org.minutebook.meetings.service;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

import org.hibernate.StaleStateException;

/** Whether a failed flush lost a race with another request, rather than failing for a reason of its own. */
final class ConcurrentWrites {

    /** PostgreSQL's unique_violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ConcurrentWrites() {
    }

    static boolean isConflict(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof StaleStateException) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
