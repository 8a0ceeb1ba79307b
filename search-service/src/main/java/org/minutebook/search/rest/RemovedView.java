package org.minutebook.search.rest;

import java.time.Instant;
import java.util.UUID;

/** A tombstone: delete your copy of this record (kind ITEM or RESOLUTION). */
public record RemovedView(String kind, UUID id, UUID meetingId, Instant removedAt) {
}
