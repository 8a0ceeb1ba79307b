package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;

/** The AsyncAPI document is served and keeps up with the contract examples. */
@QuarkusTest
class AsyncApiTest {

    /** The contract folder itself, not a copy: an event type added there must be documented here too. */
    private static final Path CONTRACTS = Path.of("../shared/src/main/resources/contracts");

    @Test
    void shouldServeAsyncApiNamingEveryContractEventType() throws IOException {
        String document = given().when().get("/asyncapi.yaml")
                .then().statusCode(200).extract().asString();

        List<String> types = contractTypes();
        assertTrue(types.size() >= 10, "contract examples found: " + types);
        for (String type : types) {
            assertThat(document, containsString("name: " + type + "\n"));
        }
        assertThat(document, containsString("minutes.meetings:"));
        assertThat(document, containsString("minutes.actions:"));
        assertThat(document, containsString("/api/stream:"));
    }

    private static List<String> contractTypes() throws IOException {
        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(CONTRACTS)) {
            return files.filter(file -> file.toString().endsWith(".json"))
                    .map(file -> {
                        try {
                            return mapper.readTree(file.toFile()).get("type").asText();
                        } catch (IOException e) {
                            throw new IllegalStateException(file.toString(), e);
                        }
                    })
                    .distinct()
                    .sorted()
                    .toList();
        }
    }
}
