package org.minutebook.search.service;

import java.time.Instant;
import java.util.UUID;

/** A tombstone: a record an incremental sync client should delete. */
public record Removed(String kind, UUID id, UUID meetingId, Instant removedAt) {
}
