package org.minutebook.shared.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

/**
 * Query latency with {@code clients} concurrent clients, each sending its next request as soon as the last is
 * answered, for a fixed time per kind of query. A timeout or any answer but 200 is counted and reported with the
 * percentiles, which include its time: a fast error is not a fast answer, and one slow query must not lose the run.
 */
final class QueryLatency {

    private QueryLatency() {
    }

    /** @param pathFor the request path of the i-th request of a client, from that client's random source */
    static Latencies run(Pipeline pipeline, String service, int clients, Duration duration,
            Function<SplittableRandom, String> pathFor) throws Exception {
        String base = pipeline.stack.url(service);
        return run(pipeline, clients, duration, r -> base + pathFor.apply(r));
    }

    /** @param urlFor the whole URL of the i-th request of a client, from that client's random source */
    static Latencies run(Pipeline pipeline, int clients, Duration duration, Function<SplittableRandom, String> urlFor)
            throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    HttpRequest request = HttpRequest.newBuilder(URI.create(urlFor.apply(random)))
                            .timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = pipeline.http.send(request,
                                HttpResponse.BodyHandlers.ofByteArray());
                        if (response.statusCode() == 200) {
                            latencies.recordNanos(System.nanoTime() - start);
                        } else {
                            latencies.recordFailure(System.nanoTime() - start);
                        }
                    } catch (HttpTimeoutException e) {
                        latencies.recordFailure(System.nanoTime() - start);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        pool.shutdown();
        return latencies;
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
