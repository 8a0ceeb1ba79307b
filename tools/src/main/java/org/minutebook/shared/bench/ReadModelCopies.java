package org.minutebook.shared.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.minutebook.shared.infra.PostgresServer;

/**
 * Grows the read models for the query run: the rows the consumers wrote from the ingested archive are copied
 * {@code copies - 1} more times inside PostgreSQL, with new ids and dates moved back by the archive's span (whole
 * years) per copy, so that
 * queries meet a million items with the pipeline's own row shapes and word mix. Sending that many meetings through
 * the pipeline would take hours on this machine; the copies change what the queries read, not how it was written.
 * People are shared by all copies, as they are across the years of a real archive.
 */
final class ReadModelCopies {

    /** Parents first, so that foreign keys find their rows. */
    static final Map<String, List<String>> TABLES = Map.of(
            "actions", List.of("meeting", "meeting_attendee", "meeting_item", "tracked_action", "action_assignee",
                    "deferral", "deferral_carry"),
            "search", List.of("meeting", "attendance", "item", "resolution", "item_action", "item_status"));

    private ReadModelCopies() {
    }

    /**
     * The years each copy moves back: the search read model's span of meeting dates, so that the copies follow each
     * other without a gap and a million items stay within the years since 1600 (a century per copy reached the
     * Julian calendar, whose dates JDBC reads differently, by the fortieth copy).
     */
    static int yearsPerCopy(PostgresServer postgres) throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.urlOf("search"), postgres.user(),
                postgres.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT extract(year FROM max(date)) - extract(year FROM min(date)) + 1 "
                        + "FROM meeting")) {
            rs.next();
            return Math.max(1, rs.getInt(1));
        }
    }

    static void multiply(PostgresServer postgres, String database, int copies, int yearsPerCopy)
            throws SQLException {
        try (Connection c = DriverManager.getConnection(postgres.urlOf(database), postgres.user(),
                postgres.password()); Statement s = c.createStatement()) {
            c.setAutoCommit(false);
            for (String table : TABLES.get(database)) {
                List<String> columns = new ArrayList<>();
                List<String> values = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("""
                        SELECT column_name, data_type FROM information_schema.columns
                        WHERE table_schema = 'public' AND table_name = '%s' AND is_generated = 'NEVER'
                            AND is_identity = 'NO' AND coalesce(column_default, '') NOT LIKE 'nextval%%'
                        ORDER BY ordinal_position""".formatted(table))) {
                    while (rs.next()) {
                        columns.add(rs.getString(1));
                        values.add(copyOf(rs.getString(1), rs.getString(2), yearsPerCopy));
                    }
                }
                s.execute("CREATE TEMP TABLE source_rows ON COMMIT DROP AS SELECT " + String.join(", ", columns)
                        + " FROM " + table);
                for (int k = 1; k < copies; k++) {
                    s.execute("INSERT INTO " + table + " (" + String.join(", ", columns) + ") SELECT "
                            + String.join(", ", values).replace("{k}", Integer.toString(k)) + " FROM source_rows");
                }
                c.commit();
            }
            c.setAutoCommit(true);
            s.execute("ANALYZE");
        }
    }

    /** The column of the k-th copy: ids derived from the original's, dates the given years earlier per copy. */
    private static String copyOf(String column, String type, int yearsPerCopy) {
        if (type.equals("uuid") && !column.equals("person_id")) {
            return "CAST(md5(" + column + "::text || ':{k}') AS uuid)";
        }
        if (type.equals("date")) {
            return "CAST(" + column + " - make_interval(years => " + yearsPerCopy + " * {k}) AS date)";
        }
        return column;
    }
}
