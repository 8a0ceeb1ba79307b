package org.minutebook.shared.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An RFC 9457 problem detail. {@code violations} names each offending field, so a caller can point at it;
 * {@code extensions} are further members such as the id of the meeting a conflict is with.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
        List<Violation> violations, @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";

    public record Violation(String field, String message) {
    }

    public Problem {
        violations = violations == null ? List.of() : List.copyOf(violations);
        extensions = extensions == null ? Map.of() : Map.copyOf(extensions);
    }

    public static Problem of(Response.Status status, String detail) {
        return of(status.getStatusCode(), status.getReasonPhrase(), detail);
    }

    public static Problem of(int status, String title, String detail) {
        return new Problem("about:blank", title, status, detail, null, List.of(), Map.of());
    }

    public static Problem invalid(String detail, List<Violation> violations) {
        return new Problem("about:blank", "Bad Request", 400, detail, null, violations, Map.of());
    }

    public Problem with(String member, Object value) {
        Map<String, Object> more = new java.util.LinkedHashMap<>(extensions);
        more.put(member, value);
        return new Problem(type, title, status, detail, instance, violations, more);
    }

    @JsonAnyGetter
    Map<String, Object> members() {
        return extensions;
    }

    /** A {@code retryAfter} member (seconds) is also sent as the Retry-After header, for clients that read only that. */
    public Response toResponse() {
        Response.ResponseBuilder r = Response.status(status).type(MediaType.valueOf(MEDIA_TYPE)).entity(this);
        Object retry = extensions.get("retryAfter");
        return (retry == null ? r : r.header("Retry-After", retry)).build();
    }
}
