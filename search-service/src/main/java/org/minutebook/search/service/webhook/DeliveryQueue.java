package org.minutebook.search.service.webhook;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * The deliverer's side of a subscription, each step its own transaction: hold the lease, take the next event, record
 * the outcome. Head of line: while an event waits for a retry, nothing after it goes, which keeps each meeting's
 * events in order through a receiver's downtime.
 */
@ApplicationScoped
public class DeliveryQueue {

    /** A leased subscription with the secret that signs its deliveries. */
    public record Claim(Subscription subscription, String secret) {
    }

    /** What one attempt gave: the HTTP status when there was an answer, the error when it was not a success. */
    public record Outcome(boolean delivered, Integer status, String error) {
    }

    private final EntityManager em;

    public DeliveryQueue(EntityManager em) {
        this.em = em;
    }

    @ActivateRequestContext
    @Transactional
    @SuppressWarnings("unchecked")
    public List<UUID> enabled() {
        return em.createNativeQuery("SELECT id FROM webhook_subscription WHERE enabled ORDER BY id").getResultList();
    }

    /** Takes or renews the lease; empty when another replica holds it or the subscription is off. */
    @ActivateRequestContext
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Claim> lease(UUID id, String owner, Duration leaseFor) {
        // In a WITH, as the stream log writes too: the statement is then a query that returns rows.
        List<Object[]> rows = em.createNativeQuery("WITH leased AS (UPDATE webhook_subscription SET lease_owner = "
                + ":owner, lease_until = now() + make_interval(secs => :secs) WHERE id = :id AND enabled "
                + "AND (lease_owner = :owner OR lease_until IS NULL OR lease_until < now()) RETURNING *) "
                + "SELECT " + WebhookStore.COLUMNS + ", secret FROM leased")
                .setParameter("owner", owner)
                .setParameter("secs", (double) leaseFor.toMillis() / 1000)
                .setParameter("id", id)
                .getResultList();
        return rows.stream().findFirst().map(row -> new Claim(WebhookStore.subscription(row), (String) row[10]));
    }

    @ActivateRequestContext
    @Transactional
    public void release(String owner) {
        em.createNativeQuery("UPDATE webhook_subscription SET lease_owner = NULL, lease_until = NULL "
                + "WHERE lease_owner = :owner").setParameter("owner", owner).executeUpdate();
    }

    /**
     * The event to attempt now: the oldest queued one when it is due, else (none queued) the next matching row of
     * the stream log after the cursor, queued and the cursor moved past it. Empty when a retry is not due yet or
     * nothing new is there; rows that do not match move the cursor on too.
     */
    @ActivateRequestContext
    @Transactional
    @SuppressWarnings("unchecked")
    public Optional<Delivery> next(Subscription subscription) {
        List<Object[]> queued = em.createNativeQuery("SELECT " + WebhookStore.DELIVERY_COLUMNS + ", "
                + "next_attempt_at <= now() FROM webhook_delivery WHERE subscription_id = :id AND status = 'pending' "
                + "ORDER BY stream_id LIMIT 1").setParameter("id", subscription.id()).getResultList();
        if (!queued.isEmpty()) {
            Object[] head = queued.get(0);
            return Boolean.TRUE.equals(head[10]) ? Optional.of(WebhookStore.delivery(head)) : Optional.empty();
        }
        // One statement, so one snapshot: the newest id and the next match are read together. Read apart, a row
        // committed between the two would sit below the cursor moved to the newest id, and never be delivered.
        Object[] found = (Object[]) matching(subscription).getSingleResult();
        if (found[1] == null) {
            // Ids become visible in commit order (StreamLog): nothing will appear below the newest one seen.
            em.createNativeQuery("UPDATE webhook_subscription SET cursor_id = greatest(cursor_id, :newest) "
                    + "WHERE id = :id").setParameter("newest", ((Number) found[0]).longValue())
                    .setParameter("id", subscription.id()).executeUpdate();
            return Optional.empty();
        }
        Object[] row = Arrays.copyOfRange(found, 1, found.length);
        long streamId = ((Number) row[0]).longValue();
        em.createNativeQuery("""
                INSERT INTO webhook_delivery (subscription_id, stream_id, event_id, type, body, status)
                VALUES (:id, :stream, :event, :type, :body, 'pending') ON CONFLICT DO NOTHING""")
                .setParameter("id", subscription.id())
                .setParameter("stream", streamId)
                .setParameter("event", row[1])
                .setParameter("type", row[2])
                .setParameter("body", row[3])
                .executeUpdate();
        em.createNativeQuery("UPDATE webhook_subscription SET cursor_id = :stream WHERE id = :id")
                .setParameter("stream", streamId).setParameter("id", subscription.id()).executeUpdate();
        return Optional.of(new Delivery(streamId, (String) row[1], (String) row[2], Delivery.PENDING, 0, null, null,
                null, null, (String) row[3]));
    }

    /**
     * The newest id of the stream log and, beside it, the next row after the cursor that the subscription takes (nulls
     * when there is none). A public subscription reads the public payload, and never a draft's rows (held back as the
     * live stream holds them); an officer one reads the event as consumed.
     */
    private jakarta.persistence.Query matching(Subscription subscription) {
        StringBuilder sql = new StringBuilder("SELECT newest.id, m.id, m.event_id, m.type, m.payload FROM (SELECT "
                + "coalesce(max(id), 0) AS id FROM stream_event) newest LEFT JOIN LATERAL (SELECT id, event_id, type, ");
        if (subscription.officer()) {
            sql.append(
                    "officer_payload AS payload FROM stream_event WHERE id > :cursor AND officer_payload IS NOT NULL");
        } else {
            sql.append("payload FROM stream_event WHERE id > :cursor AND payload IS NOT NULL AND (meeting_id IS NULL "
                    + "OR meeting_id IN (SELECT id FROM published_meeting))");
        }
        if (!subscription.types().isEmpty()) {
            sql.append(" AND type = ANY (CAST(:types AS text[]))");
        }
        if (subscription.committee() != null) {
            sql.append(" AND committee = :committee");
        }
        sql.append(" ORDER BY id LIMIT 1) m ON true");
        var query = em.createNativeQuery(sql.toString()).setParameter("cursor", subscription.cursor());
        if (!subscription.types().isEmpty()) {
            query.setParameter("types", subscription.types().toArray(String[]::new));
        }
        if (subscription.committee() != null) {
            query.setParameter("committee", subscription.committee());
        }
        return query;
    }

    /**
     * Success clears the subscription's failures; a failure schedules the retry after the backoff, or, at the
     * threshold, disables the subscription and marks the event failed.
     *
     * @return true when this failure disabled the subscription
     */
    @ActivateRequestContext
    @Transactional
    public boolean record(UUID id, Delivery delivery, Outcome outcome, Duration retryIn, int disableAfter) {
        String error = outcome.error() == null
                ? null
                : outcome.error().substring(0,
                        Math.min(outcome.error().length(), 500));
        Number failures = (Number) em.createNativeQuery("WITH counted AS (UPDATE webhook_subscription SET "
                + "consecutive_failures = " + (outcome.delivered() ? "0" : "consecutive_failures + 1")
                + " WHERE id = :id RETURNING consecutive_failures) SELECT coalesce(max(consecutive_failures), 0) "
                + "FROM counted").setParameter("id", id).getSingleResult();
        boolean disable = !outcome.delivered() && failures.intValue() >= disableAfter;
        String status = outcome.delivered() ? Delivery.DELIVERED : disable ? Delivery.FAILED : Delivery.PENDING;
        em.createNativeQuery("UPDATE webhook_delivery SET status = :status, attempts = attempts + 1, "
                + "last_status = CAST(:code AS integer), last_error = :error, last_attempt_at = now(), "
                + "next_attempt_at = now() + make_interval(secs => :secs) "
                + "WHERE subscription_id = :id AND stream_id = :stream")
                .setParameter("status", status)
                .setParameter("code", outcome.status() == null ? null : outcome.status().toString())
                .setParameter("error", error)
                .setParameter("secs", (double) retryIn.toMillis() / 1000)
                .setParameter("id", id)
                .setParameter("stream", delivery.sequence())
                .executeUpdate();
        if (disable) {
            em.createNativeQuery("UPDATE webhook_subscription SET enabled = false, disabled_reason = :reason, "
                    + "lease_owner = NULL, lease_until = NULL WHERE id = :id")
                    .setParameter("reason", failures + " consecutive failed deliveries; last: " + error)
                    .setParameter("id", id).executeUpdate();
        }
        return disable;
    }
}
