package org.minutebook.actions.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of a listing. {@code total} counts the matches up to 10,000; beyond, it is 10,000 and {@code totalIsExact}
 * false: counting a whole register for every page would cost more than the page.
 */
public record PageView<T>(
        @Schema(description = "How many match, counted up to 10,000; a lower bound when totalIsExact is false") long total,
        @Schema(description = "False when more than 10,000 match: total is then 10,000 and the rest can still be paged to") boolean totalIsExact,
        int page, int size, List<T> results) {
}
