package org.minutebook.search.service;

import java.util.List;

public record SearchPage(long total, int page, int size, String query, List<SearchHit> hits) {
}
