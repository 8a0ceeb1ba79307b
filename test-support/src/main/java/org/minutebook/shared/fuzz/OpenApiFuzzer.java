package org.minutebook.shared.fuzz;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A hostile-input corpus generated from a service's own OpenAPI document, so that every operation is covered: each
 * path and query parameter in turn given the hostile values of its type, each JSON body mutated, each upload sent
 * broken, and oversized URLs and headers. Requests go over a plain HTTP client, not a test DSL, so that bytes a
 * well-behaved client would never send (NUL, overlong UTF-8, unterminated multipart) reach the server as they are.
 */
public final class OpenApiFuzzer {

    private static final String JSON = "application/json";

    private final URI base;
    private final String bearer;
    private final Map<String, String> pathValues;
    private final Map<String, String> sampleBodies;
    // HTTP/1.1: the default's h2c upgrade attempt is not what a careless client sends, and muddles oversized requests.
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();

    /**
     * @param bearer a token of the most powerful role, so that authorisation does not stop a case before it is read
     * @param pathValues a valid value per path parameter name ("id" → an existing meeting), for the other cases
     * @param sampleBodies a valid body per operation ("POST /api/meetings"), mutated into the body cases
     */
    public OpenApiFuzzer(URI base, String bearer, Map<String, String> pathValues, Map<String, String> sampleBodies) {
        this.base = base;
        this.bearer = bearer;
        this.pathValues = pathValues;
        this.sampleBodies = sampleBodies;
    }

    /** @param storedRows rows the service holds, compared before and after each changing request */
    public FuzzReport run(LongSupplier storedRows) throws IOException, InterruptedException {
        FuzzReport report = new FuzzReport();
        for (FuzzCase c : cases()) {
            long before = c.mutating() ? storedRows.getAsLong() : 0;
            HttpResponse<byte[]> r = send(c);
            boolean changed = c.mutating() && storedRows.getAsLong() != before;
            report.record(c, r == null ? 0 : r.statusCode(),
                    r == null ? null : r.headers().firstValue("content-type").orElse(null), changed);
        }
        return report;
    }

    /** Every case of the corpus, in a fixed order. */
    public List<FuzzCase> cases() throws IOException, InterruptedException {
        HttpResponse<byte[]> doc = http.send(HttpRequest.newBuilder(base.resolve("/q/openapi?format=json")).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        JsonNode paths = json.readTree(doc.body()).path("paths");
        List<FuzzCase> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                Map.Entry<String, JsonNode> op = o.next();
                String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
                if (List.of("GET", "POST", "PUT", "PATCH", "DELETE").contains(method) && !streams(op.getValue())) {
                    operation(method, path.getKey(), op.getValue(), out);
                }
            }
        }
        return out;
    }

    private void operation(String method, String template, JsonNode op, List<FuzzCase> out) {
        List<JsonNode> params = new ArrayList<>();
        op.path("parameters").forEach(params::add);
        String validPath = fill(template, null, null);
        String contentType = firstContentType(op);
        byte[] sample = sampleBody(method, template, contentType);
        for (JsonNode param : params) {
            String name = param.path("name").asText();
            List<String> values = HostileValues.forSchema(param.path("schema").path("type").asText(null),
                    param.path("schema").path("format").asText(null));
            for (String v : values) {
                // As the most powerful caller, and as the public: a refusal must not depend on who asks.
                for (boolean anonymous : new boolean[]{false, true}) {
                    switch (param.path("in").asText()) {
                        case "path" -> out.add(new FuzzCase("path " + name, method, fill(template, name, v), "",
                                contentType, sample, anonymous, null));
                        case "query" -> out.add(new FuzzCase("query " + name, method, validPath, name + "=" + v,
                                contentType, sample, anonymous, null));
                        default -> {
                        }
                    }
                }
            }
            if (param.path("in").asText().equals("query")) {
                out.add(new FuzzCase("query repeated", method, validPath, name + "=1&" + name + "=%00", contentType,
                        sample, false, null));
            }
        }
        out.add(new FuzzCase("oversized url", method, validPath + "/" + "a".repeat(20_000), "", contentType, sample,
                false, null));
        out.add(new FuzzCase("oversized header", method, validPath, "", contentType, sample, false,
                "x".repeat(40_000)));
        out.add(new FuzzCase("anonymous", method, validPath, "", contentType, sample, true, null));
        List<String> types = new ArrayList<>();
        op.path("requestBody").path("content").fieldNames().forEachRemaining(types::add);
        if (types.stream().anyMatch(t -> t.contains("json")) && sample != null) {
            String text = new String(sample, StandardCharsets.UTF_8);
            for (BodyMutations.Variant v : BodyMutations.of(text)) {
                out.add(new FuzzCase("body " + v.kind(), method, validPath, "", v.contentType(), v.body(), false,
                        null));
            }
            for (FieldMutations.Mutant m : FieldMutations.of(text)) {
                out.add(new FuzzCase("body " + m.kind(), method, validPath, "", JSON,
                        m.body().getBytes(StandardCharsets.UTF_8), false, null));
            }
        }
        if (types.stream().anyMatch(t -> t.startsWith("multipart/"))) {
            for (Map.Entry<String, byte[]> m : Uploads.brokenMultipart().entrySet()) {
                out.add(new FuzzCase("upload " + m.getKey(), method, validPath, "", Uploads.MULTIPART_TYPE,
                        m.getValue(), false, null));
            }
        }
        for (String type : types) {
            if (!type.contains("json") && !type.startsWith("multipart/")) {
                for (Map.Entry<String, byte[]> m : Uploads.brokenFiles().entrySet()) {
                    out.add(new FuzzCase("file " + m.getKey(), method, validPath, "", type, m.getValue(), false,
                            null));
                }
            }
        }
    }

    /** An event stream never ends, so it cannot be answered once per case. */
    private static boolean streams(JsonNode op) {
        for (JsonNode response : op.path("responses")) {
            if (response.path("content").has("text/event-stream")) {
                return true;
            }
        }
        return false;
    }

    private byte[] sampleBody(String method, String template, String contentType) {
        String body = sampleBodies.get(method + " " + template);
        if (body != null) {
            return body.getBytes(StandardCharsets.UTF_8);
        }
        return contentType != null && contentType.contains("json") ? "{}".getBytes(StandardCharsets.UTF_8) : null;
    }

    private static String firstContentType(JsonNode op) {
        Iterator<String> types = op.path("requestBody").path("content").fieldNames();
        String first = null;
        while (types.hasNext()) {
            String t = types.next();
            if (t.contains("json")) {
                return t;
            }
            first = first == null ? t : first;
        }
        return first;
    }

    /** The template with each parameter's valid value, and {@code hostile} for {@code name}. */
    private String fill(String template, String name, String hostile) {
        String path = template;
        int open;
        while ((open = path.indexOf('{')) >= 0) {
            int close = path.indexOf('}', open);
            String param = path.substring(open + 1, close);
            String value = param.equals(name) ? hostile : pathValues.getOrDefault(param, "1");
            path = path.substring(0, open) + value + path.substring(close + 1);
        }
        return path;
    }

    private HttpResponse<byte[]> send(FuzzCase c) throws InterruptedException {
        URI uri;
        try {
            uri = URI.create(base.toString().replaceAll("/$", "") + c.path() + (c.query().isEmpty()
                    ? ""
                    : "?"
                            + c.query()));
        } catch (IllegalArgumentException e) {
            return null;
        }
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (!c.anonymous()) {
            b.header("Authorization", "Bearer " + bearer);
        }
        if (c.extraHeader() != null) {
            b.header("X-Fuzz", c.extraHeader());
        }
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        b.header("Accept", JSON + ", application/problem+json, */*");
        HttpRequest.BodyPublisher body = c.body() == null || !c.mutating()
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(c.body());
        b.method(c.method(), body);
        try {
            return http.sendAsync(b.build(), HttpResponse.BodyHandlers.ofByteArray()).get(60, TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // A connection the server closed (an oversized request) or never answered: recorded as status 0.
            return null;
        }
    }
}
