package org.minutebook.shared.problem;

import jakarta.ws.rs.core.Response;

/**
 * Thrown by service code for an expected failure (not found, conflict, unprocessable document); mapped as is.
 */
public class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    public ProblemException(Response.Status status, String detail) {
        this(Problem.of(status, detail));
    }

    public Problem problem() {
        return problem;
    }

    public static ProblemException notFound(String what, Object id) {
        return new ProblemException(Response.Status.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException unprocessable(String detail) {
        return new ProblemException(Problem.of(422, "Unprocessable Content", detail));
    }
}
