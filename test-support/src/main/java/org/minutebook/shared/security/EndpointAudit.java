package org.minutebook.shared.security;

import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.security.Authenticated;

/**
 * Reads a service's OpenAPI document (operation ids naming {@code package.Class_method}) and finds, for every
 * documented operation, the Java method behind it and whether it says who may call it. For the services' tests.
 */
public final class EndpointAudit {

    private EndpointAudit() {
    }

    /** Every operation as "METHOD /path -> who", e.g. "POST /api/meetings -> clerk". */
    public static List<String> operations(String openApiJson) {
        List<String> found = new ArrayList<>();
        JsonNode paths = read(openApiJson).path("paths");
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext();) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext();) {
                Map.Entry<String, JsonNode> operation = o.next();
                found.add(operation.getKey().toUpperCase() + " " + path.getKey() + " -> "
                        + who(method(operation.getValue().path("operationId").asText())));
            }
        }
        return found;
    }

    private static String who(Method method) {
        if (method.isAnnotationPresent(RolesAllowed.class)) {
            return String.join(",", method.getAnnotation(RolesAllowed.class).value());
        }
        if (method.isAnnotationPresent(PermitAll.class)) {
            return "anyone";
        }
        if (method.isAnnotationPresent(Authenticated.class)) {
            return "signed in";
        }
        return method.isAnnotationPresent(DenyAll.class) ? "no one" : "UNANNOTATED";
    }

    private static Method method(String operationId) {
        int split = operationId.lastIndexOf('_');
        if (split < 0) {
            throw new IllegalArgumentException("Operation id " + operationId + " does not name a Java method: set "
                    + "quarkus.smallrye-openapi.operation-id-strategy=package-class-method");
        }
        try {
            Class<?> resource = Class.forName(operationId.substring(0, split), false,
                    Thread.currentThread().getContextClassLoader());
            String name = operationId.substring(split + 1);
            return Arrays.stream(resource.getMethods()).filter(m -> m.getName().equals(name)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No method for operation " + operationId));
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("No class for operation " + operationId, e);
        }
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
