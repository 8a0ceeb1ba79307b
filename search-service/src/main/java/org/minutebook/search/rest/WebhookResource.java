package org.minutebook.search.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.webhook.Delivery;
import org.minutebook.search.service.webhook.Subscription;
import org.minutebook.search.service.webhook.WebhookCreated;
import org.minutebook.search.service.webhook.WebhookRegistration;
import org.minutebook.search.service.webhook.WebhookStore;
import org.minutebook.shared.problem.ProblemException;
import org.minutebook.shared.security.Roles;

/** Webhook subscriptions and their delivery logs, for the clerk (README "Webhooks"). */
@Path("/api/admin/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed CloudEvents POSTed to a subscriber's URL")
public class WebhookResource {

    /** The bearer scheme of the document, said on each operation as the dead-letter endpoints do. */
    private static final String BEARER = "SecurityScheme";
    private static final String UUID_PATTERN = "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
            + "[0-9a-fA-F]{12}";
    private static final String ID = "must be a subscription id (a UUID)";

    private final WebhookStore store;

    public WebhookResource(WebhookStore store) {
        this.store = store;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Subscribe a URL to events", description = "Deliveries start with the next event. The "
            + "answer holds the signing secret, shown this once only.")
    @APIResponse(responseCode = "201", description = "The subscription and its secret")
    @APIResponse(responseCode = "400", description = "A field is not valid (named)")
    public Response register(WebhookRegistration registration) {
        WebhookCreated created = store.register(registration);
        return Response.created(URI.create("/api/admin/webhooks/" + created.subscription().id())).entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Every subscription, oldest first")
    @APIResponse(responseCode = "200", description = "The subscriptions, without their secrets")
    public List<Subscription> list() {
        return store.list();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "One subscription")
    @APIResponse(responseCode = "200", description = "The subscription, without its secret")
    @APIResponse(responseCode = "400", description = "The id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Subscription show(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id) {
        return store.find(UUID.fromString(id)).orElseThrow(() -> ProblemException.notFound("Subscription", id));
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Delete a subscription and its delivery log")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "400", description = "The id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public void delete(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id) {
        if (!store.delete(UUID.fromString(id))) {
            throw ProblemException.notFound("Subscription", id);
        }
    }

    @POST
    @Path("{id}/enable")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Enable a subscription again", description = "Failures count from zero; the event it gave "
            + "up on is delivered first, then the rest in order.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "The id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Subscription enable(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id) {
        return store.enable(UUID.fromString(id), true).orElseThrow(() -> ProblemException.notFound("Subscription",
                id));
    }

    @POST
    @Path("{id}/disable")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Stop deliveries to a subscription", description = "Its queue is kept; events after it "
            + "are taken once it is enabled again, as long as the stream log still holds them.")
    @APIResponse(responseCode = "200", description = "The subscription")
    @APIResponse(responseCode = "400", description = "The id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Subscription disable(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id) {
        return store.enable(UUID.fromString(id), false).orElseThrow(() -> ProblemException.notFound("Subscription",
                id));
    }

    @GET
    @Path("{id}/deliveries")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "The subscription's delivery log, newest first", description = "Each event taken from the "
            + "stream: status (pending, delivered, failed), attempts, the last HTTP status and error, when.")
    @APIResponse(responseCode = "200", description = "A page of the log")
    @APIResponse(responseCode = "400", description = "A parameter out of range, or the id not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public List<Delivery> deliveries(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id,
            @Parameter(description = "Only deliveries in this state") @QueryParam("status") @Pattern(regexp = "pending|delivered|failed", message = "must be pending, delivered or failed") String status,
            @QueryParam("page") @DefaultValue("0") @Pattern(regexp = "\\d{1,7}", message = "must be a whole number from 0 to 9999999") @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "9999999", defaultValue = "0") String page,
            @QueryParam("size") @DefaultValue("100") @Pattern(regexp = "[1-9]\\d{0,2}|1000", message = "must be a whole number from 1 to 1000") @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "1000", defaultValue = "100") String size) {
        UUID subscription = UUID.fromString(id);
        store.find(subscription).orElseThrow(() -> ProblemException.notFound("Subscription", id));
        return store.deliveries(subscription, status, Integer.parseInt(page), Integer.parseInt(size));
    }

    @POST
    @Path("{id}/deliveries/{eventId}/redeliver")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Deliver one event again", description = "Queued ahead of the events not yet delivered, "
            + "with the same body and webhook-id (a receiver that dedupes drops it).")
    @APIResponse(responseCode = "202", description = "Queued")
    @APIResponse(responseCode = "400", description = "An id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription, or the event is not in its log")
    public Response redeliver(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id,
            @PathParam("eventId") @Pattern(regexp = UUID_PATTERN, message = "must be an event id (a UUID)") String eventId) {
        UUID subscription = UUID.fromString(id);
        store.find(subscription).orElseThrow(() -> ProblemException.notFound("Subscription", id));
        if (store.redeliver(subscription, eventId) == 0) {
            throw ProblemException.notFound("Delivery of event", eventId);
        }
        return Response.accepted(Map.of("requeued", 1)).build();
    }

    @POST
    @Path("{id}/redeliver-failed")
    @RolesAllowed(Roles.CLERK)
    @SecurityRequirement(name = BEARER)
    @Operation(summary = "Deliver every failed event of the subscription again", description = "In log order, "
            + "ahead of the events not yet delivered.")
    @APIResponse(responseCode = "202", description = "How many were queued")
    @APIResponse(responseCode = "400", description = "The id is not a UUID (named)")
    @APIResponse(responseCode = "404", description = "No such subscription")
    public Response redeliverFailed(@PathParam("id") @Pattern(regexp = UUID_PATTERN, message = ID) String id) {
        UUID subscription = UUID.fromString(id);
        store.find(subscription).orElseThrow(() -> ProblemException.notFound("Subscription", id));
        return Response.accepted(Map.of("requeued", store.redeliverFailed(subscription))).build();
    }
}
