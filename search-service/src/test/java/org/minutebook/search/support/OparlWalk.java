package org.minutebook.search.support;

import static io.restassured.RestAssured.given;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Walks an OParl server from its System object, following every URL under the root that any answer holds (object
 * ids, lists, every page's links), as an anonymous client. Every answer must be 200 JSON; every object, embedded or
 * not, is checked against its type's schema; no answer may hold a canary.
 */
public final class OparlWalk {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE_PREFIX = "https://schema.oparl.org/1.1/";

    private final String root;
    private final OparlSchemas schemas = new OparlSchemas();
    private final List<String> canaries;
    private final Set<String> visited = new LinkedHashSet<>();
    private final Map<String, Integer> objectsByType = new LinkedHashMap<>();
    private final Set<String> objectIds = new LinkedHashSet<>();
    private final Map<String, String> violations = new LinkedHashMap<>();
    private int validated;

    public OparlWalk(String root, List<String> canaries) {
        this.root = root;
        this.canaries = canaries.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    public OparlWalk walk(String start) throws Exception {
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        while (!queue.isEmpty()) {
            String url = queue.poll();
            if (!visited.add(url)) {
                continue;
            }
            var response = given().urlEncodingEnabled(false).get(url);
            String body = response.asString();
            if (response.statusCode() != 200) {
                violations.put(url, "answered " + response.statusCode() + ": " + body);
                continue;
            }
            String lower = body.toLowerCase(Locale.ROOT);
            for (String canary : canaries) {
                if (lower.contains(canary)) {
                    violations.put(url + " (canary)", "holds " + canary);
                }
            }
            JsonNode node = JSON.readTree(body);
            if (node.has("data") && node.has("pagination")) {
                check(url, "ObjectList", node);
                // "next" is the one link the spec requires, on every page but the last.
                if (node.at("/pagination/currentPage").asLong() < node.at("/pagination/totalPages").asLong()
                        && !node.at("/links/next").isTextual()) {
                    violations.put(url, "a page before the last without links.next");
                }
            }
            visit(url, node);
            collectUrls(node, queue);
        }
        return this;
    }

    /** Checks every object in the tree (a list's elements, embedded objects) against its type's schema. */
    private void visit(String url, JsonNode node) {
        if (node.isObject()) {
            String type = node.path("type").asText("");
            if (type.startsWith(TYPE_PREFIX) && node.has("id")) {
                String name = type.substring(TYPE_PREFIX.length());
                check(url + " " + node.path("id").asText(), name, node);
                objectIds.add(node.path("id").asText());
                objectsByType.merge(name, 1, Integer::sum);
            }
            node.fields().forEachRemaining(field -> visit(url, field.getValue()));
        } else if (node.isArray()) {
            node.forEach(element -> visit(url, element));
        }
    }

    private void check(String where, String type, JsonNode node) {
        validated++;
        List<String> found = schemas.violations(type, node);
        if (!found.isEmpty()) {
            violations.put(where + " as " + type, String.join("; ", found));
        }
    }

    private void collectUrls(JsonNode node, Deque<String> queue) {
        if (node.isTextual() && node.asText().startsWith(root)) {
            queue.add(node.asText());
        } else if (node.isContainerNode()) {
            node.forEach(child -> collectUrls(child, queue));
        }
    }

    public Set<String> visited() {
        return visited;
    }

    public Set<String> objectIds() {
        return objectIds;
    }

    public Map<String, Integer> objectsByType() {
        return objectsByType;
    }

    public int validated() {
        return validated;
    }

    public Map<String, String> violations() {
        return violations;
    }
}
