package org.minutebook.search.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.minutebook.search.service.ItemSearch;

@Path("/api/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Full-text search over agenda items and their resolutions")
public class SearchResource {

    private final ItemSearch search;

    public SearchResource(ItemSearch search) {
        this.search = search;
    }

    @GET
    @PermitAll
    @Operation(summary = "Search items", description = "Web-search syntax: words, \"quoted phrases\", or, -excluded, "
            + "prefix* (prefix terms must all match). "
            + "Ranked by relevance, then newest meeting first; when more than 5,000 items match, the newest 5,000 "
            + "(or as many as the page reaches) are ranked. Snippets mark matches with <mark>.")
    public SearchResultsView search(
            @Parameter(description = "What to look for", required = true) @QueryParam("q") @NotBlank @Size(max = 500) String q,
            @BeanParam @Valid ListParams filters,
            @Parameter(description = "Only restricted (true) or only public (false) items; restricted items are "
                    + "found by their title alone") @QueryParam("restricted") Boolean restricted,
            @Parameter(description = "Only items changed after this instant; items removed since come back as "
                    + "tombstones") @QueryParam("modifiedSince") OffsetDateTime modifiedSince,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(10_000) int page,
            @QueryParam("size") @DefaultValue("20") @Min(1) @Max(100) int size) {
        return Views.of(search.search(q.strip(),
                filters.filter(restricted).since(modifiedSince == null ? null : modifiedSince.toInstant()), page,
                size));
    }
}
