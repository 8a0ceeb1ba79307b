package org.minutebook.search.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.rest.TopicHistoryView.OccurrenceView;
import org.minutebook.search.rest.TopicHistoryView.ResolutionView;
import org.minutebook.search.service.Page;
import org.minutebook.search.service.TopicHistory;
import org.minutebook.search.service.TopicRecords.Occurrence;
import org.minutebook.search.service.TopicRecords.Topic;
import org.minutebook.search.service.TopicRecords.TopicSummary;

@Path("/api/topics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Topics", description = "The same agenda topic across meetings, recognised by title similarity")
public class TopicResource {

    private final TopicHistory topics;

    public TopicResource(TopicHistory topics) {
        this.topics = topics;
    }

    @GET
    @PermitAll
    @Operation(summary = "Topics whose titles contain the words of q, most frequent first")
    public PageView<TopicView> list(
            @Parameter(description = "Words of the title; the last may be the start of a word") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("committee") @Size(max = 200) String committee,
            @Parameter(description = "Only topics with an item that changed after this instant") @QueryParam("modifiedSince") OffsetDateTime modifiedSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Page<TopicSummary> found = topics.list(q, committee,
                modifiedSince == null ? null : modifiedSince.toInstant(), page, size);
        return new PageView<>(found.total(), found.totalIsExact(), found.page(), found.size(), found.results().stream()
                .map(t -> new TopicView(t.id(), t.title(), t.occurrences(), t.firstDate(), t.lastDate(),
                        t.modifiedAt()))
                .toList(), List.of());
    }

    @GET
    @PermitAll
    @Path("/{id}")
    @Operation(summary = "A topic's history: every agenda item it was, newest first, with the resolutions")
    public TopicHistoryView topic(@PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        Topic topic = topics.topic(id, page, size);
        TopicSummary s = topic.summary();
        Page<Occurrence> items = topic.occurrences();
        return new TopicHistoryView(s.id(), s.title(), s.occurrences(), s.firstDate(), s.lastDate(), topic.titles(),
                new PageView<>(items.total(), items.totalIsExact(), items.page(), items.size(), items.results().stream()
                        .map(o -> new OccurrenceView(o.itemId(), o.meetingId(), o.committee(), o.date(), o.number(),
                                o.title(), o.restricted(), o.resolutions().stream()
                                        .map(r -> new ResolutionView(r.id(), r.outcome(), r.text())).toList()))
                        .toList(), List.of()));
    }
}
