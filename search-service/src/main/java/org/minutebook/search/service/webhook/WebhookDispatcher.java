package org.minutebook.search.service.webhook;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.minutebook.search.service.webhook.DeliveryQueue.Claim;
import org.minutebook.search.service.webhook.DeliveryQueue.Outcome;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Delivers every enabled subscription this replica holds the lease of, each on one thread at a time and one event at
 * a time. Woken by the stream log's notification (any replica's commit) and by a poll, which finds retries that fell
 * due and subscriptions another replica let go.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final DeliveryQueue queue;
    private final WebhookSender sender;
    private final WebhookMetrics metrics;
    private final WebhookSettings settings;
    /** Unique per process: two replicas named alike must not share a lease. */
    private final String owner;
    private final Set<UUID> running = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final ScheduledExecutorService ticker;
    private final ExecutorService workers;
    private volatile boolean stopping;

    public WebhookDispatcher(DeliveryQueue queue, WebhookSender sender, WebhookMetrics metrics,
            WebhookSettings settings, @ConfigProperty(name = "minutebook.instance-id") String instance) {
        this.queue = queue;
        this.sender = sender;
        this.metrics = metrics;
        this.settings = settings;
        this.owner = instance + "/" + UUID.randomUUID();
        this.ticker = Executors.newSingleThreadScheduledExecutor(daemon("webhook-ticker"));
        this.workers = Executors.newFixedThreadPool(settings.threads(), daemon("webhook-delivery"));
    }

    void start(@Observes StartupEvent started) {
        long poll = settings.poll().toMillis();
        ticker.scheduleWithFixedDelay(this::wake, poll, poll, TimeUnit.MILLISECONDS);
    }

    /** Wake-ups that arrive while a scan is pending fold into it. */
    public void wake() {
        if (!stopping && scheduled.compareAndSet(false, true)) {
            ticker.execute(this::scan);
        }
    }

    private void scan() {
        scheduled.set(false);
        try {
            for (UUID id : queue.enabled()) {
                if (running.add(id)) {
                    workers.execute(() -> drain(id));
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("Could not read the webhook subscriptions: %s", e.getMessage());
        }
    }

    /** Until nothing is due, a failure waits for its retry, or the lease is another replica's. */
    private void drain(UUID id) {
        try {
            while (!stopping) {
                Optional<Claim> claim = queue.lease(id, owner, settings.lease());
                if (claim.isEmpty()) {
                    return;
                }
                Optional<Delivery> next = queue.next(claim.get().subscription());
                if (next.isEmpty()) {
                    return;
                }
                Delivery delivery = next.get();
                Outcome outcome = sender.send(claim.get(), delivery);
                Duration retryIn = outcome.delivered()
                        ? Duration.ZERO
                        : settings.backoff().delay(delivery.attempts() + 1);
                boolean disabled = queue.record(id, delivery, outcome, retryIn, settings.disableAfter());
                metrics.attempted(id, outcome.delivered(), disabled);
                if (disabled) {
                    LOG.warnf("Webhook subscription %s disabled after %d consecutive failures: %s", id,
                            settings.disableAfter(), outcome.error());
                }
                if (!outcome.delivered()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The poll tries again; the queue is unchanged by a step that did not commit.
            LOG.warnf("Webhook delivery of subscription %s interrupted: %s", id, e.getMessage());
        } finally {
            running.remove(id);
        }
    }

    /** On shutdown, while the database is still there: the leases go at once rather than lapse. */
    void stop(@Observes ShutdownEvent stopped) {
        stopping = true;
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(settings.readTimeout().toMillis(), TimeUnit.MILLISECONDS);
            queue.release(owner);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.debugf("Webhook leases not released; they expire: %s", e.getMessage());
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
