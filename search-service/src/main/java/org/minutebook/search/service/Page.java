package org.minutebook.search.service;

import java.util.List;

/**
 * One page of a list, with the records removed since {@code modifiedSince} when the client asked for changes.
 * {@code totalIsExact}: false when the list counted no further than a cap, which {@code total} then is.
 */
public record Page<T>(long total, boolean totalIsExact, int page, int size, List<T> results, List<Removed> removed) {

    /** A page whose total counts every record. */
    public Page(long total, int page, int size, List<T> results, List<Removed> removed) {
        this(total, true, page, size, results, removed);
    }
}
