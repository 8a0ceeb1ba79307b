package org.minutebook.actions.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.HttpMethod;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.security.EndpointAudit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

/**
 * Every endpoint says who may call it. From outside: every operation of the OpenAPI document, called without a token,
 * answers (never a 500), and every write asks for a token. From inside: every resource method of the service,
 * including those the document hides, carries a security annotation.
 */
@QuarkusTest
class OpenApiSecurityTest {

    private static final List<String> READS = List.of("get", "head", "options");

    @Test
    void shouldAnswerEveryDocumentedOperationWithoutATokenAndAskForOneOnEveryWrite() throws IOException {
        JsonNode document = new ObjectMapper().readTree(openApi());
        List<String> wrong = new ArrayList<>();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                String method = op.getKey();
                String name = method.toUpperCase() + " " + path.getKey();
                boolean write = !READS.contains(method);
                // The operators' endpoints (dead letters) are the clerk's, reads included, as in search-service.
                boolean admin = path.getKey().startsWith("/api/admin/");
                RequestSpecification request = write ? given().contentType(ContentType.JSON).body("{}") : given();
                int status = request.request(method.toUpperCase(), concrete(path.getKey(), op.getValue()))
                        .statusCode();
                // A public operation says so with an empty requirement (security: []).
                boolean secured = !op.getValue().path("security").isEmpty();
                if (status >= 500) {
                    wrong.add(name + " answered " + status);
                } else if ((write || admin) && status != 401) {
                    wrong.add(name + " is a write or an admin operation but answered " + status + " to no token");
                } else if (!write && !admin && (status == 401 || status == 403)) {
                    wrong.add(name + " is a read but refused the public with " + status);
                }
                // The document tells clients the same: writes need a bearer token, reads do not.
                if ((write || admin) != secured) {
                    wrong.add(name + (secured
                            ? " is documented as needing a token"
                            : " is not documented as "
                                    + "needing a token"));
                }
                operations++;
            }
        }
        System.out.println("actions-service OpenAPI operations called without a token: " + operations);
        assertTrue(operations >= 9, "the document lists the service's operations: " + operations);
        assertEquals(List.of(), wrong);
    }

    @Test
    void shouldHaveEveryDocumentedOperationNameWhoMayCallIt() {
        List<String> operations = EndpointAudit.operations(openApi());
        System.out.println("actions-service operations: " + operations);
        assertEquals(List.of(), operations.stream().filter(o -> o.endsWith("UNANNOTATED")).toList());
        assertTrue(operations.contains("PATCH /api/actions/{id} -> clerk,officer"), operations.toString());
        assertTrue(operations.contains("GET /api/admin/dead-letters -> clerk"), operations.toString());
        assertEquals(List.of(), operations.stream()
                .filter(o -> o.startsWith("GET") && !o.contains("/api/admin/") && !o.endsWith("anyone")).toList());
    }

    @Test
    void shouldHaveASecurityAnnotationOnEveryResourceMethod() throws IOException {
        List<Method> endpoints = resourceMethods();
        List<String> unannotated = endpoints.stream().filter(m -> !saysWhoMayCall(m) && !saysWhoMayCall(
                m.getDeclaringClass())).map(m -> m.getDeclaringClass().getSimpleName() + "." + m.getName()).toList();
        System.out.println("actions-service resource methods checked: " + endpoints.size());
        assertTrue(endpoints.size() >= 10, "found the resource methods: " + endpoints);
        assertEquals(List.of(), unannotated);
    }

    private static String openApi() {
        return given().queryParam("format", "json").get("/q/openapi").then().statusCode(200).extract().asString();
    }

    /** The path with each parameter filled in: a fresh id where a UUID is wanted (so: not found), else a word. */
    private static String concrete(String template, JsonNode operation) {
        String path = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if ("path".equals(parameter.path("in").asText())) {
                String value = "uuid".equals(parameter.path("schema").path("format").asText())
                        ? UUID.randomUUID().toString()
                        : "Nobody";
                path = path.replace("{" + parameter.path("name").asText() + "}", value);
            }
        }
        assertTrue(!path.contains("{"), "every path parameter documented: " + template);
        return path;
    }

    /**
     * Every method of this service's compiled classes that JAX-RS would route to: it has an HTTP method annotation.
     * Read from the build's output, since the test's class loader does not say where its classes came from.
     */
    private static List<Method> resourceMethods() throws IOException {
        Path classes = Path.of("target", "classes");
        assertTrue(Files.isRegularFile(classes.resolve(ActionResource.class.getName().replace('.', '/') + ".class")),
                "the service's classes are in " + classes.toAbsolutePath());
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(f -> classes.relativize(f).toString())
                    .filter(f -> f.endsWith(".class") && !f.contains("$"))
                    .map(f -> load(f.substring(0, f.length() - ".class".length()).replace('/', '.')))
                    .flatMap(c -> Arrays.stream(c.getDeclaredMethods()))
                    .filter(m -> !m.isSynthetic() && Arrays.stream(m.getAnnotations())
                            .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class)))
                    .toList();
        }
    }

    private static boolean saysWhoMayCall(AnnotatedElement element) {
        return element.isAnnotationPresent(PermitAll.class) || element.isAnnotationPresent(RolesAllowed.class)
                || element.isAnnotationPresent(Authenticated.class) || element.isAnnotationPresent(DenyAll.class);
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ActionResource.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
