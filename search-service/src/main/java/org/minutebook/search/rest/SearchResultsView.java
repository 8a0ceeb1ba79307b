package org.minutebook.search.rest;

import java.util.List;

public record SearchResultsView(long total, int page, int size, String query, List<SearchHitView> results) {
}
