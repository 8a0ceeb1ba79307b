package org.minutebook.search.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;

/** A live-stream connection as a browser holds one: each SSE event as it arrives, with its id and CloudEvent id. */
final class SseReader implements AutoCloseable {

    /** {@code sseId}: the stream's sequence; {@code eventId}: the CloudEvent's id. */
    record Received(long sseId, String type, String eventId) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final InputStream body;
    private final Thread reader;

    private SseReader(InputStream body) {
        this.body = body;
        this.reader = new Thread(this::read, "sse-reader");
        this.reader.setDaemon(true);
        this.reader.start();
    }

    /** Opens {@code /api/stream} on the service at {@code baseUrl}, live from now. */
    static SseReader open(String baseUrl, String query) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl + "/api/stream?" + query))
                .header("Accept", "text/event-stream").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(baseUrl + "/api/stream answered " + response.statusCode());
        }
        return new SseReader(response.body());
    }

    /** What arrived so far, in order. */
    List<Received> received() {
        return List.copyOf(received);
    }

    private void read() {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8))) {
            String id = null;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.isEmpty()) {
                    if (id != null && data.length() > 0) {
                        received.add(new Received(Long.parseLong(id), name,
                                JSON.readTree(data.toString()).path("id").asText()));
                    }
                    id = null;
                    name = null;
                    data.setLength(0);
                } else if (line.startsWith("id:")) {
                    id = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).strip());
                }
            }
        } catch (IOException e) {
            // closed by the test
        }
    }

    @Override
    public void close() throws IOException {
        body.close();
        reader.interrupt();
    }
}
