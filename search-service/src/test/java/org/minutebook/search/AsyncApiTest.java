package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.minutebook.shared.contracts.EventContract;

import io.quarkus.test.junit.QuarkusTest;

/** The AsyncAPI document the tests validate against is the one search-service serves, naming every stream type. */
@QuarkusTest
class AsyncApiTest {

    @Test
    void shouldServeTheContractDocumentNamingEveryStreamedType() throws IOException {
        String served = given().when().get("/asyncapi.yaml").then().statusCode(200).extract().asString();

        try (InputStream in = EventContract.class.getClassLoader().getResourceAsStream(EventContract.RESOURCE)) {
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), served);
        }
        for (String type : EventContract.load().types(EventContract.STREAM)) {
            assertThat(served, containsString("name: " + type + "\n"));
        }
        assertThat(served, containsString("address: minutes.meetings\n"));
        assertThat(served, containsString("address: minutes.actions\n"));
        assertThat(served, containsString("address: /api/stream\n"));
    }
}
