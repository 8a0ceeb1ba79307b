package org.minutebook.meetings;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Random;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Hostile variants of a valid meeting record, drawn from a seeded random source so that a failing case can be
 * replayed: wrong types, nulls, missing fields, huge or control-character strings, impossible dates and times,
 * unknown enum values, deep nesting, truncation, and bodies that are not JSON at all.
 */
final class JsonMutations {

    /** One request body: its bytes, its content type, and what was done to it. */
    record Case(int index, String kind, byte[] body, String contentType) {
    }

    static final List<String> KINDS = List.of("valid", "unknown field", "missing field", "wrong type", "null",
            "huge string", "control characters", "impossible date", "impossible time", "unknown enum value",
            "deep nesting", "truncated", "not JSON", "empty body", "wrong content type", "invalid UTF-8");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Random random;

    JsonMutations(long seed) {
        this.random = new Random(seed);
    }

    Case next(int index, ObjectNode valid) {
        String kind = KINDS.get(index % KINDS.size());
        ObjectNode record = valid.deepCopy();
        switch (kind) {
            case "unknown field" -> ((ObjectNode) record.get("items").get(random.nextInt(record.get("items").size())))
                    .put("x" + random.nextInt(1000), "surplus");
            case "missing field" -> record.remove(random.nextBoolean() ? "committee" : "date");
            case "wrong type" -> replace(pick(record, true), randomWrongValue());
            case "null" -> replace(pick(record, true), NODES.nullNode());
            case "huge string" -> replace(pick(record, true), NODES.textNode("x".repeat(10_000 + random.nextInt(
                    index % 64 == 4 ? 400_000 : 30_000))));
            case "control characters" -> replace(pick(record, true), NODES.textNode(
                    "Item\u0000\u0007\u001b[31m\ud800 end " + (char) random.nextInt(0x20)));
            case "impossible date" -> record.put("date", List.of("2016-02-30", "2016-13-01", "", "tomorrow",
                    "21/06/2016", "99999-01-01", "2016-06-21T09:30").get(random.nextInt(7)));
            case "impossible time" -> record.put("startTime", List.of("25:00", "9.30", "noon", "09:60", "-1:00")
                    .get(random.nextInt(5)));
            case "unknown enum value" -> {
                ObjectNode target = enumOf(record);
                target.put(enumField(target), "PERHAPS" + random.nextInt(100));
            }
            case "deep nesting" -> replace(pick(record, true), nested(100 + random.nextInt(800)));
            default -> {
                // the body-level kinds below
            }
        }
        byte[] json = record.toString().getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case "truncated" -> new Case(index, kind, java.util.Arrays.copyOf(json, random.nextInt(json.length)),
                    "application/json");
            case "not JSON" -> new Case(index, kind, randomBytes(1 + random.nextInt(2_000)), "application/json");
            case "empty body" -> new Case(index, kind, new byte[0], "application/json");
            case "wrong content type" -> new Case(index, kind, json, List.of("text/plain", "application/xml",
                    "multipart/form-data; boundary=x", "image/png").get(random.nextInt(4)));
            case "invalid UTF-8" -> new Case(index, kind, withInvalidUtf8(json), "application/json");
            default -> new Case(index, kind, json, "application/json");
        };
    }

    private record Slot(ContainerNode<?> container, String field, int position) {
    }

    /** A random field or array element holding a scalar. */
    private Slot pick(ObjectNode record, boolean leavesOnly) {
        List<Slot> slots = new ArrayList<>();
        collect(record, slots, leavesOnly);
        return slots.get(random.nextInt(slots.size()));
    }

    private static void collect(JsonNode node, List<Slot> slots, boolean leavesOnly) {
        if (node instanceof ObjectNode object) {
            for (Iterator<String> names = object.fieldNames(); names.hasNext();) {
                String name = names.next();
                JsonNode child = object.get(name);
                if (!leavesOnly || child.isValueNode()) {
                    slots.add(new Slot(object, name, -1));
                }
                collect(child, slots, leavesOnly);
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (!leavesOnly || array.get(i).isValueNode()) {
                    slots.add(new Slot(array, null, i));
                }
                collect(array.get(i), slots, leavesOnly);
            }
        }
    }

    private static void replace(Slot slot, JsonNode value) {
        if (slot.container() instanceof ObjectNode object) {
            object.set(slot.field(), value);
        } else {
            ((ArrayNode) slot.container()).set(slot.position(), value);
        }
    }

    private JsonNode randomWrongValue() {
        return switch (random.nextInt(5)) {
            case 0 -> NODES.numberNode(random.nextLong());
            case 1 -> NODES.objectNode().put("unexpected", true);
            case 2 -> NODES.arrayNode().add(1).add("two");
            case 3 -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.numberNode(1e308 * 10);
        };
    }

    private JsonNode nested(int depth) {
        JsonNode node = NODES.textNode("bottom");
        for (int i = 0; i < depth; i++) {
            node = random.nextBoolean() ? NODES.arrayNode().add(node) : NODES.objectNode().set("n", node);
        }
        return node;
    }

    /** A resolution (outcome) or a deferral (until) of the record. */
    private ObjectNode enumOf(ObjectNode record) {
        List<ObjectNode> candidates = new ArrayList<>();
        for (JsonNode item : record.get("items")) {
            item.path("resolutions").forEach(r -> candidates.add((ObjectNode) r));
            if (item.hasNonNull("deferral")) {
                candidates.add((ObjectNode) item.get("deferral"));
            }
        }
        return candidates.get(random.nextInt(candidates.size()));
    }

    private static String enumField(ObjectNode node) {
        return node.has("until") ? "until" : "outcome";
    }

    private byte[] randomBytes(int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    private byte[] withInvalidUtf8(byte[] json) {
        byte[] copy = json.clone();
        for (int i = 0; i < 5; i++) {
            copy[10 + random.nextInt(copy.length - 20)] = (byte) (0x80 + random.nextInt(0x40));
        }
        return copy;
    }
}
