package org.minutebook.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;
import org.minutebook.messaging.CloudEvent;
import org.minutebook.search.service.StreamLog;
import org.minutebook.search.service.webhook.DeliveryQueue;
import org.minutebook.search.service.webhook.DeliveryQueue.Claim;
import org.minutebook.search.service.webhook.DeliveryQueue.Outcome;
import org.minutebook.search.service.webhook.Delivery;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A subscription's cursor never passes a row it has not taken: while events commit one after another, a deliverer
 * that keeps catching up with the log takes every one, once, in log order. Moving the cursor to a newest id read apart
 * from the search for the next row lost the rows that committed in between.
 */
@QuarkusTest
class WebhookCursorTest {

    private static final int EVENTS = 1000;
    private static final String OWNER = "cursor-test";

    @Inject
    StreamLog log;

    @Inject
    DeliveryQueue queue;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    @Test
    void shouldTakeEveryRowCommittedWhileTheDelivererCatchesUp() throws Exception {
        String committee = "Cursor Board " + UUID.randomUUID();
        UUID id = UUID.randomUUID();
        // Leased for the test: the service's own deliverer leaves it alone.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("""
                INSERT INTO webhook_subscription (id, url, types, committee, audience, secret, cursor_id,
                    lease_owner, lease_until)
                VALUES (:id, 'https://example.org/hook', '{}', :committee, 'officer', 'whsec_test',
                    (SELECT coalesce(max(id), 0) FROM stream_event), :owner, now() + interval '1 hour')""")
                .setParameter("id", id).setParameter("committee", committee).setParameter("owner", OWNER)
                .executeUpdate());

        List<String> written = new ArrayList<>();
        for (int i = 0; i < EVENTS; i++) {
            written.add(UUID.randomUUID().toString());
        }
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (String eventId : written) {
                CloudEvent event = new CloudEvent(CloudEvent.SPEC_VERSION, UUID.fromString(eventId), "/test",
                        "minutes.meeting.recorded", null, Instant.now(), CloudEvent.DATA_CONTENT_TYPE,
                        mapper.createObjectNode().put("committee", committee));
                QuarkusTransaction.requiringNew().run(() -> {
                    log.append(StreamLog.MEETINGS, event);
                    log.writeAppended();
                });
                // Slower than the deliverer, so that it catches up again and again while rows commit.
                LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(3_000_000));
            }
        });

        List<String> taken = new ArrayList<>();
        boolean caughtUpAfterTheLast = false;
        while (!caughtUpAfterTheLast) {
            boolean writing = !writer.isDone();
            Claim claim = queue.lease(id, OWNER, Duration.ofHours(1)).orElseThrow();
            Optional<Delivery> next = queue.next(claim.subscription());
            if (next.isPresent()) {
                taken.add(next.get().eventId());
                queue.record(id, next.get(), new Outcome(true, 200, null), Duration.ZERO, 10);
            } else {
                caughtUpAfterTheLast = !writing;
            }
        }
        writer.get();
        System.out.printf("Webhook cursor: %d events committed while delivering, %d taken%n", written.size(),
                taken.size());
        List<String> missing = written.stream().filter(eventId -> !taken.contains(eventId)).toList();
        assertEquals(List.of(), missing, "every row taken");
        assertEquals(written.size(), taken.size(), "none twice");
        assertTrue(written.equals(taken), "in log order");
    }
}
