package org.minutebook.actions.rest;

import java.util.UUID;

public record PersonView(UUID id, String name, String organisation) {
}
