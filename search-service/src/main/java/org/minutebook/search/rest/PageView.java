package org.minutebook.search.rest;

import java.util.List;

/** A page of a list; {@code removed} holds tombstones newer than {@code modifiedSince}, when it was given. */
public record PageView<T>(long total, int page, int size, List<T> results, List<RemovedView> removed) {
}
