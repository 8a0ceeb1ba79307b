package org.minutebook.search.rest;

public record FacetView(String value, long count) {
}
