package org.minutebook.search.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;

/** The project's JSON Schemas of the OParl 1.1 types (test resources oparl-1.1/, see the README there). */
public final class OparlSchemas {

    static final List<String> TYPES = List.of("System", "Body", "Organization", "Person", "Membership", "Meeting",
            "AgendaItem", "Paper", "Consultation", "File", "Location", "ObjectList");
    private static final String BASE = "https://schemas.minutebook.test/oparl-1.1/";

    private final Map<String, Schema> schemas = new HashMap<>();

    public OparlSchemas() {
        Map<String, String> documents = new HashMap<>();
        for (String name : TYPES) {
            documents.put(BASE + name + ".json", read(name + ".json"));
        }
        documents.put(BASE + "common.json", read("common.json"));
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
                builder -> builder.schemas(documents));
        for (String name : TYPES) {
            schemas.put(name, registry.getSchema(SchemaLocation.of(BASE + name + ".json")));
        }
    }

    /** What is wrong with the node as the named OParl type; empty when it is valid. */
    public List<String> violations(String type, JsonNode node) {
        Schema schema = schemas.get(type);
        if (schema == null) {
            return List.of("no schema for the type " + type);
        }
        return schema.validate(node).stream().map(Error::toString).toList();
    }

    private static String read(String file) {
        try (InputStream in = OparlSchemas.class.getResourceAsStream("/oparl-1.1/" + file)) {
            if (in == null) {
                throw new IllegalStateException("No schema oparl-1.1/" + file);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
