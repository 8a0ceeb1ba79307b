package org.minutebook.search.rest;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A page of hits; facets count what matched, not just this page: every match when {@code totalIsExact}, else the
 * newest 10,000. {@code removed}: items removed since {@code modifiedSince}, when it was given.
 */
public record SearchResultsView(
        @Schema(description = "How many items match, counted up to 10,000; a lower bound when totalIsExact is false") long total,
        @Schema(description = "False when more than 10,000 items match: total is then 10,000, the facets count the newest 10,000 matches, and every match can still be paged to") boolean totalIsExact,
        int page, int size, String query, List<SearchHitView> results,
        @Schema(description = "Counts per year, committee and outcome over the matches counted (see totalIsExact)") Map<String, List<FacetView>> facets,
        List<RemovedView> removed) {
}
