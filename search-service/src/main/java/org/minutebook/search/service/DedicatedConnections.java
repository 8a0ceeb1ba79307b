package org.minutebook.search.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connections to the search database outside the pool, for sessions whose state must not pass to the pool's next
 * borrower: one that LISTENs, one that holds a session-level advisory lock (closing it releases the lock, so a replica
 * that dies cannot leave it held). Each names this replica ({@code application_name}), which is how the others tell
 * who holds a lock.
 */
@ApplicationScoped
public class DedicatedConnections {

    private final String url;
    private final String user;
    private final String password;
    private final String instanceId;

    public DedicatedConnections(@ConfigProperty(name = "quarkus.datasource.jdbc.url") String url,
            @ConfigProperty(name = "quarkus.datasource.username") String user,
            @ConfigProperty(name = "quarkus.datasource.password") String password,
            @ConfigProperty(name = "minutebook.instance-id") String instanceId) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.instanceId = instanceId;
    }

    public Connection open() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("ApplicationName", instanceId);
        Connection connection = new org.postgresql.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    /** This replica, as the stack or the orchestrator names it (MINUTEBOOK_INSTANCE_ID, else the host name). */
    public String instanceId() {
        return instanceId;
    }
}
