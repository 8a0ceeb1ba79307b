package org.minutebook.search.service;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import org.minutebook.search.service.webhook.WebhookDispatcher;

import io.quarkus.runtime.StartupEvent;

/**
 * Wakes this replica's {@link StreamHub} when any replica commits stream rows. Each replica's consumers apply only
 * the partitions they are assigned, but all of them write one stream log in the shared database; {@link StreamLog}
 * sends a NOTIFY in the transaction that writes rows, which PostgreSQL delivers at commit to every listening session,
 * so a browser connected to either replica gets every event, in the log's order; the webhook deliveries are woken
 * the same way. On reconnecting (the database restarted) both are woken once for what was committed meanwhile.
 */
@ApplicationScoped
public class StreamNotifications {

    static final String CHANNEL = "minutebook_stream";

    private static final Logger LOG = Logger.getLogger(StreamNotifications.class);
    private static final Duration WAIT = Duration.ofSeconds(5);
    private static final Duration RECONNECT = Duration.ofSeconds(1);

    private final DedicatedConnections connections;
    private final StreamHub hub;
    private final WebhookDispatcher webhooks;
    private volatile boolean running = true;
    private Thread listener;

    public StreamNotifications(DedicatedConnections connections, StreamHub hub, WebhookDispatcher webhooks) {
        this.connections = connections;
        this.hub = hub;
        this.webhooks = webhooks;
    }

    void start(@Observes StartupEvent started) {
        listener = new Thread(this::listen, "stream-notifications");
        listener.setDaemon(true);
        listener.start();
    }

    private void listen() {
        while (running) {
            try (Connection connection = connections.open()) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("LISTEN " + CHANNEL);
                }
                PGConnection postgres = connection.unwrap(PGConnection.class);
                wake();
                while (running) {
                    PGNotification[] notifications = postgres.getNotifications((int) WAIT.toMillis());
                    if (notifications != null && notifications.length > 0) {
                        wake();
                    } else if (!connection.isValid((int) WAIT.toSeconds())) {
                        break; // a silent network failure: reconnect
                    }
                }
            } catch (SQLException e) {
                if (running) {
                    LOG.debugf("Stream notifications interrupted, reconnecting: %s", e.getMessage());
                }
            }
            pause();
        }
    }

    /** The live stream's connections and the webhook subscriptions both tail the log. */
    private void wake() {
        hub.wake();
        webhooks.wake();
    }

    private void pause() {
        try {
            Thread.sleep(RECONNECT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        if (listener != null) {
            listener.interrupt();
        }
    }
}
