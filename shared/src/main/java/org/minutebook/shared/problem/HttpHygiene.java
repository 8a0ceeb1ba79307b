package org.minutebook.shared.problem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.ConfigProvider;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * The request as a whole, checked before any resource sees it, in all three services: an oversized URI or header
 * block, a body without a Content-Type, and a path or query that is not valid UTF-8 or holds control
 * characters (NUL among them, which PostgreSQL cannot store) are each a problem+json naming what is wrong. The
 * transport's own limits are set higher (application.properties) so that these answers, with a body, come first.
 */
@ApplicationScoped
public class HttpHygiene {

    static final int MAX_URI = 8_192;
    static final int MAX_HEADERS = 16_384;
    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final long maxBody = ConfigProvider.getConfig()
            .getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
            .map(MemorySize::asLongValue).orElse(10L * 1024 * 1024);

    void register(@Observes Filters filters) {
        filters.register(this::check, 1_000);
    }

    void check(RoutingContext rc) {
        Problem problem = problemOf(rc.request());
        if (problem == null) {
            rc.next();
            return;
        }
        String body;
        try {
            body = JSON.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            body = "{\"status\":" + problem.status() + "}";
        }
        // The body of a refused request is never read: the connection is closed once the answer is out.
        rc.response().setStatusCode(problem.status()).putHeader("Content-Type", Problem.MEDIA_TYPE)
                .putHeader("Connection", "close").end(body).onComplete(done -> rc.request().connection().close());
    }

    Problem problemOf(HttpServerRequest request) {
        String uri = request.uri();
        if (uri.length() > MAX_URI) {
            return Problem.of(414, "URI Too Long", "The request URI is longer than " + MAX_URI + " characters");
        }
        int headers = 0;
        for (Map.Entry<String, String> h : request.headers()) {
            headers += h.getKey().length() + h.getValue().length() + 4;
        }
        if (headers > MAX_HEADERS) {
            return Problem.of(431, "Request Header Fields Too Large",
                    "The request headers are longer than " + MAX_HEADERS + " bytes");
        }
        String length = request.getHeader("Content-Length");
        // A client that asked to continue is answered by the transport's own 413 before it sends the body; one that
        // did not is answered here, with a body, and its connection closed unread.
        if (length != null && request.getHeader("Expect") == null && isOver(length)) {
            return Problem.of(413, "Content Too Large", "The body is larger than the limit of " + maxBody + " bytes");
        }
        boolean hasBody = (length != null && !length.equals("0")) || request.getHeader("Transfer-Encoding") != null;
        if (hasBody && WITH_BODY.contains(request.method().name()) && request.getHeader("Content-Type") == null) {
            return Problem.of(415, "Unsupported Media Type", "A request body needs a Content-Type header");
        }
        String path = request.path();
        String pathFault = path == null ? null : fault(path);
        if (pathFault != null) {
            return Problem.invalid("The path " + pathFault, List.of(new Problem.Violation("path", pathFault)));
        }
        String query = request.query();
        return query == null ? null : queryProblem(query);
    }

    private boolean isOver(String length) {
        try {
            return Long.parseLong(length.strip()) > maxBody;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Problem queryProblem(String query) {
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String fault = fault(pair);
            if (fault != null) {
                String field = decodeOrRaw(name);
                return Problem.invalid("Invalid value for " + field, List.of(new Problem.Violation(field, fault)));
            }
        }
        return null;
    }

    /** Why a raw (percent-encoded) URI part is refused, or null. */
    static String fault(String raw) {
        String decoded = decode(raw);
        if (decoded == null) {
            return "is not valid percent-encoded UTF-8";
        }
        for (int i = 0; i < decoded.length(); i++) {
            char c = decoded.charAt(i);
            if (c < 0x20 || c == 0x7F) {
                return "may not contain control characters";
            }
        }
        return null;
    }

    private static String decodeOrRaw(String raw) {
        String d = decode(raw);
        return d == null || fault(raw) != null ? raw.replaceAll("[^A-Za-z0-9_.-]", "?") : d;
    }

    /** Strict percent-decoding: a malformed escape, overlong form or lone surrogate gives null. */
    static String decode(String raw) {
        byte[] bytes = new byte[raw.length()];
        int n = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                if (i + 2 >= raw.length()) {
                    return null;
                }
                int hi = Character.digit(raw.charAt(i + 1), 16);
                int lo = Character.digit(raw.charAt(i + 2), 16);
                if (hi < 0 || lo < 0) {
                    return null;
                }
                bytes[n++] = (byte) (hi * 16 + lo);
                i += 2;
            } else if (c == '+') {
                bytes[n++] = ' ';
            } else if (c < 0x80) {
                bytes[n++] = (byte) c;
            } else {
                // Not percent-encoded: the transport already decoded it as text; keep it as UTF-8.
                byte[] utf8 = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (n + utf8.length > bytes.length) {
                    bytes = java.util.Arrays.copyOf(bytes, bytes.length + utf8.length + 16);
                }
                System.arraycopy(utf8, 0, bytes, n, utf8.length);
                n += utf8.length;
            }
        }
        return TextHygiene.utf8(bytes, 0, n);
    }
}
