package org.minutebook.search.service;

public record FacetCount(String value, long count) {
}
