package org.minutebook.search.service.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.minutebook.search.service.webhook.DeliveryQueue.Claim;
import org.minutebook.search.service.webhook.DeliveryQueue.Outcome;

/**
 * One attempt: the CloudEvent in structured mode, signed per Standard Webhooks. Called on the deliverers' own
 * threads, never an event loop's; a redirect is not followed (the receiver's answer is the outcome).
 */
@ApplicationScoped
public class WebhookSender {

    static final String CONTENT_TYPE = "application/cloudevents+json";

    private final HttpClient client;
    private final WebhookSettings settings;

    public WebhookSender(WebhookSettings settings) {
        this.settings = settings;
        this.client = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    public Outcome send(Claim claim, Delivery delivery) {
        long timestamp = Instant.now().getEpochSecond();
        String signature = WebhookSigner.signature(claim.secret(), delivery.eventId(), timestamp, delivery.body());
        HttpRequest request = HttpRequest.newBuilder(URI.create(claim.subscription().url()))
                .timeout(settings.readTimeout())
                .header("Content-Type", CONTENT_TYPE)
                .header("webhook-id", delivery.eventId())
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", signature)
                .POST(HttpRequest.BodyPublishers.ofString(delivery.body(), StandardCharsets.UTF_8))
                .build();
        try {
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            return status >= 200 && status < 300
                    ? new Outcome(true, status, null)
                    : new Outcome(false, status, "HTTP " + status);
        } catch (IOException e) {
            return new Outcome(false, null, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(false, null, "interrupted: the service is stopping");
        }
    }
}
