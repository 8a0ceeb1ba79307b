package org.minutebook.shared.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

import org.minutebook.shared.infra.PostgresServer;

/**
 * The read queries of issue 19's targets, each kind measured on its own and then all kinds mixed: search by rare,
 * medium and frequent terms, outstanding actions of an assignee, matters arising of a committee, the decisions
 * register of a committee and a person's attendance. People are picked from the search read model's own ids, so that
 * every attendance request names someone who exists.
 */
final class QueryMix {

    record Query(String label, String service, Function<SplittableRandom, String> path) {
    }

    private final List<Query> queries;

    private QueryMix(List<String> personIds) {
        queries = List.of(
                new Query("Search, rare terms", "search-service",
                        r -> "/api/search?q=" + SyntheticMinutes.rare(r.nextInt(5_000))),
                new Query("Search, medium terms", "search-service",
                        r -> "/api/search?q=" + pick(r, SyntheticMinutes.MEDIUM)),
                new Query("Search, frequent terms", "search-service",
                        r -> "/api/search?q=" + pick(r, SyntheticMinutes.FREQUENT)),
                new Query("Outstanding actions of an assignee", "actions-service",
                        r -> "/api/actions?status=OPEN&assignee=" + QueryLatency.encode(SyntheticMinutes.person(r))),
                new Query("Matters arising of a committee", "actions-service",
                        r -> "/api/committees/" + committee(r) + "/matters-arising?before="
                                + LocalDate.of(2000 + r.nextInt(10), 1 + r.nextInt(12), 1)),
                new Query("Decisions of a committee", "search-service",
                        r -> "/api/decisions?committee=" + QueryLatency.encode(SyntheticMinutes.committee(r))),
                new Query("A person's attendance", "search-service",
                        r -> "/api/people/" + pick(r, personIds) + "/attendance"));
    }

    /** The mix over the people the search read model holds (up to 500 of them). */
    static QueryMix over(PostgresServer postgres) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(postgres.urlOf("search"), postgres.user(),
                postgres.password());
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM person ORDER BY key LIMIT 500")) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        if (ids.isEmpty()) {
            throw new IllegalStateException("the search read model holds no person to ask about");
        }
        return new QueryMix(ids);
    }

    /** Each kind of query alone, {@code each} long, with {@code clients} concurrent clients. */
    void eachKind(Report report, Pipeline pipeline, int clients, Duration each, String at) throws Exception {
        for (Query query : queries) {
            report.add(query.label() + at,
                    QueryLatency.run(pipeline, query.service(), clients, each, query.path()).summary(50, 99));
        }
    }

    /** Every kind at once, each request a random kind: the rate and latency a mixed load gets. */
    void mixed(Report report, Pipeline pipeline, int clients, Duration duration, String at) throws Exception {
        long start = System.nanoTime();
        Latencies all = QueryLatency.run(pipeline, clients, duration, r -> {
            Query query = queries.get(r.nextInt(queries.size()));
            return pipeline.stack.url(query.service()) + query.path().apply(r);
        });
        double seconds = (System.nanoTime() - start) / 1e9;
        report.add("Mixed queries" + at, Report.format(all.count() / seconds) + " queries/s, "
                + all.summary(50, 99));
    }

    private static String committee(SplittableRandom r) {
        return QueryLatency.encode(SyntheticMinutes.committee(r)).replace("+", "%20");
    }

    private static String pick(SplittableRandom random, List<String> values) {
        return values.get(random.nextInt(values.size()));
    }
}
