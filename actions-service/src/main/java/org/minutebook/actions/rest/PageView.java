package org.minutebook.actions.rest;

import java.util.List;

/** One page of a listing; {@code total} counts every match, not just this page. */
public record PageView<T>(long total, int page, int size, List<T> results) {
}
