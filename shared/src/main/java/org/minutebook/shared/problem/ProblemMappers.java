package org.minutebook.shared.problem;

import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.jboss.resteasy.reactive.server.core.multipart.MultipartParser;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * The few narrow mappings from failures to problem+json. Deliberately no catch-all: an unexpected exception stays a
 * plain 500 without internals.
 */
public class ProblemMappers {

    @ServerExceptionMapper
    public Response problem(ProblemException e) {
        return e.problem().toResponse();
    }

    /** Framework refusals (unknown path, wrong method or media type, unreadable body) as problems too. */
    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response response = e.getResponse();
        if (response.hasEntity()) {
            return response;
        }
        if (e.getCause() instanceof JsonProcessingException json) {
            return unreadable(json);
        }
        // JAX-RS answers a query parameter it cannot convert ("page=abc", "from=2016-02-30") with 404: the caller
        // needs 400 and the parameter's name, found by the value the conversion refused.
        if (response.getStatus() == 404 && isConversionFailure(e.getCause())) {
            Throwable refused = e.getCause();
            List<Problem.Violation> violations = uri.getQueryParameters().entrySet().stream()
                    .filter(p -> p.getValue().stream().anyMatch(v -> !v.isEmpty()
                            && String.valueOf(refused.getMessage()).contains(v)))
                    .map(p -> new Problem.Violation(p.getKey(), "is not a valid value"))
                    .toList();
            if (!violations.isEmpty()) {
                return Problem.invalid("Invalid value for " + violations.get(0).field(), violations).toResponse();
            }
        }
        Response.StatusType status = response.getStatusInfo();
        return Problem.of(status.getStatusCode(), status.getReasonPhrase(), null).toResponse();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(fieldOf(v), v.getMessage()))
                .sorted((a, b) -> a.field().compareTo(b.field()))
                .toList();
        String fields = violations.stream().map(Problem.Violation::field).distinct().collect(Collectors.joining(", "));
        return Problem.invalid("Invalid value for " + fields, violations).toResponse();
    }

    /** An upload whose multipart framing is broken (no closing boundary, garbage headers). */
    @ServerExceptionMapper
    public Response malformedMultipart(MultipartParser.MalformedMessageException e) {
        return Problem.of(Response.Status.BAD_REQUEST, "The multipart body is malformed").toResponse();
    }

    /**
     * The multipart reader ends a body without its closing boundary with this IOException. Any other I/O failure is
     * the server's, answered as a bare 500 problem.
     */
    @ServerExceptionMapper
    public Response io(java.io.IOException e) {
        if (String.valueOf(e.getMessage()).contains("parsing multipart request")) {
            return Problem.of(Response.Status.BAD_REQUEST, "The multipart body ends before its closing boundary")
                    .toResponse();
        }
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, null).toResponse();
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e) {
        return unreadable(e);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e) {
        return unreadable(e);
    }

    private static Response unreadable(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = JsonPaths.of(mapping.getPath());
            String reason = "cannot be read as the expected type";
            if (e.getCause() instanceof java.time.DateTimeException || mentionsDate(mapping)) {
                reason = "is not a valid ISO date or time";
            }
            return Problem.invalid("Invalid value for " + field,
                    List.of(new Problem.Violation(field, reason))).toResponse();
        }
        return Problem.of(Response.Status.BAD_REQUEST, "The body is not well-formed JSON").toResponse();
    }

    private static boolean isConversionFailure(Throwable cause) {
        return cause instanceof IllegalArgumentException || cause instanceof java.time.DateTimeException;
    }

    private static boolean mentionsDate(JsonMappingException e) {
        return e instanceof MismatchedInputException m && m.getTargetType() != null
                && m.getTargetType().getPackageName().equals("java.time");
    }

    /** Drops the method and parameter names Hibernate Validator puts first: {@code create.record.items[0].title}. */
    static String fieldOf(ConstraintViolation<?> violation) {
        List<Path.Node> nodes = StreamSupport.stream(violation.getPropertyPath().spliterator(), false).toList();
        StringBuilder field = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            // Hibernate Validator puts a list index on the node after the list.
            if (node.isInIterable() && !field.isEmpty()) {
                field.append('[').append(node.getIndex() != null ? node.getIndex() : node.getKey()).append(']');
            }
            if (node.getName() != null && !node.getName().startsWith("<")) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.isEmpty() ? nodes.get(nodes.size() - 1).toString() : field.toString();
    }
}
