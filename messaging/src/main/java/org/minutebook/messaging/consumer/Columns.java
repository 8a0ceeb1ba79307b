package org.minutebook.messaging.consumer;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The rows of one set-based statement, column by column: how a {@link BatchHandler} writes a batch. Each column is
 * bound as one text array, which the statement unnests and casts ({@code unnest(?::text[], …) AS u(…)}): one round
 * trip however many rows there are.
 */
public final class Columns {

    /** Reads one row of a query's result. */
    @FunctionalInterface
    public interface RowReader<R> {
        R read(ResultSet row) throws SQLException;
    }

    private final List<List<String>> columns = new ArrayList<>();
    private int rows;

    public Columns(int count) {
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>());
        }
    }

    /** One row: a value per column, in the statement's order; null stays NULL. */
    public Columns add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : Objects.toString(values[i]));
        }
        rows++;
        return this;
    }

    public boolean isEmpty() {
        return rows == 0;
    }

    /**
     * A text[] value as PostgreSQL writes it ({@code {"a","b \"c\""}}), for a column that holds an array: the
     * statement casts the unnested text back ({@code u.owners::text[]}), as a text[][] cannot hold rows of different
     * lengths.
     */
    public static String arrayLiteral(Collection<String> values) {
        StringBuilder literal = new StringBuilder("{");
        for (String value : values) {
            if (literal.length() > 1) {
                literal.append(',');
            }
            if (value == null) {
                literal.append("NULL");
            } else {
                literal.append('"').append(value.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            }
        }
        return literal.append('}').toString();
    }

    /** Runs {@code sql}, whose parameters are the columns in order; nothing at all when there are no rows. */
    public int execute(EntityManager em, String sql) {
        if (rows == 0) {
            return 0;
        }
        return em.unwrap(Session.class)
                .doReturningWork(connection -> bound(connection, sql, PreparedStatement::executeUpdate));
    }

    /** As {@link #execute}, for a statement that returns rows (a SELECT, or RETURNING): each read by {@code reader}. */
    public <R> List<R> query(EntityManager em, String sql, RowReader<R> reader) {
        if (rows == 0) {
            return List.of();
        }
        return em.unwrap(Session.class).doReturningWork(connection -> bound(connection, sql, statement -> {
            List<R> result = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    result.add(reader.read(row));
                }
            }
            return result;
        }));
    }

    @FunctionalInterface
    private interface Run<R> {
        R run(PreparedStatement statement) throws SQLException;
    }

    private <R> R bound(Connection connection, String sql, Run<R> run) throws SQLException {
        List<Array> arrays = new ArrayList<>(columns.size());
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < columns.size(); i++) {
                Array array = connection.createArrayOf("text", columns.get(i).toArray());
                arrays.add(array);
                statement.setArray(i + 1, array);
            }
            return run.run(statement);
        } finally {
            for (Array array : arrays) {
                array.free();
            }
        }
    }
}
