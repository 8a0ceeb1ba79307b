package org.minutebook.search.service;

import java.util.List;

/** One page of a list, with the records removed since {@code modifiedSince} when the client asked for changes. */
public record Page<T>(long total, int page, int size, List<T> results, List<Removed> removed) {
}
