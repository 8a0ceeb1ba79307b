package org.minutebook.search.e2e;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Records meetings as a clerk at a desk would while the system has trouble: a request that gets no answer or a 5xx is
 * sent again until it is stored, and a 409 on a retry means the first attempt was stored after all.
 */
final class RetryingClerk {

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String meetingsUrl;
    private final String token;
    private final AtomicInteger recorded = new AtomicInteger();
    private int batchStart;

    RetryingClerk(String meetingsUrl, String token) {
        this.meetingsUrl = meetingsUrl;
        this.token = token;
    }

    /** Records each meeting (published at once) in turn on a thread of its own. */
    Thread recordInBackground(List<String> meetings) {
        batchStart = recorded.get();
        Thread thread = new Thread(() -> meetings.forEach(this::record), "retrying-clerk");
        thread.start();
        return thread;
    }

    /** Waits until {@code count} meetings of the current batch are stored. */
    void awaitRecorded(int count) {
        await().atMost(Duration.ofMinutes(2)).until(() -> recorded.get() - batchStart >= count);
    }

    int recorded() {
        return recorded.get();
    }

    private void record(String meeting) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(meetingsUrl + "/api/meetings?publish=true"))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofString(meeting))
                .build();
        for (int attempt = 1;; attempt++) {
            try {
                int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status == 201 || status == 409 && attempt > 1) {
                    recorded.incrementAndGet();
                    return;
                }
                if (status < 500) {
                    throw new IllegalStateException("The meeting was refused with " + status);
                }
            } catch (IOException e) {
                // the service is down: try again, as a person would
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            FaultToleranceIT.pause(Duration.ofMillis(500));
        }
    }
}
