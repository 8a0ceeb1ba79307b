package org.minutebook.shared.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL server: the one named by {@code MINUTEBOOK_PG_URL} (a JDBC URL of any database on it, with
 * {@code MINUTEBOOK_PG_USER} / {@code MINUTEBOOK_PG_PASSWORD}), otherwise an embedded server started from the binaries
 * shipped in a jar.
 */
public final class PostgresServer implements AutoCloseable {

    public static final String URL_ENV = "MINUTEBOOK_PG_URL";
    private static final Pattern SAFE_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final Path dataDir;
    private final int port;
    private EmbeddedPostgres embedded;
    private final String adminUrl;
    private final String user;
    private final String password;

    private PostgresServer(EmbeddedPostgres embedded, Path dataDir, String adminUrl, String user, String password) {
        this.embedded = embedded;
        this.dataDir = dataDir;
        this.port = embedded == null ? 0 : embedded.getPort(); // a restart keeps it, so clients reconnect
        this.adminUrl = adminUrl;
        this.user = user;
        this.password = password;
    }

    /** @param port the embedded server's port; 0 picks a free one. Ignored for an external server. */
    public static PostgresServer start(int port) {
        return start(port, null);
    }

    /**
     * @param dataDir where the embedded server keeps its data, emptied first; it survives {@link #restart()} and is
     *        removed by {@link #close()}. null: a throw-away directory, and no restart.
     */
    public static PostgresServer start(int port, Path dataDir) {
        String external = System.getenv(URL_ENV);
        if (external != null && !external.isBlank()) {
            return new PostgresServer(null, null, external, env("MINUTEBOOK_PG_USER", "postgres"),
                    env("MINUTEBOOK_PG_PASSWORD", "postgres"));
        }
        if (dataDir != null) {
            deleteTree(dataDir);
        }
        EmbeddedPostgres pg = launch(port, dataDir);
        return new PostgresServer(pg, dataDir, pg.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
    }

    private static EmbeddedPostgres launch(int port, Path dataDir) {
        try {
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
            if (port > 0) {
                builder.setPort(port);
            }
            if (dataDir != null) {
                builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
            }
            return builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL server", e);
        }
    }

    /** Stops the embedded server (every connection is cut) without starting it again; see {@link #start()}. */
    public void stop() {
        requireRestartable();
        closeEmbedded();
    }

    /** Starts the stopped embedded server again on the same port, with the data it had. */
    public void start() {
        requireRestartable();
        embedded = launch(port, dataDir);
    }

    /** Stops and starts the embedded server on the same port, keeping its data: a fault injected by tests. */
    public void restart() {
        stop();
        start();
    }

    private void requireRestartable() {
        if (dataDir == null) {
            throw new IllegalStateException("Only an embedded server started with a data directory can restart");
        }
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    /** Creates the database when it does not exist yet and returns its JDBC URL. */
    public String database(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            try (var rs = s.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!rs.next()) {
                    s.execute("CREATE DATABASE " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create database " + name, e);
        }
        return urlOf(name);
    }

    /** Drops a database made for one test run; the server's own databases are never dropped. */
    public void dropDatabase(String name) {
        if (!SAFE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("Not a plain database name: " + name);
        }
        try (Connection c = DriverManager.getConnection(adminUrl, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop database " + name, e);
        }
    }

    public String urlOf(String database) {
        int query = adminUrl.indexOf('?');
        String base = query < 0 ? adminUrl : adminUrl.substring(0, query);
        String params = query < 0 ? "" : adminUrl.substring(query);
        return base.substring(0, base.lastIndexOf('/') + 1) + database + params;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        closeEmbedded();
        if (dataDir != null) {
            deleteTree(dataDir);
        }
    }

    private void closeEmbedded() {
        if (embedded != null) {
            try {
                embedded.close();
                embedded = null;
            } catch (IOException e) {
                throw new IllegalStateException("Could not stop the embedded PostgreSQL server", e);
            }
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
