package org.minutebook.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.minutebook.search.support.Broker.MEETINGS;
import static org.minutebook.search.support.Broker.publishMarker;
import static org.minutebook.search.support.ContractEvents.uniqueWord;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;

import org.awaitility.Awaitility;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.minutebook.search.support.ReadModelProbe;
import org.minutebook.shared.security.TestTokens;

import io.quarkus.test.junit.QuarkusTest;

/**
 * What this replica does while another replica rebuilds, the other played by a session of the test's own holding the
 * advisory locks the way a rebuilding replica does: a rebuild asked for here is refused, naming the other, and the
 * status shows the other's; and no event is applied here until the other lets the read models go.
 */
@QuarkusTest
class RebuildAcrossReplicasTest {

    /** ReadModelGate.READ_MODELS and RebuildLock.REBUILD. */
    private static final long READ_MODELS = 0x5245_4144_4D4FL;
    private static final long REBUILD = 0x5245_4255_494CL;
    private static final Duration QUIET = Duration.ofSeconds(5);

    @Inject
    ReadModelProbe probe;

    @Test
    void shouldRefuseARebuildAndWaitToApplyWhileAnotherReplicaRebuilds() throws Exception {
        String other = "search-service-other-" + uniqueWord();
        String held;
        try (Connection rebuilding = connect(other)) {
            lock(rebuilding, REBUILD);
            given().auth().oauth2(TestTokens.clerk()).post("/api/admin/rebuild").then().statusCode(409)
                    .contentType("application/problem+json").body("detail", containsString(other));
            given().auth().oauth2(TestTokens.clerk()).get("/api/admin/rebuild").then().statusCode(200)
                    .body("state", is("RUNNING")).body("instance", is(other));

            lock(rebuilding, READ_MODELS);
            held = publishMarker(MEETINGS, UUID.randomUUID().toString());
            Awaitility.await().during(QUIET).atMost(QUIET.plusSeconds(5)).until(() -> !probe.processed(held));
            assertFalse(probe.processed(held), "applied while another replica held the read models");
        }
        // The session closed, as it does when the other replica finishes or dies: the consumer carries on.
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> probe.processed(held));
    }

    private static Connection connect(String applicationName) throws SQLException {
        var config = ConfigProvider.getConfig();
        Properties properties = new Properties();
        properties.setProperty("user", config.getValue("quarkus.datasource.username", String.class));
        properties.setProperty("password", config.getValue("quarkus.datasource.password", String.class));
        properties.setProperty("ApplicationName", applicationName);
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class), properties);
    }

    private static void lock(Connection session, long key) throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, key);
            lock.execute();
        }
    }
}
