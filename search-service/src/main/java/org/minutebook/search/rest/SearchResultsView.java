package org.minutebook.search.rest;

import java.util.List;
import java.util.Map;

/**
 * A page of hits; facets count everything that matched, not just this page. {@code removed}: items removed since
 * {@code modifiedSince}, when it was given.
 */
public record SearchResultsView(long total, int page, int size, String query, List<SearchHitView> results,
        Map<String, List<FacetView>> facets, List<RemovedView> removed) {
}
