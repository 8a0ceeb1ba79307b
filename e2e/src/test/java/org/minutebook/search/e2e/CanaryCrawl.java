package org.minutebook.search.e2e;

import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads public responses as an anonymous caller and counts the canaries in each. */
final class CanaryCrawl {

    private final List<String> canaries;
    private final Map<String, Integer> found = new LinkedHashMap<>();

    CanaryCrawl(List<String> canaries) {
        this.canaries = canaries.stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    /** The body of a public GET, whatever its status: a 404 is fine, a leak in it is not. */
    void page(String url, String accept) {
        var request = given();
        if (accept != null) {
            request.accept(accept);
        }
        var response = request.get(url);
        assertThat(url + " answered " + response.statusCode(), response.statusCode() < 500);
        // What the caller sent comes back to it (a search's query, the id a 404 names): its own, not a leak.
        String asked = url.toLowerCase(Locale.ROOT);
        List<String> unasked = canaries.stream().filter(c -> !asked.contains(c)).toList();
        found.put(url + (accept == null ? "" : " (" + accept + ")"), occurrences(response.asString(), unasked));
    }

    void stream(String url) throws IOException, InterruptedException {
        String received = replay(url);
        assertThat("the stream replayed the meetings' events", received, containsString("minutes.item.recorded"));
        found.put(url + " (replayed from the start)", occurrences(received, canaries));
    }

    Map<String, Integer> found() {
        return found;
    }

    int total() {
        return found.values().stream().mapToInt(Integer::intValue).sum();
    }

    Map<String, Integer> leaks() {
        return found.entrySet().stream().filter(e -> e.getValue() > 0)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    /** What the live stream sends an anonymous subscriber replaying from the start, read for a few seconds. */
    static String replay(String url) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).header("Accept", "text/event-stream")
                .header("Last-Event-ID", "0").build();
        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofInputStream());
        StringBuffer received = new StringBuffer();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    received.append(line).append('\n');
                }
            } catch (IOException e) {
                // closed below
            }
        });
        reader.start();
        Thread.sleep(3_000);
        response.body().close();
        reader.join(2_000);
        return received.toString();
    }

    private static int occurrences(String body, List<String> canaries) {
        String text = body.toLowerCase(Locale.ROOT);
        int count = 0;
        for (String canary : canaries) {
            for (int at = text.indexOf(canary); at >= 0; at = text.indexOf(canary, at + 1)) {
                count++;
            }
        }
        return count;
    }
}
