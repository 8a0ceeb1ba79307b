package org.minutebook.search.service.webhook;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.minutebook.search.service.DecisionRegister;
import org.minutebook.search.service.StreamLog;

/** The clerk's side of the subscriptions: register, read, enable or disable, delete, and the delivery log. */
@ApplicationScoped
public class WebhookStore {

    static final String COLUMNS = "id, url, array_to_string(types, ','), committee, audience, enabled, "
            + "disabled_reason, consecutive_failures, created_at, cursor_id";
    static final String DELIVERY_COLUMNS = "stream_id, event_id, type, status, attempts, last_status, last_error, "
            + "last_attempt_at, next_attempt_at, body";

    private final EntityManager em;
    private final StreamLog log;

    public WebhookStore(EntityManager em, StreamLog log) {
        this.em = em;
        this.log = log;
    }

    /** A new subscription starts after the newest event in the log: it gets what happens from now on. */
    @Transactional
    public WebhookCreated register(WebhookRegistration registration) {
        WebhookRegistration checked = RegistrationCheck.checked(registration);
        UUID id = UUID.randomUUID();
        String secret = WebhookSigner.newSecret();
        em.createNativeQuery("""
                INSERT INTO webhook_subscription (id, url, types, committee, audience, secret, cursor_id)
                VALUES (:id, :url, CAST(:types AS text[]), :committee, :audience, :secret, :cursor)""")
                .setParameter("id", id)
                .setParameter("url", checked.url())
                .setParameter("types", checked.types().toArray(String[]::new))
                .setParameter("committee", checked.committee())
                .setParameter("audience", checked.audience())
                .setParameter("secret", secret)
                .setParameter("cursor", log.lastId())
                .executeUpdate();
        return new WebhookCreated(find(id).orElseThrow(), secret);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Subscription> list() {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription "
                + "ORDER BY created_at, id").getResultList();
        return rows.stream().map(WebhookStore::subscription).toList();
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Subscription> find(UUID id) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + COLUMNS + " FROM webhook_subscription WHERE id = :id")
                .setParameter("id", id).getResultList();
        return rows.stream().map(WebhookStore::subscription).findFirst();
    }

    /** @return false when there was none; its delivery log goes with it */
    @Transactional
    public boolean delete(UUID id) {
        return em.createNativeQuery("DELETE FROM webhook_subscription WHERE id = :id").setParameter("id", id)
                .executeUpdate() > 0;
    }

    /**
     * Enabling again starts from zero failures and puts the event it gave up on back at the head of the queue, so
     * that it resumes where it stopped, in order. Disabling by hand keeps the queue as it is.
     */
    @Transactional
    public Optional<Subscription> enable(UUID id, boolean enabled) {
        int changed = em.createNativeQuery(enabled ? """
                UPDATE webhook_subscription SET enabled = true, disabled_reason = NULL, consecutive_failures = 0
                WHERE id = :id""" : """
                UPDATE webhook_subscription SET enabled = false, disabled_reason = 'disabled by a clerk'
                WHERE id = :id""").setParameter("id", id).executeUpdate();
        if (changed > 0 && enabled) {
            requeue(id, "status = 'failed'");
        }
        return find(id);
    }

    @Transactional
    @SuppressWarnings("unchecked")
    public List<Delivery> deliveries(UUID id, String status, int page, int size) {
        List<Object[]> rows = em.createNativeQuery("SELECT " + DELIVERY_COLUMNS + " FROM webhook_delivery "
                + "WHERE subscription_id = :id AND (:status = '' OR status = :status) "
                + "ORDER BY stream_id DESC LIMIT :size OFFSET :offset")
                .setParameter("id", id)
                .setParameter("status", status == null ? "" : status)
                .setParameter("size", size)
                .setParameter("offset", (long) page * size)
                .getResultList();
        return rows.stream().map(WebhookStore::delivery).toList();
    }

    /** @return how many deliveries of the event were queued again: 0 when the log does not hold it */
    @Transactional
    public int redeliver(UUID id, String eventId) {
        return requeue(id, "event_id = :event", eventId);
    }

    @Transactional
    public int redeliverFailed(UUID id) {
        return requeue(id, "status = 'failed'");
    }

    private int requeue(UUID id, String condition, String... eventId) {
        var update = em.createNativeQuery("UPDATE webhook_delivery SET status = 'pending', next_attempt_at = now() "
                + "WHERE subscription_id = :id AND " + condition).setParameter("id", id);
        if (eventId.length > 0) {
            update.setParameter("event", eventId[0]);
        }
        return update.executeUpdate();
    }

    static Subscription subscription(Object[] row) {
        String types = (String) row[2];
        return new Subscription((UUID) row[0], (String) row[1],
                types.isEmpty() ? List.of() : Arrays.asList(types.split(",")), (String) row[3], (String) row[4],
                (Boolean) row[5], (String) row[6], ((Number) row[7]).intValue(),
                DecisionRegister.toInstant(row[8]), ((Number) row[9]).longValue());
    }

    static Delivery delivery(Object[] row) {
        return new Delivery(((Number) row[0]).longValue(), (String) row[1], (String) row[2], (String) row[3],
                ((Number) row[4]).intValue(), row[5] == null ? null : ((Number) row[5]).intValue(), (String) row[6],
                DecisionRegister.toInstant(row[7]), DecisionRegister.toInstant(row[8]), (String) row[9]);
    }
}
