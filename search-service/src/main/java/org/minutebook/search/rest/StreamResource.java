package org.minutebook.search.rest;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.StreamHub;
import org.minutebook.search.service.StreamEvent;
import org.minutebook.search.service.StreamLog;
import org.minutebook.search.service.StreamSubscription;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;

@Path("/api/stream")
@Tag(name = "Stream", description = "Server-sent events of every meetings and actions event (see /asyncapi.yaml)")
public class StreamResource {

    private static final int REPLAY_PAGE = 200;

    private final StreamHub hub;
    private final StreamLog log;

    public StreamResource(StreamHub hub, StreamLog log) {
        this.hub = hub;
        this.log = log;
    }

    @GET
    @PermitAll
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live event stream", description = "Each SSE event is a CloudEvent (JSON) named by its type, "
            + "with the stream sequence as id; reconnect with Last-Event-ID to resume. Restricted items appear "
            + "with number and title only.")
    public Multi<OutboundSseEvent> stream(@Context Sse sse,
            @Parameter(description = "Comma-separated event types, e.g. minutes.item.recorded,action.assigned") @QueryParam("types") String types,
            @Parameter(description = "Only events of this committee") @QueryParam("committee") String committee,
            @HeaderParam("Last-Event-ID") String lastEventId) {
        Set<String> wanted = types == null
                ? Set.of()
                : Arrays.stream(types.split(",")).map(String::strip).filter(t -> !t.isEmpty())
                        .collect(Collectors.toSet());
        Long resumeAfter = parse(lastEventId);
        return Multi.createFrom().<org.minutebook.search.service.StreamEvent>emitter(emitter -> {
            StreamSubscription subscription = new StreamSubscription(emitter, wanted,
                    committee == null || committee.isBlank() ? null : committee.strip(),
                    resumeAfter == null ? hub.cursor() : resumeAfter);
            hub.subscribe(subscription);
            emitter.onTermination(() -> hub.unsubscribe(subscription));
            // The replay reads the database, so it runs on a worker thread, never on the event loop.
            Infrastructure.getDefaultWorkerPool().execute(() -> {
                try {
                    subscription.replay(after -> log.after(after, REPLAY_PAGE));
                } catch (RuntimeException e) {
                    emitter.fail(e);
                }
            });
        }).map(event -> sse.newEventBuilder()
                .id(Long.toString(event.id()))
                .name(event.type())
                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                .data(event.payload())
                .build());
    }

    private static Long parse(String lastEventId) {
        try {
            return lastEventId == null || lastEventId.isBlank() ? null : Long.parseLong(lastEventId.strip());
        } catch (NumberFormatException e) {
            return null; // not one of ours: start from now, as a new client would
        }
    }
}
