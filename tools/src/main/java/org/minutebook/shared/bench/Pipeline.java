package org.minutebook.shared.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.minutebook.shared.stack.LocalStack;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The running stack as the benchmarks use it: a clerk posting meetings, and each consumer's progress. */
final class Pipeline {

    /** The minutes.meetings events a consumer has applied; actions-service and search-service both record them. */
    private static final String APPLIED = """
            SELECT count(*) FROM processed_event WHERE type IN ('minutes.meeting.recorded', 'minutes.item.recorded',
                'minutes.resolution.recorded', 'minutes.meeting.published')""";
    private static final ObjectMapper JSON = new ObjectMapper();

    final LocalStack stack;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String token;

    Pipeline(LocalStack stack, String token) {
        this.stack = stack;
        this.token = token;
    }

    /** Records and publishes a meeting; returns its id, or throws if it was not stored. */
    String post(ObjectNode meeting) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stack.url("meetings-service")
                + "/api/meetings?publish=true")).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(meeting.toString())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201) {
            throw new IllegalStateException("POST /api/meetings answered " + response.statusCode() + ": "
                    + response.body());
        }
        return JSON.readTree(response.body()).get("id").asText();
    }

    /** Events on minutes.meetings for a meeting posted with publish=true. */
    static long eventsOf(ObjectNode meeting) {
        long events = 2; // recorded, published
        for (JsonNode item : meeting.withArray("items")) {
            events += 1 + item.withArray("resolutions").size();
        }
        return events;
    }

    long applied(String database) throws SQLException {
        var postgres = stack.postgres();
        try (Connection c = DriverManager.getConnection(postgres.urlOf(database), postgres.user(),
                postgres.password()); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(APPLIED)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
