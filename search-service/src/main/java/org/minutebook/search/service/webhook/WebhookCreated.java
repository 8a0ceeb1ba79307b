package org.minutebook.search.service.webhook;

/** The answer to a registration: the subscription and, this once only, its signing secret. */
public record WebhookCreated(Subscription subscription, String secret) {
}
