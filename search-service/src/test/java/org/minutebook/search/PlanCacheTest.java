package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * After five executions of a prepared statement PostgreSQL may switch to a generic plan, made without the values. For
 * search that plan evaluates the query's text-search functions once per row scanned: a word in a million items then
 * took 26 s and sent one notice per row, which the driver keeps until the statement closes, until the service ran
 * out of memory. The service's connections plan every execution with its values; a connection without that setting
 * shows the fault, so this test cannot pass for want of it.
 */
@QuarkusTest
class PlanCacheTest {

    /** A generic plan evaluates the empty query per row: 5,000 rows, 5,000 notices. */
    private static final String SQL = "SELECT count(*) FROM generate_series(1, 5000) g "
            + "WHERE to_tsvector('english', 'report ' || g) @@ to_tsquery('english', ?)";

    @Inject
    DataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String user;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    @Test
    void shouldPlanEveryExecutionWithItsValues() throws SQLException {
        try (Connection pooled = dataSource.getConnection()) {
            try (ResultSet mode = pooled.createStatement().executeQuery("SHOW plan_cache_mode")) {
                mode.next();
                assertEquals("force_custom_plan", mode.getString(1));
            }
            assertEquals(1, noticesOfLastRun(pooled), "the service's connection");
        }
        try (Connection plain = DriverManager.getConnection(url, user, password)) {
            plain.createStatement().execute("SET plan_cache_mode = force_generic_plan");
            assertTrue(noticesOfLastRun(plain) >= 5_000, "a generic plan sends a notice per row");
        }
    }

    /** Runs the statement ten times with an empty query; the notices of the last run. */
    private static int noticesOfLastRun(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(SQL)) {
            int notices = 0;
            for (int run = 0; run < 10; run++) {
                statement.clearWarnings();
                statement.setString(1, "");
                try (ResultSet rs = statement.executeQuery()) {
                    rs.next();
                }
                notices = 0;
                for (SQLWarning w = statement.getWarnings(); w != null; w = w.getNextWarning()) {
                    notices++;
                }
            }
            return notices;
        }
    }
}
