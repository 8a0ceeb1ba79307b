package org.minutebook.search.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A page of a list; {@code removed} holds tombstones newer than {@code modifiedSince}, when it was given. */
public record PageView<T>(
        @Schema(description = "How many match; for decisions counted up to 10,000, a lower bound when totalIsExact is false") long total,
        @Schema(description = "False when more than 10,000 match: total is then 10,000 and the rest can still be paged to") boolean totalIsExact,
        int page, int size, List<T> results, List<RemovedView> removed) {
}
