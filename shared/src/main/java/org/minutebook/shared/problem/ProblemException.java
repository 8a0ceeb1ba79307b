package org.minutebook.shared.problem;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by service code for an expected failure (not found, conflict, unprocessable document); mapped as is.
 */
public class ProblemException extends RuntimeException {

    private final Problem problem;

    public ProblemException(Response.Status status, String detail) {
        super(detail);
        this.problem = Problem.of(status, detail);
    }

    public ProblemException(int status, String title, String detail) {
        super(detail);
        this.problem = new Problem("about:blank", title, status, detail, null, java.util.List.of());
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " " + id + " does not exist");
    }
}
