package org.minutebook.search.service;

import java.util.List;
import java.util.Map;

/**
 * A page of hits with the total and the facets (year, committee, outcome) of what matched: all of it when
 * {@code totalIsExact}, else the newest {@link ItemSearch#COUNT_CAP} matches, which {@code total} then is; with
 * {@code modifiedSince}, the items removed since then.
 */
public record SearchPage(long total, boolean totalIsExact, int page, int size, String query, List<SearchHit> hits,
        Map<String, List<FacetCount>> facets, List<Removed> removed) {
}
