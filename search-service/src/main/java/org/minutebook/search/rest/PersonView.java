package org.minutebook.search.rest;

import java.util.List;
import java.util.UUID;

/** A person known from attendance lists: present at some meetings, listed (in any capacity) at more. */
public record PersonView(UUID id, String name, long meetingsPresent, long meetingsListed,
        List<String> organisations) {
}
