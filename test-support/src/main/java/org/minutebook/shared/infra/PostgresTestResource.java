package org.minutebook.shared.infra;

import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Gives a {@code @QuarkusTest} its own database on a real PostgreSQL server. Init arg {@code database} names it.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private PostgresServer server;
    private String database;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", "minutebook");
    }

    @Override
    public Map<String, String> start() {
        server = PostgresServer.start(0);
        // On a shared external server a test run gets a database of its own, dropped afterwards.
        if (!server.isEmbedded()) {
            database = database + "_test_" + ProcessHandle.current().pid();
        }
        String url = server.database(database);
        return Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", server.user(),
                "quarkus.datasource.password", server.password());
    }

    @Override
    public void stop() {
        if (server != null) {
            if (!server.isEmbedded()) {
                server.dropDatabase(database);
            }
            server.close();
        }
    }
}
