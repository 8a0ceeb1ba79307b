package org.minutebook.search.service;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.EntityManager;

import org.hibernate.Session;

/**
 * The rows of one set-based statement, column by column. Each column is bound as one text array, which the statement
 * unnests and casts ({@code unnest(?::text[], …) AS u(…)}): one round trip however many rows there are.
 */
final class Columns {

    private final List<List<String>> columns = new ArrayList<>();
    private int rows;

    Columns(int count) {
        for (int i = 0; i < count; i++) {
            columns.add(new ArrayList<>());
        }
    }

    /** One row: a value per column, in the statement's order; null stays NULL. */
    Columns add(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(values.length + " values for " + columns.size() + " columns");
        }
        for (int i = 0; i < values.length; i++) {
            columns.get(i).add(values[i] == null ? null : Objects.toString(values[i]));
        }
        rows++;
        return this;
    }

    boolean isEmpty() {
        return rows == 0;
    }

    /** Runs {@code sql}, whose parameters are the columns in order; nothing at all when there are no rows. */
    int execute(EntityManager em, String sql) {
        if (rows == 0) {
            return 0;
        }
        return em.unwrap(Session.class).doReturningWork(connection -> {
            List<Array> arrays = new ArrayList<>(columns.size());
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                for (int i = 0; i < columns.size(); i++) {
                    Array array = connection.createArrayOf("text", columns.get(i).toArray());
                    arrays.add(array);
                    statement.setArray(i + 1, array);
                }
                return statement.executeUpdate();
            } finally {
                for (Array array : arrays) {
                    array.free();
                }
            }
        });
    }
}
