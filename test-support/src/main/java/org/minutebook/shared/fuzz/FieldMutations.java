package org.minutebook.shared.fuzz;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A valid body with one field at a time made hostile, for every field of the sample (up to a bound): each text
 * made NUL, an unpaired surrogate, invisible, blank or huge; each number negative, enormous or text; each date far
 * out of range; each value an array with a null or an object where a scalar belongs.
 */
final class FieldMutations {

    private static final int MAX_FIELDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    record Mutant(String kind, String body) {
    }

    private FieldMutations() {
    }

    static List<Mutant> of(String sample) {
        JsonNode root;
        try {
            root = JSON.readTree(sample);
        } catch (java.io.IOException e) {
            return List.of();
        }
        List<String> paths = new ArrayList<>();
        leaves(root, "", paths);
        List<Mutant> out = new ArrayList<>();
        for (String path : paths.subList(0, Math.min(MAX_FIELDS, paths.size()))) {
            JsonNode leaf = root.at(path);
            for (JsonNode value : hostile(leaf)) {
                JsonNode copy = root.deepCopy();
                replace(copy, path, value);
                out.add(new Mutant("field " + kindOf(leaf), copy.toString()));
            }
        }
        return out;
    }

    private static String kindOf(JsonNode leaf) {
        if (leaf.isTextual() && leaf.asText().matches("\\d{4}-\\d{2}-\\d{2}.*")) {
            return "date";
        }
        return leaf.isTextual() ? "text" : leaf.isNumber() ? "number" : leaf.isBoolean() ? "boolean" : "null";
    }

    private static List<JsonNode> hostile(JsonNode leaf) {
        List<JsonNode> v = new ArrayList<>();
        switch (kindOf(leaf)) {
            case "date" -> List.of("+999999999-12-31", "-4714-01-01", "2016-02-30", "1799-12-31", "")
                    .forEach(s -> v.add(NODES.textNode(s)));
            case "text" -> List.of("a\u0000b", "\ud800", "\u200b\u200b", "   ", "x".repeat(250_000), "\u202eevil")
                    .forEach(s -> v.add(NODES.textNode(s)));
            case "number" -> {
                v.add(NODES.numberNode(-1));
                v.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
                v.add(NODES.textNode("seven"));
            }
            default -> v.add(NODES.textNode("maybe"));
        }
        ArrayNode withNull = NODES.arrayNode();
        withNull.addNull();
        v.add(withNull);
        v.add(NODES.objectNode().put("nested", "object"));
        return v;
    }

    private static void leaves(JsonNode node, String path, List<String> out) {
        if (node.isObject()) {
            node.fields().forEachRemaining(e -> leaves(e.getValue(), path + "/" + escape(e.getKey()), out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                leaves(node.get(i), path + "/" + i, out);
            }
        } else {
            out.add(path);
        }
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static void replace(JsonNode root, String path, JsonNode value) {
        int cut = path.lastIndexOf('/');
        ContainerNode<?> parent = (ContainerNode<?>) root.at(path.substring(0, cut));
        String last = path.substring(cut + 1).replace("~1", "/").replace("~0", "~");
        if (parent instanceof ObjectNode o) {
            o.set(last, value);
        } else if (parent instanceof ArrayNode a) {
            a.set(Integer.parseInt(last), value);
        }
    }
}
