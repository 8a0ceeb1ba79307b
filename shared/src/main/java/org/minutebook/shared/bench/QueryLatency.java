package org.minutebook.shared.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
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
 * answered, for a fixed time per kind of query. Any answer but 200 stops the run: a fast error is not a latency.
 */
final class QueryLatency {

    private QueryLatency() {
    }

    /** @param pathFor the request path of the i-th request of a client, from that client's random source */
    static Latencies run(Pipeline pipeline, String service, int clients, Duration duration,
            Function<SplittableRandom, String> pathFor) throws Exception {
        Latencies latencies = new Latencies();
        String base = pipeline.stack.url(service);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            SplittableRandom random = new SplittableRandom(c);
            workers.add(pool.submit(() -> {
                while (System.nanoTime() < end) {
                    String path = pathFor.apply(random);
                    HttpRequest request = HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(30)).build();
                    long start = System.nanoTime();
                    HttpResponse<byte[]> response = pipeline.http.send(request,
                            HttpResponse.BodyHandlers.ofByteArray());
                    latencies.recordNanos(System.nanoTime() - start);
                    if (response.statusCode() != 200) {
                        throw new IllegalStateException(path + " answered " + response.statusCode());
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
