package org.minutebook.shared.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * {@code bench-queries actions|search [--runs N] [--plans] [--data DIR]}: the read queries of one service against a
 * synthetic register of a million rows, without the pipeline. Starts an embedded PostgreSQL, applies the service's
 * migrations from its source tree, fills the tables with {@code bench-queries/<service>-data.sql} and vacuums them (as
 * autovacuum would a live database), then runs each block of {@code bench-queries/<service>-queries.sql} (the SQL the
 * service sends, values inlined) N times on one connection and prints its p50 / p99 and, with {@code --plans}, its
 * {@code EXPLAIN (ANALYZE, BUFFERS)}. With {@code --data}, the server keeps its data in DIR: a later run fills
 * nothing and applies only the migrations added since, so that an index can be measured before and after on the same
 * rows.
 */
public final class QueryPlans {

    private static final Pattern VERSION = Pattern.compile("V(\\d+)(?:_(\\d+))?__.*\\.sql");
    private static final Pattern BLOCK = Pattern.compile("^-- query: (.+)$", Pattern.MULTILINE);

    private record Block(String label, String sql) {
    }

    private QueryPlans() {
    }

    public static int run(Path projectDir, List<String> args) throws Exception {
        if (args.isEmpty() || !List.of("actions", "search").contains(args.get(0))) {
            System.err.println("usage: minutebook-stack bench-queries actions|search [--runs N] [--plans]");
            return 2;
        }
        String service = args.get(0);
        int runs = args.contains("--runs") ? Integer.parseInt(args.get(args.indexOf("--runs") + 1)) : 50;
        boolean plans = args.contains("--plans");
        Path data = args.contains("--data") ? Path.of(args.get(args.indexOf("--data") + 1)).toAbsolutePath() : null;
        try (EmbeddedPostgres pg = launch(data)) {
            try (Connection c = pg.getPostgresDatabase().getConnection()) {
                long start = System.nanoTime();
                execute(c, "CREATE TABLE IF NOT EXISTS bench_applied (step text PRIMARY KEY)");
                migrate(c, projectDir.resolve(service + "-service/src/main/resources/db/migration"));
                if (applied(c, "data")) {
                    execute(c, resource(service + "-data.sql"));
                    execute(c, "VACUUM ANALYZE");
                }
                System.out.printf("Migrated and filled in %.0f s:%n", (System.nanoTime() - start) / 1e9);
                printCounts(c);
                for (Block block : blocks(resource(service + "-queries.sql"))) {
                    measure(c, block, runs, plans);
                }
            }
        }
        return 0;
    }

    private static EmbeddedPostgres launch(Path data) throws IOException {
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder();
        if (data != null) {
            Files.createDirectories(data);
            builder.setDataDirectory(data).setCleanDataDirectory(false);
        }
        return builder.start();
    }

    /** Records the step as done; @return whether it was not done before (and should run now) */
    private static boolean applied(Connection c, String step) throws SQLException {
        try (var insert = c.prepareStatement("INSERT INTO bench_applied VALUES (?) ON CONFLICT DO NOTHING")) {
            insert.setString(1, step);
            return insert.executeUpdate() == 1;
        }
    }

    /** The migrations not yet applied, in Flyway's order (by version), each run as one script. */
    private static void migrate(Connection c, Path dir) throws IOException, SQLException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> VERSION.matcher(p.getFileName().toString()).matches())
                    .sorted(Comparator.comparingLong(QueryPlans::version))
                    .toList();
        }
        for (Path file : files) {
            if (applied(c, file.getFileName().toString())) {
                execute(c, Files.readString(file));
            }
        }
    }

    private static long version(Path file) {
        Matcher m = VERSION.matcher(file.getFileName().toString());
        m.matches();
        return Long.parseLong(m.group(1)) * 1000 + (m.group(2) == null ? 0 : Long.parseLong(m.group(2)));
    }

    private static void printCounts(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                SELECT relname, CAST(reltuples AS bigint) FROM pg_class
                WHERE relkind = 'r' AND relnamespace = CAST('public' AS regnamespace) AND reltuples > 0
                ORDER BY relname""")) {
            while (rs.next()) {
                System.out.printf("  %-24s %,12d rows%n", rs.getString(1), rs.getLong(2));
            }
        }
    }

    private static void measure(Connection c, Block block, int runs, boolean plans) throws SQLException {
        long[] nanos = new long[runs];
        int rows = 0;
        try (Statement s = c.createStatement()) {
            for (int warm = 0; warm < 3; warm++) {
                drain(s.executeQuery(block.sql()));
            }
            for (int i = 0; i < runs; i++) {
                long start = System.nanoTime();
                rows = drain(s.executeQuery(block.sql()));
                nanos[i] = System.nanoTime() - start;
            }
        }
        Arrays.sort(nanos);
        System.out.printf("%n%s: %d rows, p50 %.2f ms, p99 %.2f ms (n = %d)%n", block.label(), rows,
                percentile(nanos, 50), percentile(nanos, 99), runs);
        if (plans) {
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("EXPLAIN (ANALYZE, BUFFERS) " + block.sql())) {
                while (rs.next()) {
                    System.out.println("    " + rs.getString(1));
                }
            }
        }
    }

    private static double percentile(long[] sorted, int p) {
        int at = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, at))] / 1e6;
    }

    private static int drain(ResultSet rs) throws SQLException {
        int n = 0;
        try (rs) {
            while (rs.next()) {
                n++;
            }
        }
        return n;
    }

    private static List<Block> blocks(String script) {
        List<Block> blocks = new ArrayList<>();
        Matcher m = BLOCK.matcher(script);
        List<int[]> at = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        while (m.find()) {
            at.add(new int[]{m.start(), m.end()});
            labels.add(m.group(1).strip());
        }
        for (int i = 0; i < at.size(); i++) {
            int end = i + 1 < at.size() ? at.get(i + 1)[0] : script.length();
            blocks.add(new Block(labels.get(i), script.substring(at.get(i)[1], end).strip()));
        }
        return blocks;
    }

    private static void execute(Connection c, String script) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(script);
        }
    }

    private static String resource(String name) {
        try (InputStream in = QueryPlans.class.getResourceAsStream("/bench-queries/" + name)) {
            if (in == null) {
                throw new IllegalStateException("No resource bench-queries/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
