package org.minutebook.shared.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/**
 * The AsyncAPI document (served as {@code /asyncapi.yaml}) read as the event contract, for the services' tests: the
 * producers validate every event they publish against its message's JSON Schema, the consumers are fed its examples.
 * A message is found by its channel's address (a topic, or the stream's path) and its {@code name}, the CloudEvent
 * type. Needs {@code com.networknt:json-schema-validator} on the test classpath.
 */
public final class EventContract {

    public static final String RESOURCE = "META-INF/resources/asyncapi.yaml";
    public static final String MEETINGS = org.minutebook.messaging.Topics.MEETINGS;
    public static final String ACTIONS = org.minutebook.messaging.Topics.ACTIONS;
    public static final String STREAM = "/api/stream";

    /** An IRI the document is registered under, so that its {@code $ref}s resolve within it. */
    private static final String BASE = "https://minutebook.invalid/asyncapi.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile EventContract instance;

    /** One example payload of a message: {@code name} is the example's, {@code type} the message's. */
    public record Example(String channel, String type, String name, JsonNode payload) {
    }

    private final JsonNode document;
    private final SchemaRegistry registry;
    /** channel address -> CloudEvent type -> JSON pointer of the message's payload schema */
    private final Map<String, Map<String, String>> payloads = new LinkedHashMap<>();
    private final Map<String, Schema> schemas = new ConcurrentHashMap<>();

    private EventContract(String yaml) {
        try {
            this.document = new ObjectMapper(new YAMLFactory()).readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable " + RESOURCE, e);
        }
        // The document's own "id" (AsyncAPI's) would be read as a schema keyword of the resource's root.
        ObjectNode schemasOnly = document.deepCopy();
        schemasOnly.remove("id");
        this.registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(Map.of(BASE, schemasOnly.toString())));
        for (Iterator<Map.Entry<String, JsonNode>> c = document.path("channels").fields(); c.hasNext();) {
            JsonNode channel = c.next().getValue();
            Map<String, String> byType = new LinkedHashMap<>();
            for (JsonNode ref : channel.path("messages")) {
                String pointer = ref.path("$ref").asText().substring(1);
                JsonNode message = document.at(pointer);
                String schemaPointer = message.path("payload").has("schemaFormat") ? "/payload/schema" : "/payload";
                if (byType.put(message.path("name").asText(), pointer + schemaPointer) != null) {
                    throw new IllegalStateException("Two messages named " + message.path("name") + " on "
                            + channel.path("address"));
                }
            }
            payloads.put(channel.path("address").asText(), byType);
        }
    }

    /** The document on the classpath, read once. */
    public static EventContract load() {
        EventContract loaded = instance;
        if (loaded == null) {
            try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("No " + RESOURCE + " on the classpath");
                }
                loaded = new EventContract(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            instance = loaded;
        }
        return loaded;
    }

    /** The CloudEvent types the channel carries, as the document names them. */
    public List<String> types(String channel) {
        return List.copyOf(channel(channel).keySet());
    }

    /** What is wrong with the event as a message of the channel; empty when it is valid. */
    public List<String> violations(String channel, JsonNode event) {
        String type = event.path("type").asText();
        String pointer = channel(channel).get(type);
        if (pointer == null) {
            return List.of("no message " + type + " on " + channel + " in " + RESOURCE);
        }
        Schema schema = schemas.computeIfAbsent(pointer, p -> registry.getSchema(SchemaLocation.of(BASE + "#" + p)));
        return schema.validate(event).stream().map(Error::toString).toList();
    }

    public List<String> violations(String channel, String eventJson) {
        return violations(channel, read(eventJson));
    }

    /** Fails with every violation and the event itself, so that a test's report says what to fix. */
    public void assertValid(String channel, String eventJson) {
        List<String> found = violations(channel, eventJson);
        if (!found.isEmpty()) {
            throw new AssertionError("Not a valid " + channel + " event per " + RESOURCE + ": " + found + "\n"
                    + eventJson);
        }
    }

    /** Every example of every message of the channel, in the document's order. */
    public List<Example> examples(String channel) {
        List<Example> found = new ArrayList<>();
        for (Map.Entry<String, String> message : channel(channel).entrySet()) {
            String pointer = message.getValue().substring(0, message.getValue().indexOf("/payload"));
            for (JsonNode example : document.at(pointer).path("examples")) {
                found.add(new Example(channel, message.getKey(), example.path("name").asText(),
                        example.path("payload").deepCopy()));
            }
        }
        return found;
    }

    /** The example of that name on the channel, e.g. ("minutes.meetings", "item.recorded.deferred"). */
    public Example example(String channel, String name) {
        List<Example> named = examples(channel).stream().filter(e -> e.name().equals(name)).toList();
        if (named.size() != 1) {
            throw new IllegalArgumentException(named.size() + " examples named " + name + " on " + channel);
        }
        return named.get(0);
    }

    private Map<String, String> channel(String address) {
        Map<String, String> byType = payloads.get(address);
        if (byType == null) {
            throw new IllegalArgumentException("No channel " + address + " in " + RESOURCE);
        }
        return byType;
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new UncheckedIOException("Not JSON: " + json, e);
        }
    }
}
