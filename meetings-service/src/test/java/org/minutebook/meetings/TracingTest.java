package org.minutebook.meetings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.reactive.messaging.kafka.companion.KafkaCompanion;

/** The trace of the request that records a meeting goes with its events: in each outbox row, then on each record. */
@QuarkusTest
class TracingTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void shouldCarryTheRequestsTraceIntoTheOutboxAndTheRecordHeaders() {
        String traceId = UUID.randomUUID().toString().replace("-", "");
        String id = Clerk.given().contentType(ContentType.JSON)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .body(Samples.meetingOf("ssp-2016-06-21", "Tracing Test " + UUID.randomUUID()))
                .post("/api/meetings").then().statusCode(201).extract().path("id");

        List<String> stored = QuarkusTransaction.requiringNew().call(() -> OutboxEvent
                .<OutboxEvent>list("aggregateId = ?1", UUID.fromString(id)).stream()
                .map(e -> e.traceContext).toList());
        assertThat(stored).hasSize(31).allSatisfy(c -> assertThat(c).contains("\"traceparent\":\"00-" + traceId + "-"));

        try (KafkaCompanion kafka = new KafkaCompanion(bootstrapServers);
                var consumer = kafka.consumeStrings().withGroupId("tracing-" + UUID.randomUUID())
                        .withOffsetReset("earliest")
                        .fromTopics(Set.of("minutes.meetings"),
                                records -> records.select().where(r -> id.equals(r.key())))) {
            List<ConsumerRecord<String, String>> records = consumer.awaitRecords(31, Duration.ofSeconds(90))
                    .getRecords();
            // The relay's publish span is a child of the request's: same trace, its own span id.
            assertThat(records).allSatisfy(r -> assertThat(
                    new String(r.headers().lastHeader("traceparent").value(), StandardCharsets.UTF_8))
                    .startsWith("00-" + traceId + "-").doesNotContain("00f067aa0ba902b7"));
        }
    }
}
