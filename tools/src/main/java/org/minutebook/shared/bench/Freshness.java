package org.minutebook.shared.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Freshness under constant-rate load: meetings posted so that item events arrive at a fixed rate, and for each item
 * the time from its meeting's 201 to its appearance on search-service's live stream (applied there), and for each
 * action the time to its {@code minutes.action.assigned} (applied by actions-service and relayed).
 */
final class Freshness {

    record Result(Latencies search, Latencies actions, double itemEventsPerSecond) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Long> answered = new ConcurrentHashMap<>();
    private final Map<String, long[]> searchSeen = new ConcurrentHashMap<>();
    private final Map<String, long[]> actionsSeen = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private Freshness() {
    }

    static Result run(Pipeline pipeline, SyntheticMinutes archive, int first, double itemEventsPerSecond,
            Duration duration) throws Exception {
        return new Freshness().measure(pipeline, archive, first, itemEventsPerSecond, duration);
    }

    private Result measure(Pipeline pipeline, SyntheticMinutes archive, int first, double rate, Duration duration)
            throws Exception {
        ExecutorService listeners = Executors.newFixedThreadPool(2);
        InputStream stream = openStream(pipeline);
        listeners.execute(() -> readStream(stream));
        listeners.execute(() -> readActions(pipeline.stack.kafkaBootstrapServers()));
        Thread.sleep(1000); // both listening before the first meeting

        ExecutorService posters = Executors.newFixedThreadPool(4);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        long due = start;
        long items = 0;
        int expectedActions = 0;
        for (int n = first; due < end; n++) {
            ObjectNode meeting = archive.meeting(n);
            int itemCount = meeting.withArray("items").size();
            items += itemCount;
            for (JsonNode item : meeting.withArray("items")) {
                expectedActions += item.withArray("actions").size();
            }
            long wait = due - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            posters.execute(() -> {
                try {
                    String id = pipeline.post(meeting);
                    answered.put(id, System.nanoTime());
                } catch (IOException | InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            due += (long) (itemCount / rate * 1e9);
        }
        posters.shutdown();
        posters.awaitTermination(2, TimeUnit.MINUTES);
        double achieved = items / ((System.nanoTime() - start) / 1e9);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while ((searchSeen.size() < items || actionsSeen.size() < expectedActions) && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        running.set(false);
        stream.close();
        listeners.shutdownNow();
        return new Result(latencies(searchSeen), latencies(actionsSeen), achieved);
    }

    /** Each seen entry is {arrival time, meeting}; its freshness counts from that meeting's 201. */
    private Latencies latencies(Map<String, long[]> seen) {
        Latencies latencies = new Latencies();
        seen.values().forEach(entry -> {
            Long answeredAt = answered.get(new UUID(entry[1], entry[2]).toString());
            if (answeredAt != null) {
                latencies.recordNanos(Math.max(0, entry[0] - answeredAt));
            }
        });
        return latencies;
    }

    private static InputStream openStream(Pipeline pipeline) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(pipeline.stack.url("search-service")
                + "/api/stream?types=minutes.item.recorded")).header("Accept", "text/event-stream").build();
        return pipeline.http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body();
    }

    private void readStream(InputStream stream) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null && running.get(); line = lines.readLine()) {
                if (line.startsWith("data:")) {
                    JsonNode data = JSON.readTree(line.substring(5)).path("data");
                    seen(searchSeen, data.path("itemId").asText(), data.path("meetingId").asText());
                }
            }
        } catch (IOException e) {
            // closed at the end of the run
        }
    }

    private void readActions(String bootstrapServers) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID());
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor("minutes.actions").stream()
                    .map(p -> new TopicPartition("minutes.actions", p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToEnd(partitions);
            partitions.forEach(consumer::position);
            while (running.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(50))) {
                    JsonNode event = JSON.readTree(record.value());
                    if ("minutes.action.assigned".equals(event.path("type").asText())) {
                        JsonNode data = event.path("data");
                        seen(actionsSeen, data.path("actionId").asText(), data.path("meetingId").asText());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (org.apache.kafka.common.errors.InterruptException e) {
            // the run is over
        }
    }

    private static void seen(Map<String, long[]> seen, String id, String meetingId) {
        long now = System.nanoTime();
        if (!id.isEmpty() && !meetingId.isEmpty()) {
            UUID meeting = UUID.fromString(meetingId);
            seen.putIfAbsent(id, new long[]{now, meeting.getMostSignificantBits(), meeting.getLeastSignificantBits()});
        }
    }
}
