package org.minutebook.search.service;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/**
 * What the replica that rebuilds holds, on a session of its own: {@link #REBUILD}, so that one replica rebuilds at a
 * time, and then {@link ReadModelGate#READ_MODELS} exclusively, so that no replica's consumer applies meanwhile. Both
 * are session-level advisory locks: closing the session, or the replica dying, releases them.
 */
final class RebuildLock implements AutoCloseable {

    /** The advisory lock key of "a rebuild is running": "REBUIL". */
    static final long REBUILD = 0x5245_4255_494CL;

    /** The replica holding the rebuild lock, and since when its session is open. */
    record Holder(String instanceId, Instant since) {
    }

    private static final String HOLDER = """
            SELECT a.application_name, a.backend_start FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
              AND (l.classid::bigint << 32 | l.objid::bigint) = ?""";

    private final Connection session;

    private RebuildLock(Connection session) {
        this.session = session;
    }

    /** The rebuild lock, or empty when another replica (or this one) holds it. */
    static Optional<RebuildLock> tryTake(DedicatedConnections connections) throws SQLException {
        Connection session = connections.open();
        try {
            if (query(session, "SELECT pg_try_advisory_lock(?)", REBUILD)) {
                return Optional.of(new RebuildLock(session));
            }
        } catch (SQLException | RuntimeException e) {
            session.close();
            throw e;
        }
        session.close();
        return Optional.empty();
    }

    /** Waits until every consumer transaction of every replica has ended; none starts after. */
    void excludeConsumers() throws SQLException {
        try (PreparedStatement lock = session.prepareStatement("SELECT pg_advisory_lock(?)")) {
            lock.setLong(1, ReadModelGate.READ_MODELS);
            lock.execute();
        }
    }

    /** Who holds the rebuild lock, as any session of the database sees it. */
    static Optional<Holder> holder(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(HOLDER)) {
            statement.setLong(1, REBUILD);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next()
                        ? Optional.of(new Holder(rs.getString(1), rs.getTimestamp(2).toInstant()))
                        : Optional.empty();
            }
        }
    }

    private static boolean query(Connection session, String sql, long key) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setLong(1, key);
            try (ResultSet rs = statement.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** Releases both locks. */
    @Override
    public void close() throws SQLException {
        session.close();
    }
}
